import { type Layout, type OpenTokClient, RESOLUTIONS, type RequestOptions, type Resolution, type StreamMode } from '@opentok/core';
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
  LANGUAGE_CODE,
  projectPath,
  request,
} from '@opentok/core/internal';
import type { Archive, OutputMode } from './archive.js';
import { toArchive } from './internal/to-archive.js';

/** Options every archive takes, whatever its output mode. */
export interface ArchiveBaseParams {
  /** The session to record; it must be a routed session (`mediaMode: 'routed'`). */
  readonly sessionId: string;
  /** A name for the archive (returned in every archive result). */
  readonly name?: string;
  /** Record audio (default `true`). `hasAudio` and `hasVideo` cannot both be `false`. */
  readonly hasAudio?: boolean;
  /** Record video (default `true`). */
  readonly hasVideo?: boolean;
  /** `auto` (default): every stream is recorded; `manual`: only streams added with {@link addArchiveStream}. */
  readonly streamMode?: StreamMode;
  /** A tag that lets several archives record the same session at once (each needs its own tag). */
  readonly multiArchiveTag?: string;
}

/** A composed archive: one file mixing every stream (the default). The service does not transcribe composed archives. */
export interface ComposedArchiveParams extends ArchiveBaseParams {
  readonly outputMode?: 'composed';
  /** The video resolution (default `640x480` on the service). */
  readonly resolution?: Resolution;
  /** The layout of the composed video (default `bestFit` on the service). */
  readonly layout?: Layout;
  /** The video bitrate cap in bits per second, 100 000 to 6 000 000; not with `quantizationParameter`. */
  readonly maxBitrate?: number;
  /** Video quantization parameter, an integer from 15 (best quality, larger file) to 40; not with `maxBitrate`. */
  readonly quantizationParameter?: number;
  /** Transcription needs `outputMode: 'individual'`; only `false` (the default) is allowed here. */
  readonly hasTranscription?: false;
  readonly transcriptionProperties?: never;
}

/** An individual archive: one file per stream, delivered as a ZIP. No resolution, layout or video-quality options. */
export interface IndividualArchiveParams extends ArchiveBaseParams {
  readonly outputMode: 'individual';
  readonly resolution?: never;
  readonly layout?: never;
  readonly maxBitrate?: never;
  readonly quantizationParameter?: never;
  /** No transcript (the default); see {@link TranscribedArchiveParams} for one. */
  readonly hasTranscription?: false;
  readonly transcriptionProperties?: never;
}

/** How a transcribed archive is transcribed. */
export interface TranscriptionProperties {
  /** The main language spoken, a BCP-47 code such as `en-US` (the service default) or `ja-JP`. */
  readonly primaryLanguageCode?: string;
  /** Add an AI-generated summary to the transcript (default `false` on the service). */
  readonly hasSummary?: boolean;
}

/**
 * An individual archive with a post-call transcript: the service transcribes only individual
 * archives that record audio.
 */
export interface TranscribedArchiveParams extends Omit<IndividualArchiveParams, 'hasAudio' | 'hasTranscription' | 'transcriptionProperties'> {
  /** Record audio: a transcribed archive cannot leave it out (default `true`). */
  readonly hasAudio?: true;
  /** Produce a transcript of the archive once it is recorded. */
  readonly hasTranscription: true;
  /** The transcript's language and whether it has a summary. */
  readonly transcriptionProperties?: TranscriptionProperties;
}

/** What {@link startArchive} takes: the session and the archive's options. */
export type StartArchiveParams = ComposedArchiveParams | IndividualArchiveParams | TranscribedArchiveParams;

const START_KEYS: readonly (keyof ComposedArchiveParams)[] = [
  'sessionId',
  'name',
  'hasAudio',
  'hasVideo',
  'outputMode',
  'resolution',
  'layout',
  'streamMode',
  'multiArchiveTag',
  'maxBitrate',
  'quantizationParameter',
  'hasTranscription',
  'transcriptionProperties',
];
const OUTPUT_MODES: readonly OutputMode[] = ['composed', 'individual'];
const STREAM_MODES: readonly StreamMode[] = ['auto', 'manual'];

const HINTS = {
  400: 'the archive options were refused as invalid',
  404: 'the session does not exist in this project or has no connected clients (a session created moments ago may need a retry)',
  409: 'the session is already being recorded (give simultaneous archives distinct multiArchiveTag values) or is not routed (archives need mediaMode "routed")',
};

function composedOnly(value: unknown, parameter: string, outputMode: OutputMode | undefined): void {
  if (value !== undefined && outputMode === 'individual') invalid(parameter, 'is only allowed with outputMode "composed"', value);
}

