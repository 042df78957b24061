import type { CredentialKind } from '../credentials/credentials.js';
import type { PrivateKeyInput } from '../credentials/private-key.js';

/** A log line's level. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Where the client reports what it does (one line per request, retries, failures). Silent by
 * default; pass `console` to see everything. Log lines never contain a secret, a key or auth headers.
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

/** The settings of a client other than its credentials. */
export interface ClientSettings {
  /**
   * Base URL of the REST API. Default: `https://video.api.vonage.com` for application credentials,
   * `https://api.opentok.com` for project credentials; `OPENTOK_API_URL` overrides both.
   */
  readonly apiUrl?: string | undefined;
  /** Per-request timeout in ms (default 20 000). */
  readonly timeout?: number | undefined;
  /** Retries for idempotent requests: a number of retries (`0` disables) or detailed options. */
  readonly retry?: number | Partial<RetryOptions> | undefined;
  /** The fetch implementation (default: the global `fetch`). */
  readonly fetch?: FetchFunction | undefined;
  /** Appended to the `User-Agent` header, e.g. `my-app/1.2.0`. */
  readonly userAgent?: string | undefined;
  /** Receives log lines; silent by default. */
  readonly logger?: Logger | undefined;
  /** The largest success body read, in bytes (default 8 MiB); a larger one is an `InvalidResponseError`. */
  readonly maxResponseBytes?: number | undefined;
}

/** OpenTok project credentials in a config; each falls back to its environment variable. */
export interface ProjectCredentialFields {
  /** The project's API key (`OPENTOK_API_KEY`). */
  readonly apiKey?: string | undefined;
  /** The project's API secret (`OPENTOK_API_SECRET`). */
  readonly apiSecret?: string | undefined;
  readonly applicationId?: undefined;
  readonly privateKey?: undefined;
}

/** Vonage application credentials in a config; each falls back to its environment variable. */
export interface ApplicationCredentialFields {
  /** The application ID, a UUID (`VONAGE_APPLICATION_ID`). */
  readonly applicationId?: string | undefined;
  /** The application's private key: PEM text, its bytes or a `CryptoKey` (`VONAGE_PRIVATE_KEY`, PEM text; `\n` escapes accepted). */
  readonly privateKey?: PrivateKeyInput | undefined;
  readonly apiKey?: undefined;
  readonly apiSecret?: undefined;
}

/**
 * Everything `createClient` accepts: the settings plus credentials of one kind. Left-out credentials
 * come from the environment: `VONAGE_APPLICATION_ID` + `VONAGE_PRIVATE_KEY`, else `OPENTOK_API_KEY` +
 * `OPENTOK_API_SECRET`.
 */
export type ClientConfig = ClientSettings & (ApplicationCredentialFields | ProjectCredentialFields);

/** What `client.with()` may change; credentials given here replace the client's (of either kind). */
export type ClientOverrides = ClientConfig;

/** The resolved, frozen settings of a client. */
export interface ResolvedSettings {
  readonly apiUrl: string;
  readonly timeout: number;
  readonly retry: RetryOptions;
  /** The full `User-Agent` header value. */
  readonly userAgent: string;
  readonly logger: Logger;
  readonly fetch: FetchFunction | undefined;
  /** The largest success body read, in bytes. */
  readonly maxResponseBytes: number;
  /** Which kind of credentials the client holds. */
  readonly credentialKind: CredentialKind;
  /** What request paths carry after `/v2/project/`: the API key or the application ID. */
  readonly projectId: string;
}

/** A client's settings with the public part of its credentials (the secret and the private key are deliberately not among them). */
export type ResolvedConfig = ResolvedSettings &
  (
    | { readonly credentialKind: 'project'; readonly apiKey: string; readonly applicationId?: undefined }
    | { readonly credentialKind: 'application'; readonly applicationId: string; readonly apiKey?: undefined }
  );
