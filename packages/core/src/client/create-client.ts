import { type RestAuth, restAuthFor } from '../auth/rest-auth.js';
import { CREDENTIALS, type ResolvedCredentials, resolveCredentials } from '../credentials/credentials.js';
import { checkInteger, checkParams, invalid as fail } from '../validation/checks.js';
import type { ClientConfig, ClientOverrides, Logger, ResolvedConfig, ResolvedSettings, RetryOptions } from './config.js';
import { readEnv, runtimeName } from './environment.js';

/** The default base URL for OpenTok project credentials. */
export const DEFAULT_API_URL = 'https://api.opentok.com';
/** The default base URL for Vonage application credentials. */
export const DEFAULT_VONAGE_API_URL = 'https://video.api.vonage.com';
/** The default per-request timeout, in ms. */
export const DEFAULT_TIMEOUT = 20_000;
const DEFAULT_RETRY: RetryOptions = { retries: 2, baseDelay: 500, maxDelay: 30_000 };

/** Where a client keeps its REST auth strategy. */
export const REST_AUTH: unique symbol = Symbol.for('@opentok/core:rest-auth') as never;

const CREDENTIAL_FIELDS = ['applicationId', 'privateKey', 'apiKey', 'apiSecret'] as const;
const CONFIG_KEYS: readonly string[] = [
  'applicationId',
  'privateKey',
  'apiKey',
  'apiSecret',
  'apiUrl',
  'timeout',
  'retry',
  'fetch',
  'userAgent',
  'logger',
  'maxResponseBytes',
];
/** The default success-body limit, 8 MiB: far above any list the API returns (1000 archives are about 1 MB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 8_388_608;

/**
 * A configured client: frozen settings plus `with()` to derive a variant. Pass it as the first
 * argument of every operation. The API secret or private key is held out of sight: `JSON.stringify`,
 * `util.inspect` and logs never show it.
 */
export type OpenTokClient = ResolvedConfig & {
  /** Returns a new client with some settings replaced, e.g. `client.with({ timeout: 5_000 })`; credentials given replace the client's. */
  with(overrides: ClientOverrides): OpenTokClient;
  /** Secret-free settings for logs and `JSON.stringify`. */
  toJSON(): Record<string, unknown>;
  /** @internal The credentials, for signing tokens. */
  readonly [CREDENTIALS]: () => ResolvedCredentials;
  /** @internal How each request is authenticated. */
  readonly [REST_AUTH]: RestAuth;
};

const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function resolveApiUrl(value: unknown): string {
  if (typeof value !== 'string') fail('apiUrl', 'must be a string URL', value);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail('apiUrl', 'must be an absolute http(s) URL', value);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail('apiUrl', 'must use http or https', value);
  if (url.username || url.password || url.search || url.hash) fail('apiUrl', 'must not contain credentials, a query or a fragment', value);
  return value.replace(/\/+$/, '');
}

function resolveRetry(value: unknown): RetryOptions {
  const options = typeof value === 'number' ? { retries: value } : value;
  if (options === null || typeof options !== 'object') fail('retry', 'must be a number of retries or { retries, baseDelay, maxDelay }', value);
  const merged = { ...DEFAULT_RETRY, ...checkParams(options as Partial<RetryOptions>, 'retry', ['retries', 'baseDelay', 'maxDelay']) };
  checkInteger(merged.retries, 'retry.retries', 0, 10);
  checkInteger(merged.baseDelay, 'retry.baseDelay', 0, 60_000);
  checkInteger(merged.maxDelay, 'retry.maxDelay', 0, 600_000);
  return Object.freeze(merged);
}

function resolveLogger(value: unknown): Logger {
  const methods = ['debug', 'info', 'warn', 'error'] as const;
  if (value === null || typeof value !== 'object' || methods.some((m) => typeof (value as Logger)[m] !== 'function')) {
    fail('logger', 'must have debug, info, warn and error methods', value);
  }
  return value as Logger;
}

