import { type OpenTokClient, REST_AUTH } from './client/create-client.js';
import { invalid } from './validation/checks.js';
import { isObject } from './validation/json-object.js';

/**
 * Checks that `client` is a client from `createClient` (a wrong value from untyped JavaScript, or a
 * spread copy that lost the client's credentials, becomes a `ValidationError` before any I/O, not a crash).
 */
export function checkClient(client: OpenTokClient): OpenTokClient {
  if (!isObject(client) || typeof client.projectId !== 'string' || typeof client.apiUrl !== 'string' || !client[REST_AUTH]) {
    invalid('client', 'must be a client made by createClient()', client);
  }
  return client;
}

/** Checks the client, then builds the path of a project-scoped resource: `/v2/project/{apiKey or applicationId}{suffix}`. */
export function projectPath(client: OpenTokClient, suffix: string): string {
  return `/v2/project/${encodeURIComponent(checkClient(client).projectId)}${suffix}`;
}

/** The path of a session's resource: `/v2/project/{id}/session/{sessionId}{suffix}`; the IDs must have passed `checkId`. */
export function sessionPath(client: OpenTokClient, sessionId: string, suffix: string): string {
  return projectPath(client, `/session/${sessionId}${suffix}`);
}
