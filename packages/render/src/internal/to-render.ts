import { InvalidResponseError } from '@opentok/core';
import type { Render } from '../render.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Maps the API's render JSON to a {@link Render}: `projectId` from `projectId` or (Vonage
 * applications) `applicationId`, as a string; `streamId` and `reason` only when sent; unknown
 * fields dropped.
 */
export function toRender(json: unknown, operation: string): Render {
  if (!isObject(json) || typeof json['id'] !== 'string' || typeof json['status'] !== 'string') {
    throw new InvalidResponseError(`${operation} failed: OpenTok answered without a render object`);
  }
  const { streamId, reason } = json;
  return {
    id: json['id'],
    sessionId: typeof json['sessionId'] === 'string' ? json['sessionId'] : '',
    projectId: String(json['projectId'] ?? json['applicationId'] ?? ''),
    createdAt: typeof json['createdAt'] === 'number' ? json['createdAt'] : 0,
    updatedAt: typeof json['updatedAt'] === 'number' ? json['updatedAt'] : 0,
    url: typeof json['url'] === 'string' ? json['url'] : '',
    resolution: (json['resolution'] ?? '1280x720') as Render['resolution'],
    status: json['status'] as Render['status'],
    ...(typeof streamId === 'string' ? { streamId } : {}),
    ...(typeof reason === 'string' ? { reason } : {}),
  };
}
