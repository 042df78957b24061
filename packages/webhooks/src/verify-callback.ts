import { checkParams, invalid, type JsonObject } from '@opentok/core/kernel';
import type { CallbackEvent } from './callback-event.js';
import { readBody, utf8Bytes } from './internal/json-object.js';
import { sha256Hex } from './internal/sha256-hex.js';
import { verifyHs256 } from './internal/verify-hs256.js';
import { refuse } from './invalid-callback-error.js';
import { toEvent } from './parse-callback.js';

/** A received callback request: its headers and its **raw** body, exactly the bytes that arrived. */
export interface SignedCallbackRequest {
  /** A `Headers` object, or a record such as Node's `IncomingMessage.headers` (names in any case). */
  readonly headers: Headers | Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The raw body as bytes or text, before any JSON parser: the payload hash covers these exact bytes. */
  readonly body: string | Uint8Array;
}

/** Options of {@link verifyCallback}. */
export interface VerifyCallbackOptions {
  /**
   * The signature secret of this callback type, as set in the account portal or dashboard (each type has its
   * own). Several secrets are tried in order, e.g. the new and the old one while a change takes effect (up to 30 minutes).
   */
  readonly signatureSecret: string | readonly string[];
  /** How old a token's `iat` may be, in seconds. Default 300. */
  readonly maxAge?: number;
  /** Refuse tokens without a `payload_hash` claim (their body is not covered by the signature). Default `false`. */
  readonly requirePayloadHash?: boolean;
  /** Test-only: the current time in epoch milliseconds. Default `Date.now()`. */
  readonly now?: number;
}

/** Clock skew tolerated between the service and this server, in seconds, on every time check. */
const LEEWAY = 30;

function checkOptions(options: VerifyCallbackOptions): { secrets: readonly string[]; maxAge: number; requirePayloadHash: boolean; now: number } {
  // The options hold the signature secret: a string passed in their place may be the secret itself, never shown.
  checkParams(options, 'options', ['signatureSecret', 'maxAge', 'requirePayloadHash', 'now'], true);
  const { signatureSecret, maxAge = 300, requirePayloadHash = false, now = Date.now() } = options;
  const secrets: readonly unknown[] = [signatureSecret].flat();
  if (secrets.length === 0 || !secrets.every((secret) => typeof secret === 'string' && secret !== '')) {
    invalid('signatureSecret', 'must be a non-empty string or array', undefined, true);
  }
  if (!(Number.isFinite(maxAge) && maxAge >= 0)) invalid('maxAge', 'must be a non-negative number', maxAge);
  if (typeof requirePayloadHash !== 'boolean') invalid('requirePayloadHash', 'must be a boolean', requirePayloadHash);
  if (!Number.isFinite(now)) invalid('now', 'must be epoch milliseconds', now);
  return { secrets: secrets as string[], maxAge, requirePayloadHash, now };
}

/** The `Authorization` value of either kind of headers, without a `Bearer ` prefix. */
function bearerToken(headers: SignedCallbackRequest['headers']): string {
  let value: unknown;
  if (typeof headers.get === 'function') {
    value = (headers as Headers).get('authorization');
  } else {
    for (const [name, field] of Object.entries(headers)) if (name.toLowerCase() === 'authorization') value = field;
  }
  if (Array.isArray(value)) value = value[0]; // a repeated header: the first, as Node keeps for Authorization
  const token = typeof value === 'string' ? value.trim().replace(/^bearer(?:\s+|$)/i, '') : '';
  return token === '' ? refuse('missing-signature', 'no Authorization header') : token;
}

/** A time claim in seconds; an absent one reads as NaN, which fails every comparison below. */
function timeClaim(claims: JsonObject, name: string): number {
  const value = claims[name];
  if (value === undefined) return NaN;
  return typeof value === 'number' ? value : refuse('invalid-claims', `${name} must be a number of seconds`);
}

/** Freshness: `exp` when present, and `iat` at most `maxAge` old and not ahead, each give or take {@link LEEWAY}. */
function checkTimes(claims: JsonObject, maxAge: number, now: number): void {
  const seconds = now / 1000;
  const iat = timeClaim(claims, 'iat');
  const exp = timeClaim(claims, 'exp');
  if (Number.isNaN(iat) && Number.isNaN(exp)) refuse('invalid-claims', 'neither iat nor exp');
  if (iat > seconds + LEEWAY) refuse('not-yet-valid', `iat ${iat} is in the future`);
  if (seconds >= exp + LEEWAY) refuse('expired', `exp ${exp} has passed`);
  if (seconds - iat > maxAge + LEEWAY) refuse('expired', `iat ${iat} is over ${maxAge} s old`);
}

