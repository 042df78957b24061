import type { Credentials } from './credentials.js';

/** A log line's level. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Where the client reports what it does (one line per request, retries, failures). Silent by
 * default; pass `console` to see everything. Log lines never contain the secret or auth headers.
 */
export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** How failed idempotent requests are repeated. */
export interface RetryOptions {
  /** How many times a request may be repeated (default 2; 0 disables retries). */
  readonly retries: number;
  /** The first backoff in ms; each retry doubles it, with full jitter (default 500). */
  readonly baseDelay: number;
  /** The longest wait between attempts in ms, including a server's `Retry-After` (default 30 000). */
  readonly maxDelay: number;
}

/** The `fetch` the client calls: the global one by default, or the emulator's, or any compatible function. */
export type FetchFunction = (input: Request, init?: RequestInit) => Promise<Response>;

/** Everything `createClient` accepts. Key, secret and URL fall back to `OPENTOK_API_KEY`, `OPENTOK_API_SECRET`, `OPENTOK_API_URL`. */
export interface ClientConfig extends Partial<Credentials> {
  /** Base URL of the OpenTok REST API (default `https://api.opentok.com`). */
  readonly apiUrl?: string;
  /** Per-request timeout in ms (default 20 000). */
  readonly timeout?: number;
  /** Retries for idempotent requests: a number of retries (`0` disables) or detailed options. */
  readonly retry?: number | Partial<RetryOptions>;
  /** The fetch implementation (default: the global `fetch`). */
  readonly fetch?: FetchFunction;
  /** Appended to the `User-Agent` header, e.g. `my-app/1.2.0`. */
  readonly userAgent?: string;
  /** Receives log lines; silent by default. */
  readonly logger?: Logger;
}

/** What `client.with()` may change. */
export type ClientOverrides = Omit<ClientConfig, 'apiKey' | 'apiSecret'> & Partial<Credentials>;

/** The resolved, frozen settings of a client (the secret is deliberately not among them). */
export interface ResolvedConfig {
  readonly apiKey: string;
  readonly apiUrl: string;
  readonly timeout: number;
  readonly retry: RetryOptions;
  /** The full `User-Agent` header value. */
  readonly userAgent: string;
  readonly logger: Logger;
  readonly fetch: FetchFunction | undefined;
}
