import { type OpenTokClient, REST_AUTH } from '../client/create-client.js';
import { compact } from '../compact.js';
import { OpenTokError } from '../errors/opentok-error.js';
import { checkClient } from '../project-path.js';
import type { ApiRequest } from './api-request.js';
import { loadKy } from './load-ky.js';
import { LocalFailure, local } from './local-failure.js';
import { checkRequestOptions, type RequestOptions } from './request-options.js';
import { type Exchange, readResult, toOpenTokError } from './response.js';
import { retryOptions } from './retry-options.js';

const AUTH_HINTS = {
  project: 'the API key or secret was refused; check OPENTOK_API_KEY and OPENTOK_API_SECRET',
  application: 'the application ID or private key was refused; check VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY',
} as const;

/**
 * Sends one authenticated REST request and returns the parsed JSON answer (`undefined` for an
 * empty one). Every resource package goes through here. ky does the exchange and the retries (its
 * `retry` options and hooks: a fresh auth JWT per attempt, `X-OPENTOK-AUTH` or `Authorization: Bearer`
 * by the client's kind of credentials); this function adds the `User-Agent`, `Accept: application/json`,
 * a timeout per attempt that covers the body too, a bounded body read, no redirects, logging, and
 * turns every failure into a typed `OpenTokError` that holds no credential.
 */
export async function request<T>(client: OpenTokClient, call: ApiRequest, options?: RequestOptions): Promise<T> {
  checkClient(client);
  const { signal, timeout = client.timeout, headers: extraHeaders } = checkRequestOptions(options);
  const { logger, retry, [REST_AUTH]: auth } = client;
  const exchange: Exchange = {
    call,
    url: `${client.apiUrl}${call.path}`,
    timeout,
    signal,
    limit: client.maxResponseBytes,
    deadline: Date.now() + timeout,
    secrets: [],
    authHint: AUTH_HINTS[client.credentialKind],
  };
  const started = Date.now();
  let body: string | null = null;
  const headers: Record<string, string> = { ...extraHeaders, Accept: 'application/json', 'User-Agent': client.userAgent };
  if (call.json !== undefined) {
    body = JSON.stringify(call.json);
    headers['Content-Type'] = 'application/json';
  } else if (call.form !== undefined) {
    body = new URLSearchParams(compact(call.form) as Record<string, string>).toString();
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
  }
  logger.debug(`${call.operation}: ${call.method} ${exchange.url}`);
  const ky = await loadKy();
  const send = ky.default;
  try {
    const response = await send(exchange.url, {
      method: call.method,
      headers,
      // ky takes an undefined or null option as one not given.
      body,
      searchParams: call.query && compact(call.query),
      signal: signal ?? null,
      fetch: client.fetch as typeof fetch,
      timeout,
      // The OpenTok API never redirects; following one would hand the auth header (and a POST body) to another origin.
      redirect: 'manual',
      retry: retryOptions(retry, call.method, signal),
      hooks: {
        beforeRequest: [
          local(async (attempt) => {
            exchange.deadline = Date.now() + timeout;
            const token = await auth.token(Date.now());
            exchange.secrets.push(token);
            attempt.headers.set(auth.header, auth.value(token));
          }),
        ],
        beforeRetry: [
          local(({ error, retryCount }) => {
            const { response } = error as { response?: Response };
            void response?.body?.cancel().catch(() => undefined);
            logger.warn(`${call.operation}: retry ${retryCount} of ${retry.retries} after ${response ? `HTTP ${response.status}` : 'a network error'}`);
          }),
        ],
      },
    });
    const result = await readResult(response, exchange);
    logger.debug(`${call.operation}: HTTP ${response.status} in ${Date.now() - started} ms`);
    return result as T;
  } catch (caught) {
    const failure = caught instanceof LocalFailure ? caught.cause : caught;
    // Our own work failed (signing, logging): the caller gets that error as it is, never a NetworkError.
    if (failure !== caught && !(failure instanceof OpenTokError)) throw failure;
    const error = await toOpenTokError(failure, exchange, ky);
    logger.warn(error.message);
    throw error;
  }
}