/** Checks `payload_hash` against the raw bytes, or else their compact re-serialisation; returns the body's JSON. */
async function checkPayload(claims: JsonObject, bytes: Uint8Array<ArrayBuffer>, requirePayloadHash: boolean): Promise<JsonObject> {
  const hash = claims['payload_hash'];
  if (hash === undefined) return requirePayloadHash ? refuse('missing-payload-hash', 'no payload_hash') : readBody(bytes);
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/i.test(hash)) refuse('invalid-claims', 'payload_hash must be 64 hex digits');
  const expected = hash.toLowerCase();
  if ((await sha256Hex(bytes)) === expected) return readBody(bytes);
  let json: JsonObject | undefined;
  try {
    json = readBody(bytes);
  } catch {
    // Not JSON: there is no compact form to compare either.
  }
  if (json === undefined || (await sha256Hex(utf8Bytes(JSON.stringify(json)))) !== expected) {
    refuse('payload-mismatch', 'the body does not match payload_hash');
  }
  return json;
}

/**
 * Verifies a signed ("secure") callback and returns its event. Checks, in order: the `Authorization` header
 * holds a JWT (an optional `Bearer ` prefix is removed) whose `alg` is exactly HS256 and whose HMAC matches the
 * signature secret; its `exp` when present, and that `iat` is at most `maxAge` seconds old and not in the
 * future (30 s of clock skew allowed each way); when the token has a `payload_hash`, that it is the SHA-256
 * of the raw body (or, as senders that hash the compact JSON need, of the body's compact re-serialisation).
 * Then the body is read with `parseCallback`'s rules.
 *
 * @param request - A fetch `Request` (its body is read), or the headers and the raw body of the request.
 * @param options - The signature secret(s), `maxAge` and `requirePayloadHash`; see {@link VerifyCallbackOptions}.
 * @returns The event, as `parseCallback` returns it.
 * @throws {InvalidCallbackError} for anything wrong with the callback; `error.reason` says which check failed
 * (`missing-signature`, `malformed-token`, `unsupported-algorithm`, `bad-signature`, `expired`, `not-yet-valid`,
 * `invalid-claims`, `missing-payload-hash`, `payload-mismatch`, `malformed-body`, `invalid-payload`).
 * @throws {ValidationError} (from `@opentok/core`) when the options are unusable (no secret, a negative
 * `maxAge`, …) or the body is not raw text or bytes; the secret is never shown.
 * @example
 * ```ts
 * import { verifyCallback } from '@opentok/webhooks';
 * export default {
 *   async fetch(request: Request, env: { ARCHIVE_SECRET: string }) {
 *     const event = await verifyCallback(request, { signatureSecret: env.ARCHIVE_SECRET });
 *     if (event.kind === 'archive' && event.status === 'available') console.log('download', event.url);
 *     return new Response(null, { status: 200 });
 *   },
 * };
 * ```
 */
export async function verifyCallback(request: Request | SignedCallbackRequest, options: VerifyCallbackOptions): Promise<CallbackEvent> {
  const { secrets, maxAge, requirePayloadHash, now } = checkOptions(options);
  if (typeof request?.headers !== 'object' || request.headers === null) invalid('request', 'must be a Request or { headers, body }', request);
  const token = bearerToken(request.headers);
  let bytes: Uint8Array<ArrayBuffer>;
  if (request instanceof Request) {
    if (request.bodyUsed) invalid('request', 'must have an unread body', request);
    bytes = new Uint8Array(await request.arrayBuffer());
  } else {
    const { body } = request as SignedCallbackRequest;
    if (typeof body !== 'string' && !(body instanceof Uint8Array)) {
      invalid('request.body', 'must be the raw body: a string or Uint8Array', body);
    }
    // A copy: the caller's array may live on a SharedArrayBuffer or change while the checks await.
    bytes = typeof body === 'string' ? utf8Bytes(body) : new Uint8Array(body);
  }
  const claims = await verifyHs256(token, secrets);
  checkTimes(claims, maxAge, now);
  return toEvent(await checkPayload(claims, bytes, requirePayloadHash));
}
