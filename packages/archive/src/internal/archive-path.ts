import type { OpenTokClient } from '@opentok/core';
import { projectPath } from '@opentok/core/internal';

/** `/v2/project/{apiKey}/archive{suffix}`; core checks the client first, before any I/O. */
export function archivePath(client: OpenTokClient, suffix = ''): string {
  return projectPath(client, `/archive${suffix}`);
}
