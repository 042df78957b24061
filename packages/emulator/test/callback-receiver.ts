/** An in-process callback receiver for `callbackFetch`, and an independent verifier of signed callbacks. */
import { createHash, createHmac } from 'node:crypto';

/** One POST the receiver got. */
export interface Received {
  readonly url: string;
  readonly headers: Headers;
  readonly body: string;
}

/**
 * An in-process receiver for `callbackFetch`: records every POST and answers with the next status of
 * `statuses` (then 200), or rejects like a refused connection for `'refuse'`.
 */
export function receiver(statuses: (number | 'refuse')[] = []): { fetch: (url: string, init: RequestInit) => Promise<Response>; received: Received[] } {
  const received: Received[] = [];
  return {
    received,
    async fetch(url, init) {
      const answer = statuses.shift() ?? 200;
      received.push({ url, headers: new Headers(init.headers), body: String(init.body) });
      if (answer === 'refuse') throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
      return new Response(null, { status: answer });
    },
  };
}

/**
 * Verifies a secure-callback `Authorization` header with node:crypto, independently of the emulator's Web
 * Crypto signer (spec: callbacks §6, §6.1): `Bearer ` + a compact JWS whose header is exactly
 * `{"alg":"HS256","typ":"JWT"}`, HMAC-SHA256 with the secret's UTF-8 bytes, and whose `payload_hash` is the hex
 * SHA-256 of the raw body. Returns the claims; throws naming the failed check.
 */
export function verifySignedCallback(authorization: string | null, body: string, secret: string): Record<string, unknown> {
  const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(authorization ?? '');
  if (match === null) throw new Error(`not "Bearer <JWT>": ${String(authorization)}`);
  const [, header, payload, signature] = match as unknown as [string, string, string, string];
  if (Buffer.from(header, 'base64url').toString('utf8') !== '{"alg":"HS256","typ":"JWT"}') throw new Error('unexpected JWT header');
  if (createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${header}.${payload}`).digest('base64url') !== signature) throw new Error('bad signature');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  if (claims['payload_hash'] !== createHash('sha256').update(Buffer.from(body, 'utf8')).digest('hex')) throw new Error('payload_hash does not match the body');
  return claims;
}
