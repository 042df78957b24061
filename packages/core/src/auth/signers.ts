import { hmacSign } from '../crypto/hmac-key.js';

/**
 * The two signatures REST auth needs, on Web Crypto: runs unchanged in every runtime. The `node`
 * export condition swaps in `signers.node.ts` (node:crypto), the same functions without Web Crypto's
 * promise and thread-pool hop per call.
 */
export interface Signers {
  /** HMAC-SHA256 of `input` with the API secret (the imported key is cached: `crypto/hmac-key.ts`). */
  hs256(secret: string): (input: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>;
  /** RSASSA-PKCS1-v1_5 SHA-256 of `input` with an imported private key. */
  rs256(key: CryptoKey, input: Uint8Array<ArrayBuffer>): Promise<Uint8Array>;
}

export const signers: Signers = {
  hs256: (secret) => (input) => hmacSign(secret, input),
  rs256: async (key, input) => new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, input)),
};
