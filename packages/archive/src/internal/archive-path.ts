import type { OpenTokClient } from '@opentok/core';
import { invalid, projectPath } from '@opentok/core/internal';

/**
 * Checks the client, then builds `/v2/project/{apiKey}/archive{suffix}`. Runs before any I/O, so a
 * wrong client from untyped JavaScript is a `ValidationError`, not a crash.
 */
export function archivePath(client: OpenTokClient, suffix = ''): string {
  if (client === null || typeof client !== 'object' || typeof client.apiKey !== 'string') {
    invalid('client', 'must be a client made by createClient()', client);
  }
  return projectPath(client, `/archive${suffix}`);
}
