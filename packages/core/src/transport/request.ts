import ky from 'ky';
import { REST_AUTH, type OpenTokClient } from '../client/create-client.js';
import type { HttpMethod } from '../errors/api-errors.js';
import type { ErrorHints } from '../errors/error-from-response.js';
import { checkClient } from '../project-path.js';
import { checkRequestOptions, type RequestOptions } from './request-options.js';
import { readResult, toOpenTokError, type Exchange } from './response.js';
import { pause, retryDelay } from './retry-policy.js';

/** One REST call, described by the operation that makes it. */
export interface ApiRequest {
  /** The SDK operation name, used in errors and logs (e.g. `stopArchive`). */
  readonly operation: string;
  readonly method: HttpMethod;
  /** The path below the API URL, starting with `/`. */
  readonly path: string;
  /** Query parameters; `undefined` values are left out. */
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  /** A JSON body (sent with `Content-Type: application/json`). */
  readonly json?: unknown;
  /** A form body (`application/x-www-form-urlencoded`); `undefined` values are left out. */
  readonly form?: Readonly<Record<string, string | undefined>>;
  /** Operation-specific explanations of error statuses. */
  readonly hints?: ErrorHints;
}

function compact<V>(record: Readonly<Record<string, V | undefined>>): Record<string, V> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Record<string, V>;
}

/**
 * Sends one authenticated REST request and returns the parsed JSON answer (`undefined` for an
 * empty one). Every resource package goes through here: it adds a fresh auth JWT (`X-OPENTOK-AUTH` or
 * `Authorization: Bearer`, by the client's kind of credentials), the
 * `User-Agent`, `Accept: application/json`, timeouts, abort, retries, logging, and turns every
 * failure into a typed `OpenTokError`.
 */
export async function request<T>(client: OpenTokClient, call: ApiRequest, options?: RequestOptions): Promise<T> {
  checkClient(client);
  const { signal, timeout = client.timeout, headers: extraHeaders } = checkRequestOptions(options);
  const exchange: Exchange = { call, url: `${client.apiUrl}${call.path}`, timeout, signal };
  const { logger, retry, [REST_AUTH]: auth } = client;
  const started = Date.now();
  let body: string | undefined;
  const headers: Record<string, string> = { ...extraHeaders, Accept: 'application/json', 'User-Agent': client.userAgent };
  if (call.json !== undefined) {
    body = JSON.stringify(call.json);
    headers['Content-Type'] = 'application/json';
  } else if (call.form !== undefined) {
    body = new URLSearchParams(compact(call.form)).toString();
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
  }
  logger.debug(`${call.operation}: ${call.method} ${exchange.url}`);
  for (let attempt = 1; ; attempt++) {
    try {
      // One attempt per ky call: the loop owns the retry policy, and every attempt gets a fresh JWT.
      const response = await ky(exchange.url, {
        method: call.method,
        headers: { ...headers, [auth.header]: auth.value(await auth.token(Date.now())) },
        ...(body === undefined ? {} : { body }),
        ...(call.query ? { searchParams: compact(call.query) } : {}),
        ...(signal ? { signal } : {}),
        ...(client.fetch ? { fetch: client.fetch as typeof fetch } : {}),
        timeout,
        retry: 0,
      });
      const result = await readResult(response, call.operation);
      logger.debug(`${call.operation}: HTTP ${response.status} in ${Date.now() - started} ms`);
      return result as T;
    } catch (caught) {
      const error = await toOpenTokError(caught, exchange);
      const wait = retryDelay(error, call.method, attempt, retry);
      if (wait === undefined) {
        logger.warn(error.message);
        throw error;
      }
      logger.warn(`${call.operation}: retry ${attempt} of ${retry.retries} in ${wait} ms after ${error.message}`);
      await pause(wait, signal);
    }
  }
}
