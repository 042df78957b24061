import { fail } from '../../kernel/errors.js';
import { isApplication } from '../../state/owners.js';
import type { ApplicationRecord, Owner } from '../../state/types.js';
import { AUTH_CLOCK_SKEW_S, decodeJwt, numericClaim, signatureValid } from './jwt.js';

/** Lifetime of a Bearer JWT without `exp`: 15 minutes after `iat` (the service's default). */
export const DEFAULT_BEARER_LIFETIME_S = 900;
/** A Bearer JWT is never honoured later than this after its `iat`, whatever its `exp` (24 hours). */
export const MAX_BEARER_AGE_S = 86_400;

function refuse(check: string): never {
  return fail(
    403,
    `Authentication failed: ${check}. Send Authorization: Bearer <JWT>: RS256, signed with the application's private key, with application_id = the application ID, a numeric iat, and exp (default iat + 15 minutes) within 24 hours of iat.`,
  );
}

/**
 * Checks the JWT of an `Authorization: Bearer` header (Vonage application credentials) and returns
 * the application it authenticates: RS256 only, signature checked with the application's public key,
 * `application_id` equal to the ID in the path (case-insensitively; on `/session/create` it picks
 * the application), `iat` required, expiry `exp` or `iat` + 900 s, never beyond `iat` + 24 h,
 * 30 s of skew; unknown claims ignored. Every failed check is a 403 naming it.
 */
export async function authenticateApplication(
  token: string,
  owners: ReadonlyMap<string, Owner>,
  pathId: string | undefined,
  nowMs: number,
): Promise<ApplicationRecord> {
  const jwt = decodeJwt(token, 'the Bearer token', refuse);
  if (jwt.header['alg'] !== 'RS256') refuse(`the JWT algorithm must be RS256, not ${JSON.stringify(jwt.header['alg'])}`);
  const application = applicationFor(jwt.claims, owners, pathId);
  const key = await application.verifyKey().catch(() => refuse("the application's public key cannot be imported"));
  if (!(await signatureValid(jwt, key, 'RS256', refuse))) refuse("invalid JWT signature (it was not signed with this application's private key)");
  checkTimes(jwt.claims, nowMs / 1000);
  return application;
}

function applicationFor(claims: Record<string, unknown>, owners: ReadonlyMap<string, Owner>, pathId: string | undefined): ApplicationRecord {
  const claimed = claims['application_id'];
  if (typeof claimed !== 'string' || claimed === '') refuse('the JWT has no application_id claim (the application ID)');
  const id = claimed.toLowerCase();
  if (pathId !== undefined && pathId.toLowerCase() !== id)
    refuse(`the JWT application_id (${claimed}) does not match the application ID in the path (${pathId})`);
  const owner = owners.get(id) ?? refuse(`unknown application ${claimed} (this emulator has no such application)`);
  if (!isApplication(owner)) refuse(`${claimed} is an OpenTok project, which authenticates with X-OPENTOK-AUTH (an HS256 JWT), not a Bearer token`);
  return owner;
}

function checkTimes(claims: Record<string, unknown>, now: number): void {
  const shown = Math.floor(now);
  const iat = numericClaim(claims, 'iat', refuse) ?? refuse('the JWT has no iat claim (when it was issued, in seconds)');
  const exp = numericClaim(claims, 'exp', refuse);
  const nbf = numericClaim(claims, 'nbf', refuse);
  if (iat - AUTH_CLOCK_SKEW_S > now) refuse(`the JWT iat (${iat}) is in the future (now ${shown})`);
  if (nbf !== undefined && nbf - AUTH_CLOCK_SKEW_S > now) refuse(`the JWT is not valid before its nbf (${nbf}, now ${shown})`);
  const expiry = exp ?? iat + DEFAULT_BEARER_LIFETIME_S;
  if (now > expiry + AUTH_CLOCK_SKEW_S) refuse(`the JWT expired at ${expiry}${exp === undefined ? ' (iat + 900 s: it has no exp claim)' : ''} (now ${shown})`);
  if (now > iat + MAX_BEARER_AGE_S) refuse(`the JWT was issued more than 24 hours ago (iat ${iat}, now ${shown}); none is honoured longer, whatever its exp`);
  const jti = claims['jti'];
  if (jti !== undefined && typeof jti !== 'string') refuse('the JWT jti claim must be a string when present');
}
