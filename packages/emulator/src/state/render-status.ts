import type { Store } from './store.js';
import type { RenderRecord } from './types.js';

/** Announces a render's (new) status (to its `statusCallbackUrl` too). */
export function announceRender(store: Store, render: RenderRecord): void {
  store.emit({ type: 'render', render });
}

/** Moves a render to `stopped` or `failed` with its reason, and announces it. */
export function setRenderStatus(store: Store, render: RenderRecord, status: 'stopped' | 'failed', reason: string): void {
  render.status = status;
  render.reason = reason;
  render.updatedAt = store.now();
  announceRender(store, render);
}
