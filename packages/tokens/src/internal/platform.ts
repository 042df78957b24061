/**
 * The few primitives whose fastest implementation differs by runtime. The default build binds the
 * Web Crypto module (`web-platform.ts`); the `node` export condition binds `node-platform.ts`.
 */
export interface Platform {
  /** The JWT signature: base64url (no padding) of HMAC-SHA256(secret, data). */
  readonly hs256: (secret: string, data: string) => Promise<string>;
  /** The RS256 JWT signature: base64url (no padding) of RSASSA-PKCS1-v1_5 SHA-256 over `data` with `key`. */
  readonly rs256: (key: CryptoKey, data: string) => Promise<string>;
  /** The T1 signature: lower-case hex of HMAC-SHA1(secret, data). */
  readonly sha1Hex: (secret: string, data: string) => Promise<string>;
  /** UTF-8 bytes of `text` as base64url without padding. */
  readonly base64url: (text: string) => string;
  /** UTF-8 bytes of `text` as standard base64 with padding. */
  readonly base64: (text: string) => string;
  /** A random float in [0, 1) from the CSPRNG, shaped like opentok-node's `Math.random()` nonce. */
  readonly nonce: () => number;
}
