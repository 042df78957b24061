import { fail } from '../kernel/errors.js';
import type { Fields } from '../kernel/fields.js';
import type { AudioTransportRecord } from './types.js';

const NAME = 'websocket.audioTransport';
const KEYS = ['transport', 'encoding', 'audio_field', 'receive_audio_field', 'static_fields'];
const JSON_ONLY = ['encoding', 'audio_field', 'receive_audio_field', 'static_fields'];

/**
 * Reads `websocket.audioTransport` (wire contract §8): `transport` `binary` (default) or `json`; with `json`,
 * `encoding: "base64"` (required) and the optional `audio_field`, `receive_audio_field` and `static_fields`
 * (values strings, numbers or booleans), which `binary` does not take. Keys are snake_case, as
 * `@vonage/video` sends them; any other key (such as a camelCase `audioField`) is a 400.
 */
export function readAudioTransport(fields: Fields): AudioTransportRecord {
  for (const key of fields.keys()) {
    if (!KEYS.includes(key)) fail(400, `Invalid request: "${NAME}.${key}" is not a field (expected ${KEYS.join(', ')}).`);
  }
  const transport = fields.optOneOf('transport', ['binary', 'json'] as const) ?? 'binary';
  if (transport === 'binary') {
    const extra = JSON_ONLY.find((key) => fields.raw(key) !== undefined);
    if (extra !== undefined) fail(400, `Invalid request: "${NAME}.${extra}" is only allowed with transport "json".`);
    return { transport };
  }
  const encoding = fields.optOneOf('encoding', ['base64'] as const) ?? fail(400, `Invalid request: "${NAME}.encoding" must be "base64" with transport "json".`);
  const audioField = fields.optString('audio_field', { min: 1, max: 256 });
  const receiveAudioField = fields.optString('receive_audio_field', { min: 1, max: 256 });
  const staticFields = fields.optObject('static_fields');
  let statics: Record<string, string | number | boolean> | undefined;
  if (staticFields !== undefined) {
    statics = {};
    for (const key of staticFields.keys()) {
      const value = staticFields.raw(key);
      if (typeof value !== 'string' && typeof value !== 'boolean' && !(typeof value === 'number' && Number.isFinite(value))) {
        fail(400, `Invalid request: "${NAME}.static_fields.${key}" must be a string, a number or a boolean.`);
      }
      statics[key] = value;
    }
  }
  return {
    transport,
    encoding,
    ...(audioField === undefined ? {} : { audio_field: audioField }),
    ...(receiveAudioField === undefined ? {} : { receive_audio_field: receiveAudioField }),
    ...(statics === undefined ? {} : { static_fields: statics }),
  };
}
