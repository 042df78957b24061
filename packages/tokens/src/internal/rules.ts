import { ValidationError, decodeSessionId } from '@opentok/core';

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
