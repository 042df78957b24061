import type { Resolution } from '@opentok/core';
import { compact, isObject, type JsonObject, readAnswer } from '@opentok/core/internal';
import type { Broadcast, BroadcastRtmp, BroadcastSettings, BroadcastStatus, BroadcastStream, BroadcastUrls, HlsStatus, RtmpStatus } from '../broadcast.js';

const NOT_A_BROADCAST = 'without a broadcast object';

/** One RTMP target; in an id-keyed object, `key` is its ID. */
function toRtmp(value: unknown, operation: string, key?: string): BroadcastRtmp {
  const field = readAnswer(value, operation, NOT_A_BROADCAST);
  return compact({
    id: field('id', 'string', key),
    serverUrl: field('serverUrl', 'string'),
    streamName: field('streamName', 'string'),
    status: field('status', 'string', 'connecting') as RtmpStatus,
  });
}

function toUrls(value: JsonObject, operation: string): BroadcastUrls {
  const field = readAnswer(value, operation, NOT_A_BROADCAST);
  const rtmp = field('rtmp', 'array|object', []);
  return compact({
    hls: field('hls', 'string', undefined),
    hlsStatus: field('hlsStatus', 'string', undefined) as HlsStatus | undefined,
    rtmp: Array.isArray(rtmp) ? rtmp.map((target) => toRtmp(target, operation)) : Object.entries(rtmp).map(([id, target]) => toRtmp(target, operation, id)),
  });
}

function toSettings(value: JsonObject, operation: string): BroadcastSettings {
  const hls = readAnswer(value, operation, NOT_A_BROADCAST)('hls', 'object', undefined);
  if (hls === undefined) return {};
  const field = readAnswer(hls, operation, NOT_A_BROADCAST);
  return { hls: compact({ dvr: field('dvr', 'boolean', undefined), lowLatency: field('lowLatency', 'boolean', undefined) }) };
}

function toStream(value: unknown, operation: string): BroadcastStream {
  const field = readAnswer(value, operation, NOT_A_BROADCAST);
  return { streamId: field('streamId', 'string'), hasAudio: field('hasAudio', 'boolean', true), hasVideo: field('hasVideo', 'boolean', true) };
}

/**
 * Maps the API's broadcast JSON to a {@link Broadcast} by the one response rule: `rtmp` as an array whichever shape
 * arrived, the API's defaults for left-out fields, unknown fields ignored; entries of `streams` that are not objects
 * are skipped. `status` fills in a missing status (the answer to a stop may leave it out).
 */
export function toBroadcast(value: unknown, operation: string, status: BroadcastStatus = 'started'): Broadcast {
  const field = readAnswer(value, operation, NOT_A_BROADCAST);
  const settings = field('settings', 'object', undefined);
  return compact({
    id: field('id', 'string'),
    sessionId: field('sessionId', 'string', ''),
    projectId: String(field('projectId', 'string|number', field('applicationId', 'string', field('partnerId', 'string|number', '')))),
    createdAt: field('createdAt', 'number', 0),
    updatedAt: field('updatedAt', 'number', 0),
    resolution: field('resolution', 'string', '640x480') as Resolution,
    status: field('status', 'string', status) as BroadcastStatus,
    maxDuration: field('maxDuration', 'number', 7200),
    maxBitrate: field('maxBitrate', 'number', undefined),
    hasAudio: field('hasAudio', 'boolean', true),
    hasVideo: field('hasVideo', 'boolean', true),
    streamMode: field('streamMode', 'string', '') === 'manual' ? ('manual' as const) : ('auto' as const),
    streams: field('streams', 'array', [])
      .filter(isObject)
      .map((stream) => toStream(stream, operation)),
    multiBroadcastTag: field('multiBroadcastTag', 'string', undefined),
    settings: settings === undefined ? undefined : toSettings(settings, operation),
    broadcastUrls: toUrls(field('broadcastUrls', 'object', {}), operation),
  });
}
