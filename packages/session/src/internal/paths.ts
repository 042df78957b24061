import type { OpenTokClient } from '@opentok/core';
import { projectPath } from '@opentok/core/internal';

/** `/v2/project/{apiKey}/session/{sessionId}{suffix}`; IDs must already have passed `checkId`. */
export function sessionPath(client: OpenTokClient, sessionId: string, suffix = ''): string {
  return projectPath(client, `/session/${sessionId}${suffix}`);
}
