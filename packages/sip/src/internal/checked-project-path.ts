import type { OpenTokClient } from '@opentok/core';
import { invalid, projectPath } from '@opentok/core/internal';

/**
 * Checks the client, then builds `/v2/project/{apiKey}{suffix}`, so a wrong client from untyped
 * JavaScript is a `ValidationError`, not a `TypeError`.
 */
export function checkedProjectPath(client: OpenTokClient, suffix: string): string {
  if (client === null || typeof client !== 'object' || typeof client.apiKey !== 'string') {
    invalid('client', 'must be a client made by createClient()', client);
  }
  return projectPath(client, suffix);
}
