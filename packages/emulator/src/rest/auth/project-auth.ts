import { hmacKey } from '@opentok/core/internal';
import { base64url } from 'jose';
import { fail } from '../../kernel/errors.js';
import { isApplication } from '../../state/owners.js';
import type { Owner, Project } from '../../state/types.js';
import { AUTH_CLOCK_SKEW_S, type DecodedJwt, decodeJwt, JwtHeaders, numericClaim, signatureBytes, signatureValid } from './jwt.js';

/** Longest accepted `exp − iat` of an `X-OPENTOK-AUTH` JWT, in seconds (the service's limit). */
export const MAX_AUTH_LIFETIME_S = 300;

/**
 * A synchronous HMAC-SHA256 as base64url text, the way a JWT carries it (node:crypto's, which `listen` gives: no
 * thread-pool hop per request).
 */
export type HmacSha256 = (secret: string, data: string) => string;

/** How many verified tokens an emulator keeps (emptied when full). */
const MAX_VERIFIED = 1024;

/** Constant-time comparison of two byte strings. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  let diff = 0;
  for (let i = 0; i < a.byteLength; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** Constant-time comparison of two texts. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * Whether the token's signature is `expected` (base64url text). SDKs send the canonical encoding, so the texts are
 * compared first and nothing is decoded; any other text is decoded (a malformed one refused) and its bytes compared.
 */
function signatureIs(expected: string, jwt: DecodedJwt): boolean {
  return sameText(expected, jwt.signature) || sameBytes(base64url.decode(expected), signatureBytes(jwt, refuse));
}

function refuse(check: string): never {
  return fail(
    403,
    `Authentication failed: ${check}. Send X-OPENTOK-AUTH: an HS256 JWT signed with the project's API secret, with iss = API key, ist = "project", and exp at most 5 minutes after iat.`,
  );
}

/**
 * Checks `X-OPENTOK-AUTH` header values the way the service does. One per emulator: it keeps the tokens whose
 * signature already checked out (their claims are checked again every time).
 */
export class ProjectAuth {
  /** Tokens whose signature already checked out: the secret that checked it and the decoded claims. */
  readonly #verified = new Map<string, { secret: string; claims: Record<string, unknown> }>();
  readonly #headers = new JwtHeaders();
  #hmac: HmacSha256 | undefined;

  /**
   * Checks signatures with a synchronous HMAC-SHA256 from now on. Web Crypto's `verify` (under jose) is
   * asynchronous and, on Node, costs a thread-pool round trip per request; `listen` gives node:crypto's
   * `createHmac` instead. Until then the emulator verifies with jose, so it runs in any runtime.
   */
  useHmacSha256(hmac: HmacSha256): void {
    this.#hmac = hmac;
  }

  /**
   * Returns the project an `X-OPENTOK-AUTH` header value authenticates. `pathApiKey` is the key in the URL
   * (`/v2/project/{apiKey}/…`), or undefined for `/session/create`, where the token's `iss` picks the project.
   * Every failed check is a 403 naming it.
   */
  async authenticate(header: string, owners: ReadonlyMap<string, Owner>, pathApiKey: string | undefined, nowMs: number): Promise<Project> {
    const known = this.#verified.get(header);
    if (known !== undefined) {
      const project = projectFor(known.claims, owners, pathApiKey);
      if (project.apiSecret === known.secret) return checkClaims(project, known.claims, nowMs);
    }
    const jwt = decodeJwt(header, 'X-OPENTOK-AUTH', refuse, this.#headers);
    if (jwt.header['alg'] !== 'HS256') refuse(`the JWT algorithm must be HS256, not ${JSON.stringify(jwt.header['alg'])}`);
    const project = projectFor(jwt.claims, owners, pathApiKey);
    const hmac = this.#hmac;
    const valid =
      hmac === undefined
        ? await signatureValid(jwt, (await hmacKey(project.apiSecret)) as CryptoKey, 'HS256', refuse)
        : signatureIs(hmac(project.apiSecret, jwt.signingInput), jwt);
    if (!valid) refuse("invalid JWT signature (it was not signed with this project's API secret)");
    if (this.#verified.size >= MAX_VERIFIED) this.#verified.clear();
    this.#verified.set(header, { secret: project.apiSecret, claims: jwt.claims });
    return checkClaims(project, jwt.claims, nowMs);
  }
}

function projectFor(claims: Record<string, unknown>, owners: ReadonlyMap<string, Owner>, pathApiKey: string | undefined): Project {
  const iss = claims['iss'];
  if (typeof iss !== 'string' && typeof iss !== 'number') refuse('the JWT has no iss claim (the API key)');
  const apiKey = String(iss);
  if (pathApiKey !== undefined && apiKey !== pathApiKey) refuse(`the JWT iss (${apiKey}) does not match the API key in the path (${pathApiKey})`);
  const owner = owners.get(apiKey) ?? refuse(`unknown API key ${apiKey} (this emulator has no such project)`);
  if (isApplication(owner)) refuse(`${apiKey} is a Vonage application, which authenticates with Authorization: Bearer (an RS256 JWT), not X-OPENTOK-AUTH`);
  return owner;
}

/** The claim checks after the signature: ist, exp (with skew), iat not in the future, lifetime ≤ 5 min, jti a string. */
function checkClaims(project: Project, claims: Record<string, unknown>, nowMs: number): Project {
  if (claims['ist'] !== 'project') refuse(`the JWT ist claim must be "project", not ${JSON.stringify(claims['ist'])}`);
  const now = nowMs / 1000;
  const exp = numericClaim(claims, 'exp', refuse) ?? refuse('the JWT has no numeric exp claim');
  const iat = numericClaim(claims, 'iat', refuse);
  if (exp + AUTH_CLOCK_SKEW_S <= now) refuse(`the JWT expired at ${exp} (now ${Math.floor(now)})`);
  if (iat !== undefined && iat - AUTH_CLOCK_SKEW_S > now) refuse(`the JWT iat (${iat}) is in the future (now ${Math.floor(now)})`);
  const start = iat ?? now;
  if (exp - start > MAX_AUTH_LIFETIME_S) refuse(`the JWT lifetime (exp − iat = ${Math.round(exp - start)} s) exceeds 5 minutes`);
  const jti = claims['jti'];
  if (jti !== undefined && typeof jti !== 'string') refuse('the JWT jti claim must be a string when present');
  return project;
}
