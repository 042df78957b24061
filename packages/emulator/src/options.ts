import { fail } from './kernel/errors.js';
import { describe, isObject } from './kernel/values.js';
import type { EmulatorOptions, ListenOptions } from './types.js';

/** Defaults of the bounded logs and switches (documented on {@link EmulatorOptions} and in the README). */
export const DEFAULT_LIMITS = {
  requestLogLimit: 1000,
  requestBodyBytes: 8192,
  requestLogBytes: 8 * 1024 * 1024,
  signalsPerSession: 1000,
  readAfterWriteLagMs: 0,
} as const;

/** The resolved limits and switches of an emulator. */
export interface ResolvedLimits {
  readonly requestLogLimit: number;
  readonly requestBodyBytes: number;
  readonly requestLogBytes: number;
  readonly signalsPerSession: number;
  readonly readAfterWriteLagMs: number;
}

const OPTION_NAMES = new Set([
  'projects',
  'applications',
  'clock',
  'requestLogLimit',
  'logs',
  'readAfterWriteLagMs',
  'callbacks',
  'callbackSignatureSecret',
  'callbackFetch',
  'callbackDelivery',
  'state',
  'strict',
]);

function integer(value: unknown, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(400, `"${name}" must be an integer from ${min} to ${max} (got ${describe(value)}).`);
  }
  return value;
}

/**
 * Checks the options of `createEmulator` before anything is built: every refusal is a 400 {@link EmulatorError}
 * naming the option, never a TypeError from deep inside.
 */
export function checkOptions(options: unknown): { options: EmulatorOptions; limits: ResolvedLimits } {
  if (options === undefined) return { options: {}, limits: DEFAULT_LIMITS };
  if (!isObject(options)) fail(400, `createEmulator(options) needs an options object (got ${describe(options)}).`);
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.has(name)) fail(400, `"${name}" is not an option of createEmulator (expected one of ${[...OPTION_NAMES].join(', ')}).`);
  }
  const { projects, applications, clock, logs = {}, requestLogLimit, readAfterWriteLagMs, strict } = options;
  if (strict !== undefined && typeof strict !== 'boolean') fail(400, `"strict" must be true or false (got ${describe(strict)}).`);
  if (projects !== undefined && !Array.isArray(projects)) fail(400, `"projects" must be an array of {apiKey, apiSecret} (got ${describe(projects)}).`);
  if (applications !== undefined && !Array.isArray(applications))
    fail(400, `"applications" must be an array of {applicationId, publicKey | privateKey} (got ${describe(applications)}).`);
  if (clock !== undefined) {
    if (!isObject(clock)) fail(400, `"clock" must be an object {start?, frozen?} (got ${describe(clock)}).`);
    if (clock['start'] !== undefined && (typeof clock['start'] !== 'number' || !Number.isFinite(clock['start'])))
      fail(400, `"clock.start" must be a finite number of epoch milliseconds (got ${describe(clock['start'])}).`);
    if (clock['frozen'] !== undefined && typeof clock['frozen'] !== 'boolean')
      fail(400, `"clock.frozen" must be a boolean (got ${describe(clock['frozen'])}).`);
  }
  if (!isObject(logs)) fail(400, `"logs" must be an object {requestBodyBytes?, requestLogBytes?, signalsPerSession?} (got ${describe(logs)}).`);
  for (const name of Object.keys(logs)) {
    if (!['requestBodyBytes', 'requestLogBytes', 'signalsPerSession'].includes(name))
      fail(400, `"logs.${name}" is not an option (expected requestBodyBytes, requestLogBytes, signalsPerSession).`);
  }
  const limits: ResolvedLimits = {
    requestLogLimit: integer(requestLogLimit, 'requestLogLimit', 0, 1_000_000, DEFAULT_LIMITS.requestLogLimit),
    requestBodyBytes: integer(logs['requestBodyBytes'], 'logs.requestBodyBytes', 0, 1_048_576, DEFAULT_LIMITS.requestBodyBytes),
    requestLogBytes: integer(logs['requestLogBytes'], 'logs.requestLogBytes', 0, 1_073_741_824, DEFAULT_LIMITS.requestLogBytes),
    signalsPerSession: integer(logs['signalsPerSession'], 'logs.signalsPerSession', 1, 1_000_000, DEFAULT_LIMITS.signalsPerSession),
    readAfterWriteLagMs: integer(readAfterWriteLagMs, 'readAfterWriteLagMs', 0, 600_000, DEFAULT_LIMITS.readAfterWriteLagMs),
  };
  return { options: options as EmulatorOptions, limits };
}

/**
 * Checks the options of `listen` before anything binds: `port` an integer from 0 to 65535, `host` a non-empty
 * string, no other keys; a refusal is a 400 {@link EmulatorError} naming the option.
 */
export function checkListenOptions(options: unknown): { port: number; host: string } {
  if (!isObject(options)) fail(400, `The options of listen must be an object (got ${describe(options)}).`);
  for (const name of Object.keys(options)) {
    if (name !== 'port' && name !== 'host') fail(400, `"${name}" is not an option of listen (expected port, host).`);
  }
  const { port, host = '127.0.0.1' } = options as ListenOptions;
  if (typeof host !== 'string' || host.trim() === '') fail(400, `"host" must be a non-empty string (got ${describe(host)}).`);
  return { port: integer(port, 'port', 0, 65_535, 0), host };
}
