import { decodeSessionId, type ResolvedCredentials, ValidationError } from '@opentok/core/kernel';

/** The roles the service knows, in the order the docs list them. */
export const ROLES = ['publisher', 'subscriber', 'moderator', 'publisheronly'] as const;

/** Longest token lifetime the SDKs allow: 30 days, in seconds. */
export const MAX_LIFETIME = 30 * 86_400;

export function fail(parameter: string, rule: string, value: unknown): never {
  throw new ValidationError({ parameter, rule, value });
}

let lastSessionId = '';
let lastApiKey = '';

/** Field [1] of a session ID (its API key); remembers the last one, since a server mints many tokens per session. */
export function sessionApiKey(sessionId: string): string {
  if (sessionId !== lastSessionId) {
    lastApiKey = decodeSessionId(sessionId).apiKey;
    lastSessionId = sessionId;
  }
  return lastApiKey;
}

/** Whether a session's owner field names the credentials' project: API keys compare exactly, application IDs (UUIDs) case-insensitively. */
export function ownsSession(owner: string, credentials: Pick<ResolvedCredentials, 'kind' | 'projectId'>): boolean {
  return credentials.kind === 'application' ? owner.toLowerCase() === credentials.projectId.toLowerCase() : owner === credentials.projectId;
}

/** How the credentials are named in messages: `API key 12345678` or `application 29f7…`. */
export function describeOwner(credentials: Pick<ResolvedCredentials, 'kind' | 'projectId'>): string {
  return `${credentials.kind === 'application' ? 'application' : 'API key'} ${credentials.projectId}`;
}
