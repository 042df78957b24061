import { checkInteger, checkParams, invalid } from '../validation/checks.js';

/** Per-call options every operation accepts as its last argument. */
export interface RequestOptions {
  /** Cancels the request (and any pending retry), at any moment, the answer's body included. */
  readonly signal?: AbortSignal | undefined;
  /** This call's timeout in ms per attempt (the body included), replacing the client's. */
  readonly timeout?: number | undefined;
  /** Extra request headers (authentication headers cannot be overridden). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

const RESERVED_HEADERS = ['x-opentok-auth', 'authorization', 'x-tb-partner-auth'];
/** RFC 9110 `token`. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Visible Latin-1 and tabs: no CR, LF or NUL (which would split or end the header), nothing a header cannot carry. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Checks per-call options before any I/O. */
export function checkRequestOptions(options: unknown): RequestOptions {
  if (options === undefined) return {};
  const { signal, timeout, headers } = checkParams(options as RequestOptions, 'options', ['signal', 'timeout', 'headers']);
  if (signal !== undefined && !(signal instanceof AbortSignal)) invalid('options.signal', 'must be an AbortSignal', signal);
  checkInteger(timeout, 'options.timeout', 1, 2_147_483_647);
  for (const [name, value] of Object.entries(headers === undefined ? {} : checkParams(headers, 'options.headers'))) {
    const parameter = `options.headers.${name}`;
    if (!HEADER_NAME.test(name)) invalid(parameter, "must be a header name (letters, digits and !#$%&'*+-.^_`|~)", undefined, true);
    if (typeof value !== 'string') invalid(parameter, 'must be a string', value);
    if (!HEADER_VALUE.test(value)) invalid(parameter, 'must be a header value without CR, LF or NUL, in Latin-1', undefined, true);
    if (RESERVED_HEADERS.includes(name.toLowerCase())) invalid(parameter, 'cannot be set: the client authenticates every request itself', undefined, true);
  }
  return options as RequestOptions;
}
