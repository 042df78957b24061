import { isObject, type JsonObject } from '@opentok/core/kernel';
import { refuse } from '../invalid-callback-error.js';

/**
 * The fields a callback type names, as data: a value is the `typeof` names it may have (`'string|number'`) or
 * the schema of a nested object. A name ending in `?` is optional: absent or `null` passes. Other fields are
 * not looked at.
 */
export interface Schema {
  readonly [field: string]: string | Schema;
}

const CONNECTION: Schema = { id: 'string', createdAt: 'number', 'data?': 'string' };
const MONITORING: Schema = { sessionId: 'string', 'projectId?': 'string', timestamp: 'number' };
const STREAM: Schema = { id: 'string', connection: CONNECTION, createdAt: 'number', 'name?': 'string', 'videoType?': 'string' };
/** What every status callback (archive, broadcast, render, captions) shares. */
const STATUS: Schema = {
  status: 'string',
  sessionId: 'string',
  'createdAt?': 'number',
  'updatedAt?': 'number',
  'applicationId?': 'string',
  'reason?': 'string',
};
/** What the archive, broadcast and render JSON share besides. */
const RESOURCE: Schema = { id: 'string', ...STATUS, 'projectId?': 'string|number', 'partnerId?': 'number', 'resolution?': 'string' };

/** The schema of each `kind` parseCallback recognises. */
export const SCHEMAS: Readonly<Record<string, Schema>> = {
  sessionCreated: MONITORING,
  sessionDestroyed: MONITORING,
  connectionCreated: { ...MONITORING, connection: CONNECTION },
  connectionDestroyed: { ...MONITORING, connection: CONNECTION, 'reason?': 'string' },
  streamCreated: { ...MONITORING, stream: STREAM },
  streamDestroyed: { ...MONITORING, stream: STREAM, 'reason?': 'string' },
  archive: { ...RESOURCE, createdAt: 'number', 'name?': 'string', 'duration?': 'number', 'size?': 'number|string', 'url?': 'string' },
  broadcast: { ...RESOURCE, 'maxDuration?': 'number', 'broadcastUrls?': { 'hls?': 'string', 'hlsStatus?': 'string' } },
  render: { ...RESOURCE, 'url?': 'string', 'streamId?': 'string' },
  captions: { captionId: 'string', ...STATUS, 'duration?': 'number', 'languageCode?': 'string', 'provider?': 'string' },
};

/** Checks `value` against `schema`; `path` names the place in messages (`stream.connection.`). */
export function checkFields(value: JsonObject, schema: Schema, kind: string, path = ''): void {
  for (const [key, rule] of Object.entries(schema)) {
    const name = key.replace('?', '');
    const field = value[name];
    if (key !== name && field == null) continue;
    const at = path + name;
    if (typeof rule === 'object') {
      if (!isObject(field)) refuse('invalid-payload', `${kind}: ${at} must be an object`);
      checkFields(field, rule, kind, `${at}.`);
    } else if (!rule.split('|').includes(typeof field)) {
      refuse('invalid-payload', `${kind}: ${at} must be ${rule.replace('|', ' or ')}`);
    }
  }
}
