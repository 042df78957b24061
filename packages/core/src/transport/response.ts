import { HTTPError, TimeoutError as KyTimeoutError } from 'ky';
import type { ApiErrorBody } from '../errors/api-errors.js';
import { errorFromResponse } from '../errors/error-from-response.js';
import { OpenTokError } from '../errors/opentok-error.js';
import { AbortError, InvalidResponseError, NetworkError, TimeoutError } from '../errors/transport-errors.js';
import type { ApiRequest } from './request.js';

/** What the request loop knows when it reads an answer or a failure. */
export interface Exchange {
  readonly call: ApiRequest;
  readonly url: string;
  readonly timeout: number;
  readonly signal: AbortSignal | undefined;
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

/** `Retry-After` in milliseconds: delta-seconds or an HTTP date; `undefined` when absent or unreadable. */
function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  const ms = Number.isNaN(seconds) ? Date.parse(value) - Date.now() : seconds * 1000;
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

/** The parsed JSON of a success answer (`undefined` for an empty one); anything else is an {@link InvalidResponseError}. */
export async function readResult(response: Response, operation: string): Promise<unknown> {
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

/** Turns whatever one attempt threw (ky's errors, fetch's, an abort) into the SDK's typed error. */
export async function toOpenTokError(error: unknown, { call, url, timeout, signal }: Exchange): Promise<OpenTokError> {
  if (error instanceof OpenTokError) return error;
  if (error instanceof HTTPError) {
    const { response } = error;
    const { status } = response;
    return errorFromResponse(
      {
        operation: call.operation,
        status,
        method: call.method,
        url,
        requestId: response.headers.get('x-request-id') ?? response.headers.get('x-tb-request-id') ?? undefined,
        body: parseBody(await response.text().catch(() => '')),
        retryable: status === 408 || status === 429 || status >= 500,
        retryAfter: retryAfterMs(response),
      },
      call.hints,
    );
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
