import type { WebCryptoKey } from '../credentials/web-crypto-key.js';

/** The hashes HMAC keys are imported for: SHA-256 (JWTs, callbacks) and SHA-1 (legacy T1 tokens). */
export type HmacHash = 'SHA-256' | 'SHA-1';

/** At most this many keys are kept; when full, the cache starts again (a few projects per process is the norm). */
const LIMIT = 64;
const encoder = /* @__PURE__ */ new TextEncoder();
const keys = /* @__PURE__ */ new Map<string, Promise<WebCryptoKey>>();

/**
 * The Web Crypto HMAC key for a secret, imported once and cached (bounded) for signing and verifying.
 * A failed import is not cached. The secret is kept only inside the cache, never in a message. The key is a real
 * `CryptoKey`; it is declared by its shape ({@link WebCryptoKey}) so that the declarations need no DOM lib.
 */
export function hmacKey(secret: string, hash: HmacHash = 'SHA-256'): Promise<WebCryptoKey> {
  const id = `${hash}:${secret}`;
  let key = keys.get(id);
  if (key === undefined) {
    if (keys.size >= LIMIT) keys.clear();
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash }, false, ['sign', 'verify']);
    keys.set(id, key);
    key.catch(() => keys.delete(id));
  }
  return key;
}

/** HMAC of `data` with the cached key of `secret`. */
export async function hmacSign(secret: string, data: Uint8Array<ArrayBuffer>, hash: HmacHash = 'SHA-256'): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', (await hmacKey(secret, hash)) as CryptoKey, data));
}
