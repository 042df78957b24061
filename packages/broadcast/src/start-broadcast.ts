import type { Layout, OpenTokClient, RequestOptions, Resolution, StreamMode } from '@opentok/core';
import { RESOLUTIONS } from '@opentok/core';
import {
  checkBoolean,
  checkCall,
  checkId,
  checkInteger,
  checkLayout,
  checkOneOf,
  checkParams,
  checkString,
  invalid,
  projectPath,
  RTMP_URL,
  request,
} from '@opentok/core/internal';
import type { Broadcast } from './broadcast.js';
import { toBroadcast } from './internal/to-broadcast.js';

/** The HLS output of a broadcast. `dvr` and `lowLatency` cannot both be true. */
export interface HlsOutput {
  /** Keep the whole broadcast seekable (DVR), default false. */
  readonly dvr?: boolean;
  /** Low-latency HLS, default false. */
  readonly lowLatency?: boolean;
}

/** One RTMP target of a broadcast. */
export interface RtmpOutput {
  /** Your label for this target, reported back in `broadcastUrls.rtmp[].id`; unique within the broadcast. */
  readonly id?: string;
  /** The RTMP server, an `rtmp://` or `rtmps://` URL. */
  readonly serverUrl: string;
  /** The stream name (or key) on that server. */
  readonly streamName: string;
}

/** Where a broadcast goes: HLS, up to five RTMP targets, or both (at least one output). */
export interface BroadcastOutputs {
  /** An HLS output (`{}` for the defaults). */
  readonly hls?: HlsOutput;
  /** Up to five RTMP targets. */
  readonly rtmp?: readonly RtmpOutput[];
}

/** Parameters of {@link startBroadcast}. */
export interface StartBroadcastParams {
  /** The routed session to broadcast. */
  readonly sessionId: string;
  /** Where the broadcast goes: HLS and/or RTMP. */
  readonly outputs: BroadcastOutputs;
  /** The layout of the composed video (API default: `bestFit`). */
  readonly layout?: Layout;
  /** Seconds after which the broadcast stops by itself, 60 to 36 000 (API default 7200). */
  readonly maxDuration?: number;
  /** The video resolution (API default `640x480`). */
  readonly resolution?: Resolution;
  /** `auto` (API default) includes every stream; `manual` only those added with `addBroadcastStream`. */
  readonly streamMode?: StreamMode;
  /** A tag that lets one session run several broadcasts at once. */
  readonly multiBroadcastTag?: string;
  /** Include audio (API default true). */
  readonly hasAudio?: boolean;
  /** Include video (API default true); `hasAudio` and `hasVideo` cannot both be false. */
  readonly hasVideo?: boolean;
  /** Maximum video bitrate in bits per second, 100 000 to 6 000 000. */
  readonly maxBitrate?: number;
}

/** The most RTMP targets one broadcast may have. */
const MAX_RTMP_OUTPUTS = 5;
const HINTS = {
  400: 'the broadcast request was refused (check the outputs, at most five RTMP targets per session, the layout and the resolution)',
  404: 'the session does not exist or has no connected client',
  409: 'a broadcast is already running for this session (use a different multiBroadcastTag to run another) or the session is not routed',
};

// The outputs as the JSON body sends them: an unset option stays `undefined`, which JSON leaves out.
function checkHls(value: unknown) {
  const hls = checkParams(value as Record<string, unknown>, 'outputs.hls', ['dvr', 'lowLatency']);
  const dvr = checkBoolean(hls['dvr'], 'outputs.hls.dvr');
  const lowLatency = checkBoolean(hls['lowLatency'], 'outputs.hls.lowLatency');
  if (dvr && lowLatency) invalid('outputs.hls', 'cannot have both dvr and lowLatency set to true', hls);
  return { dvr, lowLatency };
}

