import { checkParams, checkString, invalid } from '@opentok/core/internal';

const NAME = 'websocket.audioTransport';
const JSON_ONLY = ['encoding', 'audioField', 'receiveAudioField', 'staticFields'] as const;

function checkStaticFields(value: unknown): Record<string, unknown> {
  const fields = checkParams(value as Record<string, unknown>, `${NAME}.staticFields`);
  for (const [key, field] of Object.entries(fields)) {
    if (!['string', 'number', 'boolean'].includes(typeof field)) invalid(`${NAME}.staticFields.${key}`, 'must be a string, a number or a boolean', field);
  }
  return fields;
}

/**
 * Checks `websocket.audioTransport` and returns its wire form, whose keys the service spells in
 * snake_case (`audio_field`, `receive_audio_field`, `static_fields`).
 */
export function checkAudioTransport(value: unknown, bidirectional: boolean | undefined): Record<string, unknown> {
  const options: Readonly<Record<string, unknown>> = checkParams(value as Record<string, unknown>, NAME, ['transport', ...JSON_ONLY]);
  const { transport } = options;
  if (transport === 'binary') {
    for (const key of JSON_ONLY) if (options[key] !== undefined) invalid(`${NAME}.${key}`, 'is only allowed with transport "json"', options[key]);
    return { transport };
  }
  if (transport !== 'json') invalid(`${NAME}.transport`, 'must be one of "binary", "json"', transport);
  if (options['encoding'] !== 'base64') invalid(`${NAME}.encoding`, 'must be "base64" with transport "json"', options['encoding']);
  const audioField = options['audioField'] === undefined ? undefined : checkString(options['audioField'], `${NAME}.audioField`);
  const receiveAudioField = options['receiveAudioField'] === undefined ? undefined : checkString(options['receiveAudioField'], `${NAME}.receiveAudioField`);
  if (receiveAudioField !== undefined && bidirectional !== true)
    invalid(`${NAME}.receiveAudioField`, 'is only allowed with websocket.bidirectional true', receiveAudioField);
  const staticFields = options['staticFields'] === undefined ? undefined : checkStaticFields(options['staticFields']);
  return { transport, encoding: 'base64', audio_field: audioField, receive_audio_field: receiveAudioField, static_fields: staticFields };
}