/** The transcription options, refused where the service does not transcribe: composed archives and archives without audio. */
function checkTranscription(p: Readonly<Record<string, unknown>>, outputMode: OutputMode | undefined, hasAudio: boolean | undefined): Record<string, unknown> {
  const hasTranscription = checkBoolean(p['hasTranscription'], 'hasTranscription');
  if (hasTranscription === true && outputMode !== 'individual')
    invalid('hasTranscription', 'is only allowed with outputMode "individual" (the service transcribes individual archives only)', hasTranscription);
  if (hasTranscription === true && hasAudio === false) invalid('hasAudio', 'cannot be false when hasTranscription is true', hasAudio);
  const value = p['transcriptionProperties'];
  if (value === undefined) return { hasTranscription };
  if (hasTranscription !== true) invalid('transcriptionProperties', 'is only allowed with hasTranscription true', value);
  const properties = checkParams(value as Record<string, unknown>, 'transcriptionProperties', ['primaryLanguageCode', 'hasSummary']);
  const code = properties['primaryLanguageCode'];
  const primaryLanguageCode = code === undefined ? undefined : checkString(code, 'transcriptionProperties.primaryLanguageCode', LANGUAGE_CODE);
  const hasSummary = checkBoolean(properties['hasSummary'], 'transcriptionProperties.hasSummary');
  return { hasTranscription, transcriptionProperties: { primaryLanguageCode, hasSummary } };
}

/**
 * Starts recording a routed session. The request body carries only the options you set; the
 * service applies its defaults for the rest.
 *
 * @param client - A client made by `createClient`.
 * @param params - The session to record and the archive options.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The new archive, `status: 'started'`.
 * @throws {ValidationError} before any request when a parameter is missing, of the wrong type or out of range,
 *   when `hasAudio` and `hasVideo` are both `false`, when `resolution`, `layout`, `maxBitrate` or
 *   `quantizationParameter` is set for an `individual` archive, when `maxBitrate` and
 *   `quantizationParameter` are both set, or when `hasTranscription` is `true` for a composed archive or
 *   one without audio (the service transcribes only individual archives with audio).
 * @throws {ConflictError} (409) when the session is already being recorded or is not routed.
 * @throws {NotFoundError} (404) when the session does not exist or no client is connected to it.
 * @throws {BadRequestError} (400) when the service refuses the options.
 * @example
 * ```ts
 * import { startArchive } from '@opentok/archive';
 * const archive = await startArchive(client, { sessionId, name: 'Important Presentation', resolution: '1280x720' });
 * console.log(archive.id, archive.status); // '…', 'started'
 * // a per-stream recording with a transcript and an AI summary
 * await startArchive(client, { sessionId, outputMode: 'individual', hasTranscription: true, transcriptionProperties: { hasSummary: true } });
 * ```
 */
export async function startArchive(client: OpenTokClient, params: StartArchiveParams, options?: RequestOptions): Promise<Archive> {
  const p = checkCall(client, params, START_KEYS) as Readonly<Record<keyof ComposedArchiveParams, unknown>>;
  const sessionId = checkId(p.sessionId, 'sessionId');
  const name = p.name === undefined ? undefined : checkString(p.name, 'name', { allowEmpty: true });
  const hasAudio = checkBoolean(p.hasAudio, 'hasAudio');
  const hasVideo = checkBoolean(p.hasVideo, 'hasVideo');
  if (hasAudio === false && hasVideo === false) invalid('hasAudio', 'and hasVideo cannot both be false', hasAudio);
  const outputMode = checkOneOf(p.outputMode, 'outputMode', OUTPUT_MODES);
  const resolution = checkOneOf(p.resolution, 'resolution', RESOLUTIONS);
  composedOnly(resolution, 'resolution', outputMode);
  const layout = p.layout === undefined ? undefined : checkLayout(p.layout, 'layout');
  composedOnly(layout, 'layout', outputMode);
  const streamMode = checkOneOf(p.streamMode, 'streamMode', STREAM_MODES);
  const multiArchiveTag = p.multiArchiveTag === undefined ? undefined : checkString(p.multiArchiveTag, 'multiArchiveTag');
  const maxBitrate = checkInteger(p.maxBitrate, 'maxBitrate', 100_000, 6_000_000);
  composedOnly(maxBitrate, 'maxBitrate', outputMode);
  const quantizationParameter = checkInteger(p.quantizationParameter, 'quantizationParameter', 15, 40);
  composedOnly(quantizationParameter, 'quantizationParameter', outputMode);
  if (maxBitrate !== undefined && quantizationParameter !== undefined) {
    invalid('quantizationParameter', 'cannot be combined with maxBitrate (set one or the other)', quantizationParameter);
  }
  const transcription = checkTranscription(p, outputMode, hasAudio);
  const json = {
    sessionId,
    name,
    hasAudio,
    hasVideo,
    outputMode,
    resolution,
    layout,
    streamMode,
    multiArchiveTag,
    maxBitrate,
    quantizationParameter,
    ...transcription,
  };
  const answer = await request(client, { operation: 'startArchive', method: 'POST', path: projectPath(client, '/archive'), json, hints: HINTS }, options);
  return toArchive(answer, 'startArchive');
}
