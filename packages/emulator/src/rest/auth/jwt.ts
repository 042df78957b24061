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
  readonly signature: Uint8Array;
}

/**
 * Splits and decodes a compact JWS with jose. `refuse` is called (and must throw) with the failed check,
 * phrased with `name`, the header that carried it.
 */
export function decodeJwt(value: string, name: string, refuse: (check: string) => never): DecodedJwt {
  const token = value.trim();
  const parts = token.split('.');
  if (parts.length !== 3) refuse(`${name} is not a JWT (expected three dot-separated parts)`);
  try {
    return {
      token,
      signingInput: `${parts[0]}.${parts[1]}`,
      header: decodeProtectedHeader(token),
      claims: decodeClaims(token),
      signature: base64url.decode(parts[2]!),
    };
  } catch {
    return refuse(`${name} is not a well-formed JWT`);
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
 * `alg`). A token jose refuses for another reason (an unsupported `crit` header, say) is refused through `refuse`.
 */
export async function signatureValid(jwt: DecodedJwt, key: CryptoKey, alg: 'HS256' | 'RS256', refuse: (check: string) => never): Promise<boolean> {
  try {
    await compactVerify(jwt.token, key, { algorithms: [alg] });
    return true;
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return false;
    return refuse(`the JWT cannot be verified (${error instanceof errors.JOSEError ? error.code : 'not a JWS'})`);
  }
}
