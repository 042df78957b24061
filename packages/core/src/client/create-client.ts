import { checkInteger, invalid as fail } from '../validation/checks.js';
import type { ClientConfig, ClientOverrides, Logger, ResolvedConfig, RetryOptions } from './config.js';
import { CREDENTIALS, checkCredentials, type Credentials } from './credentials.js';
import { readEnv, runtimeName } from './environment.js';

/** The default base URL of the OpenTok REST API. */
export const DEFAULT_API_URL = 'https://api.opentok.com';
/** The default per-request timeout, in ms. */
export const DEFAULT_TIMEOUT = 20_000;
const DEFAULT_RETRY: RetryOptions = { retries: 2, baseDelay: 500, maxDelay: 30_000 };

/** Where a client caches its imported HMAC key for the `X-OPENTOK-AUTH` JWT. */
export const SIGNING_KEY: unique symbol = Symbol.for('@opentok/core:signing-key') as never;

/**
 * A configured OpenTok client: frozen settings plus `with()` to derive a variant. Pass it as the
 * first argument of every operation. The API secret is held out of sight: `JSON.stringify`,
 * `util.inspect` and logs never show it.
 */
export interface OpenTokClient extends ResolvedConfig {
  /** Returns a new client with some settings replaced, e.g. `client.with({ timeout: 5_000 })`. */
  with(overrides: ClientOverrides): OpenTokClient;
  /** Secret-free settings for logs and `JSON.stringify`. */
  toJSON(): Record<string, unknown>;
  /** @internal The credentials, for signing. */
  readonly [CREDENTIALS]: () => Credentials;
  /** @internal The cached HMAC key. */
  readonly [SIGNING_KEY]: () => Promise<CryptoKey>;
}

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
  const merged = { ...DEFAULT_RETRY, ...(options as Partial<RetryOptions>) };
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

function build(config: ClientConfig): OpenTokClient {
  const credentials = Object.freeze(
    checkCredentials(config.apiKey ?? readEnv('OPENTOK_API_KEY'), config.apiSecret ?? readEnv('OPENTOK_API_SECRET')),
  );
  if (config.fetch !== undefined && typeof config.fetch !== 'function') fail('fetch', 'must be a function', config.fetch);
  const settings: ResolvedConfig = {
    apiKey: credentials.apiKey,
    apiUrl: resolveApiUrl(config.apiUrl ?? readEnv('OPENTOK_API_URL') ?? DEFAULT_API_URL),
    timeout: checkInteger(config.timeout ?? DEFAULT_TIMEOUT, 'timeout', 1, 2_147_483_647) as number,
    retry: resolveRetry(config.retry ?? DEFAULT_RETRY),
    userAgent: resolveUserAgent(config.userAgent),
    logger: resolveLogger(config.logger ?? silentLogger),
    fetch: config.fetch,
  };
  let signingKey: Promise<CryptoKey> | undefined;
  const client = {
    ...settings,
    with: (overrides: ClientOverrides) => build({ ...config, ...overrides }),
    toJSON: () => ({ apiKey: settings.apiKey, apiUrl: settings.apiUrl, timeout: settings.timeout, retry: settings.retry, userAgent: settings.userAgent }),
  };
  Object.defineProperties(client, {
    [CREDENTIALS]: { value: () => credentials },
    [SIGNING_KEY]: {
      value: () =>
        (signingKey ??= crypto.subtle.importKey('raw', new TextEncoder().encode(credentials.apiSecret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])),
    },
  });
  return Object.freeze(client) as unknown as OpenTokClient;
}

/**
 * Creates a client from explicit settings or the `OPENTOK_API_KEY`, `OPENTOK_API_SECRET` and
 * `OPENTOK_API_URL` environment variables (read only when `process` exists and the setting is left out).
 *
 * @throws {ValidationError} when a setting is missing or invalid (before any request is made).
 * @example
 * ```ts
 * import { createClient } from '@opentok/core';
 * const client = createClient({ apiKey: '12345678', apiSecret: process.env.OPENTOK_API_SECRET });
 * const quick = client.with({ timeout: 5_000 });
 * ```
 */
export function createClient(config: ClientConfig = {}): OpenTokClient {
  if (config === null || typeof config !== 'object') fail('config', 'must be an object', config);
  return build(config);
}