function checkRtmp(value: unknown) {
  if (!Array.isArray(value)) invalid('outputs.rtmp', 'must be an array of { id?, serverUrl, streamName }', value);
  if (value.length > MAX_RTMP_OUTPUTS) invalid('outputs.rtmp', `must have at most ${MAX_RTMP_OUTPUTS} targets`, value);
  const ids = new Set<string>();
  return value.map((item: unknown, index) => {
    const name = `outputs.rtmp[${index}]`;
    const rtmp = checkParams(item as Record<string, unknown>, name, ['id', 'serverUrl', 'streamName']);
    const id = rtmp['id'] === undefined ? undefined : checkString(rtmp['id'], `${name}.id`);
    if (id !== undefined) {
      if (ids.has(id)) invalid(`${name}.id`, 'must be unique within the broadcast', id);
      ids.add(id);
    }
    const serverUrl = checkString(rtmp['serverUrl'], `${name}.serverUrl`, RTMP_URL);
    const streamName = checkString(rtmp['streamName'], `${name}.streamName`);
    return { id, serverUrl, streamName };
  });
}

function checkOutputs(value: unknown) {
  const outputs = checkParams(value as Record<string, unknown>, 'outputs', ['hls', 'rtmp']);
  const hls = outputs['hls'] === undefined ? undefined : checkHls(outputs['hls']);
  const rtmp = outputs['rtmp'] === undefined ? undefined : checkRtmp(outputs['rtmp']);
  if (hls === undefined && !rtmp?.length) invalid('outputs', 'must have an hls output or at least one rtmp target', value);
  return { hls, rtmp: rtmp?.length ? rtmp : undefined };
}

/**
 * Starts a live-streaming broadcast of a routed session to HLS and/or up to five RTMP targets.
 * The session needs at least one connected client.
 *
 * @param client - The client from `createClient`.
 * @param params - The session, outputs and composition settings; unset options are left to the API.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The started broadcast, with its HLS URL and RTMP targets.
 * @throws {ValidationError} when a parameter breaks a rule (before any request is sent).
 * @throws {ConflictError} (409) when a broadcast is already running for the session (without a different
 *   `multiBroadcastTag`) or the session is relayed instead of routed.
 * @throws {BadRequestError} (400) when the API refuses the request, e.g. too many RTMP targets in the session.
 * @throws {NotFoundError} (404) when the session does not exist or no client is connected to it.
 * @example
 * ```ts
 * import { startBroadcast } from '@opentok/broadcast';
 * const broadcast = await startBroadcast(client, {
 *   sessionId,
 *   outputs: { hls: { lowLatency: true }, rtmp: [{ id: 'yt', serverUrl: 'rtmps://a.rtmp.youtube.com/live2', streamName: 'key' }] },
 *   layout: { type: 'bestFit', screenshareType: 'horizontalPresentation' },
 *   maxDuration: 5400,
 * });
 * console.log(broadcast.broadcastUrls.hls);
 * ```
 */
export async function startBroadcast(client: OpenTokClient, params: StartBroadcastParams, options?: RequestOptions): Promise<Broadcast> {
  const p = checkCall(client, params, [
    'sessionId',
    'outputs',
    'layout',
    'maxDuration',
    'resolution',
    'streamMode',
    'multiBroadcastTag',
    'hasAudio',
    'hasVideo',
    'maxBitrate',
  ]);
  const sessionId = checkId(p.sessionId, 'sessionId');
  const outputs = checkOutputs(p.outputs);
  const layout = p.layout === undefined ? undefined : checkLayout(p.layout);
  const maxDuration = checkInteger(p.maxDuration, 'maxDuration', 60, 36_000);
  const resolution = checkOneOf(p.resolution, 'resolution', RESOLUTIONS);
  const streamMode = checkOneOf(p.streamMode, 'streamMode', ['auto', 'manual'] as const);
  const multiBroadcastTag = p.multiBroadcastTag === undefined ? undefined : checkString(p.multiBroadcastTag, 'multiBroadcastTag');
  const hasAudio = checkBoolean(p.hasAudio, 'hasAudio');
  const hasVideo = checkBoolean(p.hasVideo, 'hasVideo');
  if (hasAudio === false && hasVideo === false) invalid('hasVideo', 'cannot be false when hasAudio is false too', hasVideo);
  const json = {
    sessionId,
    outputs,
    layout,
    maxDuration,
    resolution,
    streamMode,
    multiBroadcastTag,
    hasAudio,
    hasVideo,
    maxBitrate: checkInteger(p.maxBitrate, 'maxBitrate', 100_000, 6_000_000),
  };
  const answer = await request(client, { operation: 'startBroadcast', method: 'POST', path: projectPath(client, '/broadcast'), json, hints: HINTS }, options);
  return toBroadcast(answer, 'startBroadcast');
}
