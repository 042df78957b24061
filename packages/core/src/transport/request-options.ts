import { ValidationError } from '../errors/validation-error.js';
import { checkInteger, checkParams, invalid } from '../validation/checks.js';

/** Per-call options every operation accepts as its last argument. */
export interface RequestOptions {
  /** Cancels the request (and any pending retry). */
  readonly signal?: AbortSignal;
  /** This call's timeout in ms, replacing the client's. */
  readonly timeout?: number;
  /** Extra request headers (authentication headers cannot be overridden). */
  readonly headers?: Readonly<Record<string, string>>;
}

const RESERVED_HEADERS = new Set(['x-opentok-auth', 'authorization', 'x-tb-partner-auth']);

/** Checks per-call options before any I/O. */
export function checkRequestOptions(options: unknown): RequestOptions {
  if (options === undefined) return {};
  const { signal, timeout, headers } = checkParams(options as RequestOptions, 'options');
  if (signal !== undefined && typeof signal?.aborted !== 'boolean') invalid('options.signal', 'must be an AbortSignal', signal);
  checkInteger(timeout, 'options.timeout', 1, 2_147_483_647);
  for (const [name, value] of Object.entries(headers === undefined ? {} : checkParams(headers, 'options.headers'))) {
    if (typeof value !== 'string') invalid(`options.headers.${name}`, 'must be a string', value);
    if (RESERVED_HEADERS.has(name.toLowerCase())) {
      throw new ValidationError({ parameter: `options.headers.${name}`, rule: 'cannot be set: the client authenticates every request itself', redact: true });
    }
  }
  return options as RequestOptions;
}
