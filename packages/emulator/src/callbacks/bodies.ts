import type { DomainEvent } from '../state/events.js';
import { isApplication } from '../state/owners.js';
import type { ConnectionRecord, Owner, SessionRecord, StreamRecord } from '../state/types.js';
import { archiveJson } from '../wire/archive-json.js';
import { broadcastJson } from '../wire/broadcast-json.js';
import { captionsJson } from '../wire/captions-json.js';
import type { WireContext } from '../wire/context.js';
import { renderJson } from '../wire/render-json.js';
import type { CallbackEmission } from './emission.js';

const SIP_EVENT_NAMES = { created: 'sipCallCreated', destroyed: 'sipCallDestroyed', muteForced: 'sipCallMuteForced' } as const;

/**
 * What callbacks send for a domain event: its owner, group and event, and its body (built when some URL
 * receives it, during `emit`, so from the state at the time of the change).
 */
export function emissionOf(event: DomainEvent, ctx: WireContext): CallbackEmission {
  switch (event.type) {
    case 'session':
      return monitoring(event.session, 'session', event.created, event.at, () => ({}));
    case 'connection': {
      const { connection, reason } = event;
      return monitoring(event.session, 'connection', reason === undefined, event.at, () => ({
        connection: connectionJson(connection),
        ...(reason === undefined ? {} : { reason }),
      }));
    }
    case 'stream': {
      const { session, stream, reason } = event;
      return monitoring(session, 'stream', reason === undefined, event.at, () => ({
        stream: streamJson(session, stream),
        ...(reason === undefined ? {} : { reason }),
      }));
    }
    case 'archive': {
      const { archive } = event;
      return {
        ownerId: archive.apiKey,
        group: 'archive',
        event: 'status',
        body: () => ({ ...callbackOwnerFields(ctx.owners, archive.apiKey, archiveJson(ctx, archive)), event: 'archive' }),
      };
    }
    case 'broadcast': {
      const { broadcast } = event;
      return {
        ownerId: broadcast.apiKey,
        group: 'broadcast',
        event: 'status',
        body: () => ({ ...callbackOwnerFields(ctx.owners, broadcast.apiKey, broadcastJson(ctx, broadcast)), event: 'broadcast' }),
      };
    }
    case 'render': {
      const { render } = event;
      return {
        ownerId: render.apiKey,
        group: 'render',
        event: 'status',
        body: () => ({ ...renderJson(ctx, render), event: 'render' }),
        ...(render.statusCallbackUrl === undefined ? {} : { statusCallbackUrl: render.statusCallbackUrl }),
      };
    }
    case 'captions': {
      const { captions } = event;
      return {
        ownerId: captions.apiKey,
        group: 'captions',
        event: 'status',
        body: () => captionsJson(ctx, captions),
        ...(captions.statusCallbackUrl === undefined ? {} : { statusCallbackUrl: captions.statusCallbackUrl }),
      };
    }
    case 'sip': {
      const { call, at } = event;
      return {
        ownerId: call.apiKey,
        group: 'sip',
        event: event.event,
        body: () => ({
          sessionId: call.sessionId,
          projectId: call.apiKey,
          event: SIP_EVENT_NAMES[event.event],
          timestamp: at,
          call: { id: call.id, connectionId: call.connectionId, streamId: call.streamId, createdAt: call.createdAt },
        }),
      };
    }
  }
}

/**
 * A session-monitoring callback: the envelope `{sessionId, projectId, event, timestamp}` plus `extra`.
 * The service's SIP callback bodies are not documented: they take this envelope too, with `event` named after
 * the Vonage application webhooks and the call as the dial answer shows it, plus `createdAt`.
 */
function monitoring(
  session: SessionRecord,
  group: 'session' | 'connection' | 'stream',
  created: boolean,
  timestamp: number,
  extra: () => Record<string, unknown>,
): CallbackEmission {
  const event = `${group}${created ? 'Created' : 'Destroyed'}`;
  return {
    ownerId: session.apiKey,
    group,
    event: created ? 'created' : 'destroyed',
    body: () => ({ sessionId: session.sessionId, projectId: session.apiKey, event, timestamp, ...extra() }),
  };
}

/** The connection object of session-monitoring bodies: `{id, createdAt, data}` (data: the token's connection data). */
function connectionJson(connection: Pick<ConnectionRecord, 'connectionId' | 'createdAt' | 'data'>): Record<string, unknown> {
  return { id: connection.connectionId, createdAt: connection.createdAt, data: connection.data };
}

/** The stream object: `{id, connection, createdAt, name, videoType}`. */
function streamJson(session: SessionRecord, stream: StreamRecord): Record<string, unknown> {
  const connection = session.connections.get(stream.connectionId) ?? { connectionId: stream.connectionId, createdAt: stream.createdAt, data: '' };
  return { id: stream.streamId, connection: connectionJson(connection), createdAt: stream.createdAt, name: stream.name, videoType: stream.videoType };
}

/**
 * Archive or broadcast JSON as its status callback names the owner (spec: callbacks §4, §5, gotcha 2): a
 * project's `partnerId` as a number (when the key is decimal); for an application, `applicationId` in place
 * of `projectId` and `partnerId`. Key order is kept.
 */
export function callbackOwnerFields(owners: ReadonlyMap<string, Owner>, ownerId: string, json: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const owner = owners.get(ownerId);
  const application = owner !== undefined && isApplication(owner);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key !== 'projectId' && key !== 'partnerId') out[key] = value;
    else if (application) out['applicationId'] = ownerId;
    else out[key] = key === 'partnerId' && /^\d{1,15}$/.test(ownerId) ? Number(ownerId) : value;
  }
  return out;
}
