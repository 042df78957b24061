import { fail } from '../kernel/errors.js';
import { describe, isObject } from '../kernel/values.js';
import type { SessionOptions } from './sessions.js';

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const KEYS = new Set(['mediaMode', 'archiveMode', 'apiKey', 'applicationId', 'location', 'e2ee']);

/**
 * Checks the options of `emulator.createSession` as the service checks `POST /session/create` (400
 * {@link EmulatorError} naming the option): media and archive modes, an IPv4 location, a boolean `e2ee`
 * (routed only), `archiveMode: always` routed only.
 */
export function checkSessionOptions(params: unknown): { apiKey?: string; applicationId?: string; options: SessionOptions } {
  if (!isObject(params)) fail(400, `createSession(options) needs an options object (got ${describe(params)}).`);
  for (const name of Object.keys(params))
    if (!KEYS.has(name)) fail(400, `Invalid request: "${name}" is not a createSession option (expected ${[...KEYS].join(', ')}).`);
  const { mediaMode, archiveMode = 'manual', apiKey, applicationId, location = '', e2ee = false } = params as Record<string, unknown>;
  if (archiveMode !== 'manual' && archiveMode !== 'always')
    fail(400, `Invalid request: "archiveMode" must be manual or always (got ${describe(archiveMode)}).`);
  if (mediaMode !== undefined && mediaMode !== 'routed' && mediaMode !== 'relayed')
    fail(400, `Invalid request: "mediaMode" must be routed or relayed (got ${describe(mediaMode)}).`);
  const media = mediaMode ?? (archiveMode === 'always' ? 'routed' : 'relayed');
  if (archiveMode === 'always' && media !== 'routed') fail(400, 'Invalid request: a session with archiveMode "always" must be routed.');
  if (typeof location !== 'string' || (location !== '' && !IPV4.test(location)))
    fail(400, `Invalid request: "location" must be an IPv4 address (got ${describe(location)}).`);
  if (typeof e2ee !== 'boolean') fail(400, `Invalid request: "e2ee" must be true or false (got ${describe(e2ee)}).`);
  if (e2ee && media !== 'routed') fail(400, 'Invalid request: end-to-end encryption needs a routed session.');
  if (apiKey !== undefined && typeof apiKey !== 'string') fail(400, `Invalid request: "apiKey" must be a string (got ${describe(apiKey)}).`);
  if (applicationId !== undefined && typeof applicationId !== 'string')
    fail(400, `Invalid request: "applicationId" must be a string (got ${describe(applicationId)}).`);
  return {
    ...(apiKey === undefined ? {} : { apiKey }),
    ...(applicationId === undefined ? {} : { applicationId }),
    options: { mediaMode: media, archiveMode, location, e2ee },
  };
}
