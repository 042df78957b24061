import { ValidationError } from '../errors/validation-error.js';

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
  if (options === null || typeof options !== 'object') {
    throw new ValidationError({ parameter: 'options', rule: 'must be an object { signal?, timeout?, headers? }', value: options });
  }
  const { signal, timeout, headers } = options as RequestOptions;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || typeof signal.aborted !== 'boolean')) {
    throw new ValidationError({ parameter: 'options.signal', rule: 'must be an AbortSignal', value: signal });
  }
  if (timeout !== undefined && (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout <= 0 || timeout > 2_147_483_647)) {
    throw new ValidationError({ parameter: 'options.timeout', rule: 'must be a positive integer number of milliseconds', value: timeout });
  }
  if (headers !== undefined) {
    if (headers === null || typeof headers !== 'object') {
      throw new ValidationError({ parameter: 'options.headers', rule: 'must be an object of header names to string values', value: headers });
    }
    for (const [name, value] of Object.entries(headers)) {
      if (typeof value !== 'string') {
        throw new ValidationError({ parameter: `options.headers.${name}`, rule: 'must be a string', value });
      }
      if (RESERVED_HEADERS.has(name.toLowerCase())) {
        throw new ValidationError({ parameter: `options.headers.${name}`, rule: 'cannot be set: the client authenticates every request itself', redact: true });
      }
    }
  }
  return options as RequestOptions;
}
