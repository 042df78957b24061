import ky, { HTTPError, TimeoutError as KyTimeoutError } from 'ky';
import { createRestAuthToken } from '../auth/rest-auth-token.js';
import type { OpenTokClient } from '../client/create-client.js';
import type { ApiErrorBody, HttpMethod } from '../errors/api-errors.js';
import { errorFromResponse, type ErrorHints } from '../errors/error-from-response.js';
import { OpenTokError } from '../errors/opentok-error.js';
import { AbortError, InvalidResponseError, NetworkError, TimeoutError } from '../errors/transport-errors.js';
import { checkClient } from '../project-path.js';
import { checkRequestOptions, type RequestOptions } from './request-options.js';
import { retryPolicy } from './retry-policy.js';

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

function parseBody(text: string): ApiErrorBody | string | undefined {
  if (text.length === 0) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as ApiErrorBody) : text;
  } catch {
    return text;
  }
}

function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  const ms = Number.isNaN(seconds) ? Date.parse(value) - Date.now() : seconds * 1000;
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

async function readResult(response: Response, operation: string): Promise<unknown> {
  const text = await response.text();
  if (response.status === 204 || text.length === 0) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!/[/+]json\b/i.test(type)) {
    throw new InvalidResponseError(`${operation} failed: expected a JSON answer from OpenTok but got ${type || 'no content type'} (HTTP ${response.status})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new InvalidResponseError(`${operation} failed: OpenTok answered with malformed JSON (HTTP ${response.status})`, { cause });
  }
}

async function translate(error: unknown, call: ApiRequest, url: string, timeout: number, signal: AbortSignal | undefined): Promise<Error> {
  if (error instanceof OpenTokError) return error;
  if (error instanceof HTTPError) {
    const { response } = error;
    const body = parseBody(await response.text().catch(() => ''));
    const status = response.status;
    const retryable = status === 408 || status === 429 || status >= 500;
    const requestId = response.headers.get('x-request-id') ?? response.headers.get('x-tb-request-id') ?? undefined;
    return errorFromResponse({ operation: call.operation, status, method: call.method, url, requestId, body, retryable }, call.hints, retryAfterMs(response));
  }
  if (signal?.aborted) {
    const reason: unknown = signal.reason;
    if ((reason as Error | undefined)?.name === 'TimeoutError') {
      return new TimeoutError(`${call.operation} timed out: the caller's AbortSignal fired`, timeout, { cause: reason });
    }
    return new AbortError(`${call.operation} was aborted by the caller`, { cause: reason });
  }
  if (error instanceof KyTimeoutError) {
    return new TimeoutError(`${call.operation} timed out after ${timeout} ms (${call.method} ${url}); raise the client's or the call's timeout`, timeout, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new NetworkError(`${call.operation} could not reach OpenTok at ${url}: ${detail}`, { cause: error });
}

/**
 * Sends one authenticated REST request and returns the parsed JSON answer (`undefined` for an
 * empty one). Every resource package goes through here: it adds a fresh `X-OPENTOK-AUTH` JWT, the
 * `User-Agent`, `Accept: application/json`, timeouts, abort, retries, logging, and turns every
 * failure into a typed {@link OpenTokError}.
 */
export async function request<T>(client: OpenTokClient, call: ApiRequest, options?: RequestOptions): Promise<T> {
  checkClient(client);
  const { signal, timeout = client.timeout, headers: extraHeaders } = checkRequestOptions(options);
  const url = `${client.apiUrl}${call.path}`;
  const { logger } = client;
  const started = Date.now();
  const authorise = async (req: Request) => {
    req.headers.set('X-OPENTOK-AUTH', await createRestAuthToken(client));
  };
  let body: string | undefined;
  const headers: Record<string, string> = { ...extraHeaders, Accept: 'application/json', 'User-Agent': client.userAgent };
  if (call.json !== undefined) {
    body = JSON.stringify(call.json);
    headers['Content-Type'] = 'application/json';
  } else if (call.form !== undefined) {
    body = new URLSearchParams(compact(call.form)).toString();
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
  }
  logger.debug(`${call.operation}: ${call.method} ${url}`);
  try {
    const response = await ky(url, {
      method: call.method,
      headers,
      ...(body === undefined ? {} : { body }),
      ...(call.query ? { searchParams: compact(call.query) } : {}),
      ...(signal ? { signal } : {}),
      ...(client.fetch ? { fetch: client.fetch as typeof fetch } : {}),
      timeout,
      retry: retryPolicy(call.method, client.retry),
      hooks: {
        beforeRequest: [authorise],
        beforeRetry: [
          async ({ request: req, retryCount, error }) => {
            logger.warn(`${call.operation}: retry ${retryCount} of ${client.retry.retries} after ${error.message.split(':')[0]}`);
            await authorise(req);
          },
        ],
      },
    });
    const result = await readResult(response, call.operation);
    logger.debug(`${call.operation}: HTTP ${response.status} in ${Date.now() - started} ms`);
    return result as T;
  } catch (error) {
    const translated = await translate(error, call, url, timeout, signal);
    logger.warn(translated.message);
    throw translated;
  }
}
