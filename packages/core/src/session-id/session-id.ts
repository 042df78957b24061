import { decode as base64urlDecode, encode as base64urlEncode } from 'jose/base64url';
import { ValidationError } from '../errors/validation-error.js';
import { checkParams } from '../validation/checks.js';

/** The fields of an OpenTok session ID (`1_MX4…`), per the real service's `~`-separated record. */
export interface DecodedSessionId {
  /** The leading format digit (`1`, sometimes `2`). */
  readonly version: string;
  /** The API key (or Vonage application ID) the session belongs to. */
  readonly apiKey: string;
  /** The location hint (an IPv4 address), or `''` when none was given. */
  readonly location: string;
  /** Creation time as the service wrote it: epoch milliseconds in new IDs, a date string in old ones. */
  readonly createdAt: string;
  /** The random part. */
  readonly random: string;
  /** Every `~`-separated field, as decoded. */
  readonly fields: readonly string[];
}

/** What {@link encodeSessionId} needs to build a session ID. */
export interface EncodeSessionIdParams {
  readonly apiKey: string;
  readonly location?: string;
  /** Epoch milliseconds; defaults to now. */
  readonly createdAt?: number | string;
  /** The random part; defaults to 24 random URL-safe characters. */
  readonly random?: string;
}

function invalid(sessionId: unknown, rule: string): ValidationError {
  return new ValidationError({ parameter: 'sessionId', rule, value: sessionId });
}

/**
 * Decodes a session ID the way the official SDKs do before minting a token: everything after the
 * two-character prefix is URL-safe base64 (padding optional, stray characters ignored) of a
 * `~`-separated record whose second field is the API key.
 *
 * @throws {ValidationError} when the ID is not a string, does not decode, or has no API key field.
 * @example
 * ```ts
 * import { decodeSessionId } from '@opentok/core';
 * const { apiKey, location } = decodeSessionId(sessionId);
 * ```
 */
export function decodeSessionId(sessionId: string): DecodedSessionId {
  if (typeof sessionId !== 'string' || sessionId.length === 0) throw invalid(sessionId, 'must be a non-empty string');
  if (!/^[12]_/.test(sessionId)) throw invalid(sessionId, 'must start with "1_" or "2_"');
  const payload = sessionId
    .slice(2)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/[^A-Za-z0-9_-]/g, '');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(base64urlDecode(payload));
  } catch (cause) {
    throw Object.assign(invalid(sessionId, 'is not a valid OpenTok session ID (its payload is not base64url-encoded UTF-8)'), { cause });
  }
  const fields = text.split('~');
  const [version = '', apiKey = '', location = '', createdAt = '', random = ''] = fields;
  if (fields.length < 3 || apiKey.length === 0) {
    throw invalid(sessionId, 'is not a valid OpenTok session ID (it names no API key)');
  }
  return { version, apiKey, location, createdAt, random, fields };
}

function randomPart(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return base64urlEncode(bytes);
}

/**
 * Builds a session ID in the service's format: `"1_" + base64url("1~key~location~created~random~~")`.
 * Used by the emulator and by tests; real sessions come from `createSession`.
 *
 * @throws {ValidationError} when `apiKey` is empty, a field contains `~`, or a key is not one of these four.
 * @example
 * ```ts
 * import { encodeSessionId } from '@opentok/core';
 * const sessionId = encodeSessionId({ apiKey: '12345678' });
 * ```
 */
export function encodeSessionId(params: EncodeSessionIdParams): string {
  const { apiKey, location = '', createdAt = Date.now(), random = randomPart() } = checkParams(params, 'params', ['apiKey', 'location', 'createdAt', 'random']);
  const fields: Record<string, unknown> = { apiKey, location, createdAt: String(createdAt), random };
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value !== 'string' || value.includes('~')) {
      throw new ValidationError({ parameter: name, rule: 'must be a string without "~"', value });
    }
  }
  if (apiKey.length === 0) throw new ValidationError({ parameter: 'apiKey', rule: 'must be a non-empty string', value: apiKey });
  return `1_${base64urlEncode(`1~${apiKey}~${location}~${String(createdAt)}~${random}~~`)}`;
}
