import type { BroadcastRecord } from '../state/types.js';
import type { WireContext } from './context.js';
import { ownerField } from './owner-fields.js';

/** The broadcast as the REST API shows it (§5): its owner is `projectId`, or `applicationId` for an application's. */
export function broadcastJson(ctx: WireContext, broadcast: BroadcastRecord, options: { includeTag?: boolean } = {}): Record<string, unknown> {
  const urls: Record<string, unknown> = {};
  if (broadcast.hls !== undefined) {
    urls['hls'] = `${ctx.baseUrl()}/_emulator/broadcasts/${broadcast.id}/hls/playlist.m3u8`;
    urls['hlsStatus'] = broadcast.hlsStatus;
  }
  if (broadcast.rtmp.length > 0) urls['rtmp'] = broadcast.rtmp.map((r) => ({ ...r }));
  const json: Record<string, unknown> = {
    id: broadcast.id,
    sessionId: broadcast.sessionId,
    ...ownerField(ctx.owners, broadcast.apiKey),
    createdAt: broadcast.createdAt,
    updatedAt: broadcast.updatedAt,
    resolution: broadcast.resolution,
    status: broadcast.status,
    maxDuration: broadcast.maxDuration,
    hasAudio: broadcast.hasAudio,
    hasVideo: broadcast.hasVideo,
    streamMode: broadcast.streamMode,
    broadcastUrls: urls,
  };
  if (broadcast.maxBitrate !== undefined) json['maxBitrate'] = broadcast.maxBitrate;
  if (broadcast.hls !== undefined) json['settings'] = { hls: { ...broadcast.hls } };
  if (broadcast.streamMode === 'manual' && broadcast.status === 'started') json['streams'] = broadcast.streams.map((s) => ({ ...s }));
  if (options.includeTag === true && broadcast.multiBroadcastTag !== undefined) json['multiBroadcastTag'] = broadcast.multiBroadcastTag;
  return json;
}
