import { ownerField } from './owners.js';
import type { Store } from './store.js';
import type { RenderRecord } from './types.js';

/**
 * The render as the REST API shows it (wire contract §8, fixtures `render_*.json`): `projectId`
 * (`applicationId` for an application's render), `reason` once stopped or failed, and `callbackUrl`
 * when it was started with a `statusCallbackUrl` (spec: callbacks §2.4).
 */
export function renderJson(store: Store, render: RenderRecord): Record<string, unknown> {
  return {
    id: render.id,
    sessionId: render.sessionId,
    ...ownerField(store.owners, render.apiKey),
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

/**
 * Announces a render's (new) status to its `statusCallbackUrl` and the registered URLs: the body is the
 * render JSON plus `"event": "render"` (spec: callbacks §5).
 */
export function announceRender(store: Store, render: RenderRecord): void {
  store.emit({
    ownerId: render.apiKey,
    group: 'render',
    event: 'status',
    body: () => ({ ...renderJson(store, render), event: 'render' }),
    ...(render.statusCallbackUrl === undefined ? {} : { statusCallbackUrl: render.statusCallbackUrl }),
  });
}

/** Moves a render to `stopped` or `failed` with its reason, and announces it. */
export function setRenderStatus(store: Store, render: RenderRecord, status: 'stopped' | 'failed', reason: string): void {
  render.status = status;
  render.reason = reason;
  render.updatedAt = store.now();
  announceRender(store, render);
}
