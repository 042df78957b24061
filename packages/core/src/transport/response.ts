import type { ApiErrorBody } from '../errors/api-errors.js';
import { errorFromResponse } from '../errors/error-from-response.js';
import { OpenTokError } from '../errors/opentok-error.js';
import { AbortError, InvalidResponseError, NetworkError, TimeoutError } from '../errors/transport-errors.js';
import { isObject } from '../validation/json-object.js';
import type { ApiRequest } from './api-request.js';
import type { KyModule } from './load-ky.js';
import { BodyDeadline, type ReadLimits, readBody } from './read-body.js';
import { retryAfterMs } from './retry-after.js';
import { redact, safeCause } from './safe-cause.js';

/** What the request path knows when it reads an answer or a failure; as {@link ReadLimits}, how a success body is read. */
export interface Exchange extends ReadLimits {
  readonly call: ApiRequest;
  readonly url: string;
  readonly timeout: number;
  /** The success body limit (`maxResponseBytes`). */
  readonly limit: number;
  /** When the current attempt's time runs out (epoch ms). */
  deadline: number;
  /** The auth header values sent so far: cut out of anything an error keeps. */
  readonly secrets: string[];
  /** What a 401/403 should tell the caller to check. */
  readonly authHint: string;
}

/** An error body is kept up to this many bytes. */
const ERROR_BODY_LIMIT = 64 * 1024;

function parseBody(text: string): ApiErrorBody | string | undefined {
  if (text.length === 0) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) ? (parsed as ApiErrorBody) : text;
  } catch {
    return text;
  }
}

function timedOut({ call, url, timeout }: Exchange): TimeoutError {
  return new TimeoutError(`${call.operation} timed out after ${timeout} ms (${call.method} ${url}); raise the client's or the call's timeout`, timeout);
}

/** The parsed JSON of a success answer (`undefined` for an empty one); anything else is an {@link InvalidResponseError}. */
export async function readResult(response: Response, exchange: Exchange): Promise<unknown> {
  const { operation } = exchange.call;
  if (response.status === 204) return undefined;
  const { text, truncated } = await readBody(response, exchange);
  if (truncated) {
    throw new InvalidResponseError(
      `${operation} failed: the answer is larger than maxResponseBytes (${exchange.limit} bytes); raise the client's maxResponseBytes if this is expected`,
    );
  }
  if (text.length === 0) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!/[/+]json\b/i.test(type)) {
    throw new InvalidResponseError(`${operation} failed: expected a JSON answer from OpenTok but got ${type || 'no content type'} (HTTP ${response.status})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InvalidResponseError(`${operation} failed: OpenTok answered with malformed JSON (HTTP ${response.status})`);
  }
}

function redirectError({ call, url }: Exchange, response: Response): InvalidResponseError {
  const location = response.headers.get('location');
  let target = 'an unreadable location';
  try {
    if (location !== null) target = new URL(location, url).origin;
  } catch {
    // keep the generic wording: the location is not a URL
  }
  return new InvalidResponseError(
    `${call.operation} failed: the API answered with a redirect (HTTP ${response.status}) to ${target}; the OpenTok API never redirects, so it was not followed`,
  );
}

async function apiError(exchange: Exchange, response: Response): Promise<OpenTokError> {
  const { call, url } = exchange;
  const { status } = response;
  if ((status >= 300 && status < 400) || response.type === 'opaqueredirect') return redirectError(exchange, response);
  const { text, truncated } = await readBody(response, { ...exchange, limit: ERROR_BODY_LIMIT });
  const body = parseBody(text);
  return errorFromResponse(
    {
      operation: call.operation,
      status,
      method: call.method,
      url,
      requestId: response.headers.get('x-request-id') ?? response.headers.get('x-tb-request-id') ?? undefined,
      body,
      retryable: status === 408 || status === 429 || status >= 500,
      retryAfter: retryAfterMs(response.headers.get('retry-after')),
    },
    { 401: exchange.authHint, 403: exchange.authHint, ...call.hints },
    truncated,
  );
}

/**
 * Turns whatever a call threw (ky's errors, fetch's, an abort, the body reader's deadline) into the
 * SDK's typed error. Nothing that holds the request (and its auth header) is kept as a `cause`.
 */
export async function toOpenTokError(error: unknown, exchange: Exchange, ky: KyModule): Promise<OpenTokError> {
  const { call, url, timeout, signal, secrets } = exchange;
  try {
    if (error instanceof OpenTokError) return error;
    if (signal?.aborted) {
      const reason: unknown = signal.reason;
      if ((reason as Error | undefined)?.name === 'TimeoutError') {
        return new TimeoutError(`${call.operation} timed out: the caller's AbortSignal fired`, timeout, { cause: reason });
      }
      return new AbortError(`${call.operation} was aborted by the caller`, { cause: reason });
    }
    if (error instanceof ky.HTTPError) return await apiError(exchange, error.response);
    if (error instanceof ky.TimeoutError || error instanceof BodyDeadline) return timedOut(exchange);
    const detail = redact(error instanceof Error ? error.message : String(error), secrets);
    return new NetworkError(`${call.operation} could not reach OpenTok at ${url}: ${detail}`, { cause: safeCause(error, secrets) });
  } catch (failure) {
    // Reading the error body can fail the same ways (deadline, abort, dropped connection).
    return failure === error ? new NetworkError(`${call.operation} failed reading the answer from ${url}`) : toOpenTokError(failure, exchange, ky);
  }
}
