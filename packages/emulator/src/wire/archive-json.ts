import { isRecording, NOTHING_TO_TRANSCRIBE, transcriptionStatus } from '../state/archives.js';
import type { ArchiveRecord } from '../state/types.js';
import type { WireContext } from './context.js';

/** The archive as the REST API shows it (§4.2): integer-ms timestamps, no null outputMode. */
export function archiveJson(ctx: WireContext, archive: ArchiveRecord, options: { includeTag?: boolean } = {}): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: archive.id,
    status: archive.status,
    name: archive.name,
    reason: archive.reason,
    sessionId: archive.sessionId,
    projectId: archive.apiKey,
    partnerId: archive.apiKey,
    createdAt: archive.createdAt,
    updatedAt: archive.updatedAt,
    size: archive.size,
    duration: archive.duration,
    outputMode: archive.outputMode,
    streamMode: archive.streamMode,
    hasAudio: archive.hasAudio,
    hasVideo: archive.hasVideo,
    hasTranscription: archive.hasTranscription,
    url: archive.available ? `${ctx.baseUrl()}/_emulator/archives/${archive.id}/download` : null,
  };
  if (archive.resolution !== undefined) json['resolution'] = archive.resolution;
  if (archive.maxBitrate !== undefined) json['maxBitrate'] = archive.maxBitrate;
  if (archive.quantizationParameter !== undefined) json['quantizationParameter'] = archive.quantizationParameter;
  if (archive.transcriptionProperties !== undefined) json['transcriptionProperties'] = { ...archive.transcriptionProperties };
  if (archive.hasTranscription) json['transcription'] = transcriptionJson(ctx, archive);
  if (archive.streamMode === 'manual' && isRecording(archive)) json['streams'] = archive.streams.map((s) => ({ ...s }));
  if (options.includeTag === true && archive.multiArchiveTag !== undefined) json['multiArchiveTag'] = archive.multiArchiveTag;
  return json;
}

/**
 * The `transcription` object of a transcribed archive: `status` (`requested`, `available` with the transcript's
 * `url`, or `failed` with its `reason`), `primaryLanguageCode` and `hasSummary`.
 */
function transcriptionJson(ctx: WireContext, archive: ArchiveRecord): Record<string, unknown> {
  const { primaryLanguageCode = 'en-US', hasSummary = false } = archive.transcriptionProperties ?? {};
  const status = transcriptionStatus(archive);
  return {
    status,
    ...(status === 'available' ? { url: `${ctx.baseUrl()}/_emulator/archives/${archive.id}/transcription` } : {}),
    ...(status === 'failed' ? { reason: NOTHING_TO_TRANSCRIBE } : {}),
    primaryLanguageCode,
    hasSummary,
  };
}
