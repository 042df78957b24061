import { encode as base64urlEncode } from 'jose/base64url';
import type { Platform } from './platform.js';

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

/** Imported HMAC keys, cached per hash and secret (bounded, so many projects cannot grow it forever). */
function hmacKey(hash: 'SHA-1' | 'SHA-256', secret: string): Promise<CryptoKey> {
  const id = hash + ':' + secret;
  let key = keys.get(id);
  if (key === undefined) {
    if (keys.size >= 64) keys.clear();
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash }, false, ['sign']);
    keys.set(id, key);
  }
  return key;
}

async function hmac(hash: 'SHA-1' | 'SHA-256', secret: string, data: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(hash, secret), encoder.encode(data)));
}

/** Web Crypto and jose's base64url: runs unchanged in Workers, Deno, Bun, browsers and Node. */
export const webPlatform: Platform = {
  hs256: async (secret, data) => base64urlEncode(await hmac('SHA-256', secret, data)),
  rs256: async (key, data) => base64urlEncode(new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, encoder.encode(data)))),
  sha1Hex: async (secret, data) => {
    let hex = '';
    for (const byte of await hmac('SHA-1', secret, data)) hex += (byte < 16 ? '0' : '') + byte.toString(16);
    return hex;
  },
  base64url: (text) => base64urlEncode(text),
  base64: (text) => {
    const url = base64urlEncode(text).replace(/-/g, '+').replace(/_/g, '/');
    return url + '='.repeat(-url.length & 3);
  },
  nonce: () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32,
};
