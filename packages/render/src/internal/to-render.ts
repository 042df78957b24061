import type { Resolution } from '@opentok/core';
import { compact, readAnswer } from '@opentok/core/internal';
import type { Render, RenderStatus } from '../render.js';

/**
 * Maps the API's render JSON to a {@link Render} by the one response rule: `projectId` from `projectId` or (Vonage
 * applications) `applicationId`, as a string; the service's defaults for left-out fields; `streamId` and `reason`
 * only when sent; unknown fields ignored.
 */
export function toRender(value: unknown, operation: string): Render {
  const field = readAnswer(value, operation, 'without a render object');
  return compact({
    id: field('id', 'string'),
    sessionId: field('sessionId', 'string', ''),
    projectId: String(field('projectId', 'string|number', field('applicationId', 'string', ''))),
    createdAt: field('createdAt', 'number', 0),
    updatedAt: field('updatedAt', 'number', 0),
    url: field('url', 'string', ''),
    resolution: field('resolution', 'string', '1280x720') as Resolution,
    status: field('status', 'string') as RenderStatus,
    streamId: field('streamId', 'string', undefined),
    reason: field('reason', 'string', undefined),
  });
}
