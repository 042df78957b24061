import type { CaptionsRecord } from '../state/types.js';
import type { WireContext } from './context.js';
import { ownerField } from './owner-fields.js';

/**
 * The captions status object (`@vonage/video`'s `CaptionStatusResponse`, the likely callback shape of
 * spec: callbacks §5): `captionId`, the owner (`applicationId`, or `projectId` for a project), `sessionId`,
 * `status`, times, `duration` in seconds, `languageCode`, `provider` and `reason` once stopped.
 */
export function captionsJson(ctx: WireContext, captions: CaptionsRecord): Record<string, unknown> {
  const end = captions.status === 'started' ? ctx.now() : captions.updatedAt;
  return {
    captionId: captions.id,
    ...ownerField(ctx.owners, captions.apiKey),
    sessionId: captions.sessionId,
    status: captions.status,
    createdAt: captions.createdAt,
    updatedAt: captions.updatedAt,
    duration: Math.round((end - captions.createdAt) / 1000),
    languageCode: captions.languageCode,
    provider: 'aws-transcribe',
    ...(captions.reason === undefined ? {} : { reason: captions.reason }),
  };
}
