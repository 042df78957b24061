import type { OpenTokClient } from './client/create-client.js';

/** The path of a project-scoped resource: `/v2/project/{apiKey}{suffix}`. */
export function projectPath(client: OpenTokClient, suffix: string): string {
  return `/v2/project/${encodeURIComponent(client.apiKey)}${suffix}`;
}
