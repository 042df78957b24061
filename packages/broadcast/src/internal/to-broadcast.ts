import { InvalidResponseError } from '@opentok/core';
import type { Broadcast, BroadcastRtmp, BroadcastSettings, BroadcastStatus, BroadcastStream, BroadcastUrls, HlsStatus } from '../broadcast.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function toRtmp(value: unknown, key?: string): BroadcastRtmp {
  const rtmp = isObject(value) ? value : {};
  const id = rtmp['id'] ?? key;
  return {
    ...(typeof id === 'string' ? { id } : {}),
    serverUrl: rtmp['serverUrl'] as string,
    streamName: rtmp['streamName'] as string,
    status: (rtmp['status'] ?? 'connecting') as BroadcastRtmp['status'],
  };
}

function toUrls(value: unknown): BroadcastUrls {
  const urls = isObject(value) ? value : {};
  const { hls, hlsStatus, rtmp } = urls;
  return {
    ...(hls == null ? {} : { hls: hls as string }),
    ...(hlsStatus == null ? {} : { hlsStatus: hlsStatus as HlsStatus }),
    rtmp: Array.isArray(rtmp) ? rtmp.map((item) => toRtmp(item)) : isObject(rtmp) ? Object.entries(rtmp).map(([key, item]) => toRtmp(item, key)) : [],
  };
}

function toSettings(settings: Json): BroadcastSettings {
  const hls = settings['hls'];
  if (!isObject(hls)) return {};
  const { dvr, lowLatency } = hls;
  return { hls: { ...(typeof dvr === 'boolean' ? { dvr } : {}), ...(typeof lowLatency === 'boolean' ? { lowLatency } : {}) } };
}

/**
 * Maps the API's broadcast JSON to a {@link Broadcast}: `rtmp` as an array whichever shape arrived,
 * API defaults for left-out fields, unknown fields dropped. `status` fills in a missing status
 * (the answer to a stop may leave it out).
 */
export function toBroadcast(json: unknown, operation: string, status: BroadcastStatus = 'started'): Broadcast {
  if (!isObject(json) || typeof json['id'] !== 'string') {
    throw new InvalidResponseError(`${operation} failed: OpenTok answered without a broadcast object`);
  }
  const { maxBitrate, multiBroadcastTag, settings, streams } = json;
  return {
    id: json['id'],
    sessionId: typeof json['sessionId'] === 'string' ? json['sessionId'] : '',
    projectId: String(json['projectId'] ?? json['partnerId'] ?? ''),
    createdAt: typeof json['createdAt'] === 'number' ? json['createdAt'] : 0,
    updatedAt: typeof json['updatedAt'] === 'number' ? json['updatedAt'] : 0,
    resolution: (json['resolution'] ?? '640x480') as Broadcast['resolution'],
    status: (json['status'] ?? status) as BroadcastStatus,
    maxDuration: (json['maxDuration'] ?? 7200) as number,
    ...(maxBitrate == null ? {} : { maxBitrate: maxBitrate as number }),
    hasAudio: json['hasAudio'] !== false,
    hasVideo: json['hasVideo'] !== false,
    streamMode: json['streamMode'] === 'manual' ? 'manual' : 'auto',
    streams: Array.isArray(streams)
      ? streams.filter(isObject).map((s): BroadcastStream => ({ streamId: s['streamId'] as string, hasAudio: s['hasAudio'] !== false, hasVideo: s['hasVideo'] !== false }))
      : [],
    ...(multiBroadcastTag == null ? {} : { multiBroadcastTag: multiBroadcastTag as string }),
    ...(isObject(settings) ? { settings: toSettings(settings) } : {}),
    broadcastUrls: toUrls(json['broadcastUrls']),
  };
}
