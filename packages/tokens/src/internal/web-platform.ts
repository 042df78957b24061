import { hmacSign } from '@opentok/core/kernel';
import { encode as base64urlEncode } from 'jose/base64url';
import type { Platform } from './platform.js';

const encoder = new TextEncoder();

/** Web Crypto and jose's base64url: runs unchanged in Workers, Deno, Bun, browsers and Node. */
export const webPlatform: Platform = {
  hs256: async (secret, data) => base64urlEncode(await hmacSign(secret, encoder.encode(data))),
  rs256: async (key, data) => base64urlEncode(new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, encoder.encode(data)))),
  sha1Hex: async (secret, data) => {
    let hex = '';
    for (const byte of await hmacSign(secret, encoder.encode(data), 'SHA-1')) hex += (byte < 16 ? '0' : '') + byte.toString(16);
    return hex;
  },
  base64url: (text) => base64urlEncode(text),
  base64: (text) => {
    const url = base64urlEncode(text).replace(/-/g, '+').replace(/_/g, '/');
    return url + '='.repeat(-url.length & 3);
  },
  nonce: () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32,
};
