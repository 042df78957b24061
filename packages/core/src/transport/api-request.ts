import type { HttpMethod } from '../errors/api-errors.js';
import type { ErrorHints } from '../errors/error-from-response.js';

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
