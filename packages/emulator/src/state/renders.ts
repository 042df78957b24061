import { fail } from '../kernel/errors.js';
import { uuid } from '../kernel/ids.js';
import { PUBLISHING_ROLES, requireRole, verifyClientToken } from './client-tokens.js';
import { announceRender, setRenderStatus } from './render-status.js';
import { addConnection, addStream, removeConnection } from './sessions.js';
import type { Store } from './store.js';
import type { Owner, RenderRecord } from './types.js';

/** Checked options of an Experience Composer. */
export type RenderOptions = Pick<RenderRecord, 'url' | 'resolution' | 'maxDuration' | 'name' | 'statusCallbackUrl'>;

/**
 * Starts an Experience Composer in a session of `owner`: it joins with a token for the session that can publish
 * (its role and data become the connection's) and publishes one stream; announced, then stopped at `maxDuration`.
 */
export async function startRender(store: Store, owner: Owner, sessionId: string, token: string, options: RenderOptions): Promise<RenderRecord> {
  const session = store.session(owner.apiKey, sessionId);
  const verified = await verifyClientToken(owner, session, token, store.tokenNow(), 400);
  requireRole(verified, PUBLISHING_ROLES, 'an Experience Composer needs a token with the publisher (or moderator) role');
  const connection = addConnection(store, session, 'render', { role: verified.role, data: verified.data ?? '' });
  const stream = addStream(store, session, connection.connectionId, {
    videoType: 'camera',
    name: options.name ?? 'Experience Composer',
    hasAudio: true,
    hasVideo: true,
  });
  const now = store.now();
  const render: RenderRecord = {
    id: uuid(),
    apiKey: owner.apiKey,
    sessionId,
    createdAt: now,
    updatedAt: now,
    url: options.url,
    resolution: options.resolution,
    maxDuration: options.maxDuration,
    status: 'started',
    connectionId: connection.connectionId,
    streamId: stream.streamId,
    ...(options.name === undefined ? {} : { name: options.name }),
    ...(options.statusCallbackUrl === undefined ? {} : { statusCallbackUrl: options.statusCallbackUrl }),
  };
  store.renders.set(render.id, render);
  announceRender(store, render);
  scheduleRender(store, render);
  return render;
}

/** Schedules the stop of a started render at its maxDuration. */
export function scheduleRender(store: Store, render: RenderRecord): void {
  if (render.status !== 'started') return;
  store.scheduler.at(render.createdAt + render.maxDuration * 1000, () => {
    if (render.status === 'started') stopRender(store, render, 'Maximum duration exceeded');
  });
}

/** Stops a running render (409 otherwise), announced, and takes its connection and stream out of the session. */
export function stopRender(store: Store, render: RenderRecord, reason: string): void {
  if (render.status !== 'started' && render.status !== 'starting') fail(409, 'Conflict. The render is not running.');
  setRenderStatus(store, render, 'stopped', reason);
  const session = store.sessions.get(render.sessionId);
  if (session?.connections.has(render.connectionId) === true) removeConnection(store, session, render.connectionId);
}