function resolveUserAgent(suffix: unknown): string {
  const base = `OpenTok-TS-SDK/${__SDK_VERSION__} ${runtimeName()}`;
  if (suffix === undefined) return base;
  if (typeof suffix !== 'string' || !/^[\x21-\x7e][\x20-\x7e]*$/.test(suffix)) {
    fail('userAgent', 'must be printable ASCII text to append to the User-Agent header', suffix);
  }
  return `${base} ${suffix}`;
}

/** `value`, or `fallback` when it was left out; `null` is a value (and refused by the setting's check), never "left out". */
function given<T>(value: T | undefined, fallback: T): T {
  return value === undefined ? fallback : value;
}

function build(config: ClientConfig): OpenTokClient {
  const credentials = Object.freeze(resolveCredentials(config, readEnv));
  if (config.fetch !== undefined && typeof config.fetch !== 'function') fail('fetch', 'must be a function', config.fetch);
  const application = credentials.kind === 'application';
  const settings: ResolvedSettings = {
    credentialKind: credentials.kind,
    projectId: credentials.projectId,
    apiUrl: resolveApiUrl(given(config.apiUrl, readEnv('OPENTOK_API_URL') ?? (application ? DEFAULT_VONAGE_API_URL : DEFAULT_API_URL))),
    timeout: checkInteger(given(config.timeout, DEFAULT_TIMEOUT), 'timeout', 1, 2_147_483_647) as number,
    retry: resolveRetry(given<unknown>(config.retry, DEFAULT_RETRY)),
    userAgent: resolveUserAgent(config.userAgent),
    logger: resolveLogger(given<unknown>(config.logger, silentLogger)),
    fetch: config.fetch,
    maxResponseBytes: checkInteger(given(config.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES), 'maxResponseBytes', 1024, 1024 ** 3) as number,
  };
  const publicCredentials = credentials.kind === 'application' ? { applicationId: credentials.applicationId } : { apiKey: credentials.apiKey };
  const client = {
    ...publicCredentials,
    ...settings,
    with: (overrides: ClientOverrides) => build(merge(config, overrides)),
    toJSON: () => {
      const { logger, fetch, ...shown } = settings;
      return { ...publicCredentials, ...shown };
    },
  };
  Object.defineProperties(client, {
    [CREDENTIALS]: { value: () => credentials },
    [REST_AUTH]: { value: restAuthFor(credentials) },
  });
  return Object.freeze(client) as unknown as OpenTokClient;
}

/** `with()`'s overrides on top of a config: credentials in the overrides replace all of the config's. */
function merge(config: ClientConfig, overrides: ClientOverrides): ClientConfig {
  checkConfig(overrides, 'overrides');
  const replacesCredentials = CREDENTIAL_FIELDS.some((field) => overrides[field] !== undefined);
  const base: Record<string, unknown> = { ...config };
  if (replacesCredentials) for (const field of CREDENTIAL_FIELDS) delete base[field];
  return { ...base, ...overrides } as ClientConfig;
}

function checkConfig(config: unknown, parameter: string): void {
  checkParams(config as object, parameter, CONFIG_KEYS);
}

/**
 * Creates a client from explicit settings or the environment (read only when `process` exists and
 * the config leaves a setting out): `VONAGE_APPLICATION_ID` + `VONAGE_PRIVATE_KEY`, else
 * `OPENTOK_API_KEY` + `OPENTOK_API_SECRET`; and `OPENTOK_API_URL`.
 *
 * @throws {ValidationError} when a setting is missing, unknown or invalid, or the credentials mix
 * both kinds or hold half of one (before any request is made).
 * @example
 * ```ts
 * import { createClient } from '@opentok/core';
 * const client = createClient({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });
 * const quick = client.with({ timeout: 5_000 });
 * ```
 */
export function createClient(config: ClientConfig = {}): OpenTokClient {
  checkConfig(config, 'config');
  return build(config);
}
