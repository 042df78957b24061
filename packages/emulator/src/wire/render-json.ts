import type { RenderRecord } from '../state/types.js';
import type { WireContext } from './context.js';
import { ownerField } from './owner-fields.js';

/**
 * The render as the REST API shows it (wire contract §8, fixtures `render_*.json`): `projectId`
 * (`applicationId` for an application's render), `reason` once stopped or failed, and `callbackUrl`
 * when it was started with a `statusCallbackUrl` (spec: callbacks §2.4).
 */
export function renderJson(ctx: WireContext, render: RenderRecord): Record<string, unknown> {
  return {
    id: render.id,
    sessionId: render.sessionId,
    ...ownerField(ctx.owners, render.apiKey),
    createdAt: render.createdAt,
    updatedAt: render.updatedAt,
    url: render.url,
    resolution: render.resolution,
    status: render.status,
    streamId: render.streamId,
    ...(render.reason === undefined ? {} : { reason: render.reason }),
    ...(render.statusCallbackUrl === undefined ? {} : { callbackUrl: render.statusCallbackUrl }),
  };
}
