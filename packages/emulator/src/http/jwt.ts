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

/** The bytes of unpadded base64url text, or undefined when it is not base64url. */
function base64urlBytes(part: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) return undefined;
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (part.length % 4)) % 4);
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

function jsonPart(part: string): Record<string, unknown> | undefined {
  const bytes = base64urlBytes(part);
  if (bytes === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
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
