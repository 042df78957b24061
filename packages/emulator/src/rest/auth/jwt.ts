/** Clock skew tolerated on the times of a REST auth JWT (`iat`, `exp`, `nbf`), in seconds, for both kinds. */
export const AUTH_CLOCK_SKEW_S = 30;

/** A compact JWS split into its parts, header and claims decoded (nothing verified yet). */
export interface DecodedJwt {
  /** `header.payload`, the bytes the signature covers. */
  readonly signingInput: string;
  readonly header: Record<string, unknown>;
  readonly claims: Record<string, unknown>;
  readonly signature: Uint8Array<ArrayBuffer>;
}

/** base64url alphabet → 6-bit values (255: not in the alphabet). */
const SEXTETS = new Uint8Array(128).fill(255);
for (let i = 0; i < 64; i++) SEXTETS['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.charCodeAt(i)] = i;

/** The bytes of unpadded base64url text, or undefined when it is not base64url (a table decoder: no regex, no atob). */
function base64urlBytes(part: string): Uint8Array<ArrayBuffer> | undefined {
  const length = part.length;
  if (length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < length; i++) {
    const code = part.charCodeAt(i);
    const value = code < 128 ? SEXTETS[code]! : 255;
    if (value === 255) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function jsonPart(part: string): Record<string, unknown> | undefined {
  const bytes = base64urlBytes(part);
  if (bytes === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(utf8.decode(bytes));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Splits and decodes a compact JWS. `refuse` is called (and must throw) with the failed check,
 * phrased with `name`, the header that carried it.
 */
export function decodeJwt(token: string, name: string, refuse: (check: string) => never): DecodedJwt {
  const parts = token.trim().split('.');
  if (parts.length !== 3) refuse(`${name} is not a JWT (expected three dot-separated parts)`);
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = jsonPart(headerPart);
  const claims = jsonPart(payloadPart);
  const signature = base64urlBytes(signaturePart);
  if (header === undefined || claims === undefined || signature === undefined) refuse(`${name} is not a well-formed JWT`);
  return { signingInput: `${headerPart}.${payloadPart}`, header, claims, signature };
}

/** The value of a numeric claim: undefined when absent, a finite number, or `refuse` naming the claim. */
export function numericClaim(claims: Record<string, unknown>, name: string, refuse: (check: string) => never): number | undefined {
  const value = claims[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) refuse(`the JWT ${name} claim must be a number`);
  return value;
}
