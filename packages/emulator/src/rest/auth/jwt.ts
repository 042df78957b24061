import { base64url, compactVerify, decodeJwt as decodeClaims, decodeProtectedHeader, errors } from 'jose';

/** Clock skew tolerated on the times of a REST auth JWT (`iat`, `exp`, `nbf`), in seconds, for both kinds. */
export const AUTH_CLOCK_SKEW_S = 30;

/** A compact JWS split into its parts, header and claims decoded by jose (nothing verified yet). */
export interface DecodedJwt {
  /** The token as received, without surrounding blanks. */
  readonly token: string;
  /** `header.payload`, the bytes the signature covers. */
  readonly signingInput: string;
  readonly header: Readonly<Record<string, unknown>>;
  readonly claims: Record<string, unknown>;
  /** The signature as sent: the third part, base64url text (decoded only when a check needs its bytes). */
  readonly signature: string;
  /** The header that carried it, as refusals name it. */
  readonly name: string;
}

/** How many decoded headers {@link JwtHeaders} keeps (emptied when full). */
const MAX_HEADERS = 64;

/**
 * Decoded JWT headers by their base64url text. A client sends the same header with every token (`{"alg":"HS256",
 * "typ":"JWT"}`), so with one of these per emulator each is decoded once.
 */
export class JwtHeaders {
  readonly #decoded = new Map<string, Readonly<Record<string, unknown>>>();

  /** The decoded header of `token`, whose first part is `text` (jose's `decodeProtectedHeader`, which may throw). */
  of(text: string, token: string): Readonly<Record<string, unknown>> {
    let header = this.#decoded.get(text);
    if (header === undefined) {
      header = decodeProtectedHeader(token);
      if (this.#decoded.size >= MAX_HEADERS) this.#decoded.clear();
      this.#decoded.set(text, header);
    }
    return header;
  }
}

/**
 * Splits a compact JWS and decodes its header (through `headers` when given) and claims with jose. `refuse` is
 * called (and must throw) with the failed check, phrased with `name`, the header that carried it.
 */
export function decodeJwt(value: string, name: string, refuse: (check: string) => never, headers?: JwtHeaders): DecodedJwt {
  const token = value.trim();
  const parts = token.split('.');
  if (parts.length !== 3) refuse(`${name} is not a JWT (expected three dot-separated parts)`);
  try {
    return {
      token,
      signingInput: `${parts[0]}.${parts[1]}`,
      header: headers === undefined ? decodeProtectedHeader(token) : headers.of(parts[0]!, token),
      claims: decodeClaims(token),
      signature: parts[2]!,
      name,
    };
  } catch {
    return refuse(`${name} is not a well-formed JWT`);
  }
}

/** The bytes of the signature (jose's base64url decoding); a part that is not base64url is refused as a malformed JWT. */
export function signatureBytes(jwt: DecodedJwt, refuse: (check: string) => never): Uint8Array {
  try {
    return base64url.decode(jwt.signature);
  } catch {
    return refuse(`${jwt.name} is not a well-formed JWT`);
  }
}

/** The value of a numeric claim: undefined when absent, a finite number, or `refuse` naming the claim. */
export function numericClaim(claims: Record<string, unknown>, name: string, refuse: (check: string) => never): number | undefined {
  const value = claims[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) refuse(`the JWT ${name} claim must be a number`);
  return value;
}

/**
 * Whether the signature of a decoded JWS checks out with `key` (jose's `compactVerify`, the algorithm pinned to
 * `alg`). A signature that is not base64url is refused as a malformed JWT, and a token jose refuses for another
 * reason (an unsupported `crit` header, say) through `refuse` too.
 */
export async function signatureValid(jwt: DecodedJwt, key: CryptoKey, alg: 'HS256' | 'RS256', refuse: (check: string) => never): Promise<boolean> {
  signatureBytes(jwt, refuse);
  try {
    await compactVerify(jwt.token, key, { algorithms: [alg] });
    return true;
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return false;
    return refuse(`the JWT cannot be verified (${error instanceof errors.JOSEError ? error.code : 'not a JWS'})`);
  }
}
