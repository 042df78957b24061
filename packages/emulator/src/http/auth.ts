import { fail } from '../errors.js';
import type { Project } from '../state/types.js';

/** Longest accepted `exp − iat` of an `X-OPENTOK-AUTH` JWT, in seconds (the service's limit). */
export const MAX_AUTH_LIFETIME_S = 300;
/** Clock skew tolerated on `iat` and `exp`, in seconds. */
export const AUTH_CLOCK_SKEW_S = 30;

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();
/** Tokens whose signature already checked out: the secret that checked it and the decoded claims (re-checked every time). */
const verified = new Map<string, { secret: string; claims: Record<string, unknown> }>();
const MAX_VERIFIED = 1024;

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (key === undefined) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    if (keys.size > 100) keys.clear();
    keys.set(secret, key);
  }
  return key;
}

function refuse(check: string): never {
  return fail(403, `Authentication failed: ${check}. Send X-OPENTOK-AUTH: an HS256 JWT signed with the project's API secret, with iss = API key, ist = "project", and exp at most 5 minutes after iat.`);
}

function base64urlBytes(part: string): Uint8Array | undefined {
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
 * Checks a request's `X-OPENTOK-AUTH` header the way the service does and returns the project it
 * authenticates. `pathApiKey` is the key in the URL (`/v2/project/{apiKey}/…`), or undefined for
 * `/session/create`, where the token's `iss` picks the project. Every failed check is a 403 naming it.
 */
export async function authenticate(header: string | null, projects: ReadonlyMap<string, Project>, pathApiKey: string | undefined, nowMs: number): Promise<Project> {
  if (header === null || header.trim() === '') refuse('no X-OPENTOK-AUTH header (No suitable authentication found)');
  const known = verified.get(header);
  if (known !== undefined) {
    const project = projectFor(known.claims, projects, pathApiKey);
    if (project.apiSecret === known.secret) return checkClaims(project, known.claims, nowMs);
  }
  const parts = header.trim().split('.');
  if (parts.length !== 3) refuse('X-OPENTOK-AUTH is not a JWT (expected three dot-separated parts)');
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const jwtHeader = jsonPart(headerPart);
  const claims = jsonPart(payloadPart);
  const signature = base64urlBytes(signaturePart);
  if (jwtHeader === undefined || claims === undefined || signature === undefined) refuse('X-OPENTOK-AUTH is not a well-formed JWT');
  if (jwtHeader['alg'] !== 'HS256') refuse(`the JWT algorithm must be HS256, not ${JSON.stringify(jwtHeader['alg'])}`);
  const project = projectFor(claims, projects, pathApiKey);
  const valid = await crypto.subtle.verify('HMAC', await hmacKey(project.apiSecret), signature as Uint8Array<ArrayBuffer>, encoder.encode(`${headerPart}.${payloadPart}`));
  if (!valid) refuse("invalid JWT signature (it was not signed with this project's API secret)");
  if (verified.size >= MAX_VERIFIED) verified.clear();
  verified.set(header, { secret: project.apiSecret, claims });
  return checkClaims(project, claims, nowMs);
}

function projectFor(claims: Record<string, unknown>, projects: ReadonlyMap<string, Project>, pathApiKey: string | undefined): Project {
  const iss = claims['iss'];
  if (typeof iss !== 'string' && typeof iss !== 'number') refuse('the JWT has no iss claim (the API key)');
  const apiKey = String(iss);
  if (pathApiKey !== undefined && apiKey !== pathApiKey) refuse(`the JWT iss (${apiKey}) does not match the API key in the path (${pathApiKey})`);
  return projects.get(apiKey) ?? refuse(`unknown API key ${apiKey} (this emulator has no such project)`);
}

/** The claim checks after the signature: ist, exp (with skew), iat not in the future, lifetime ≤ 5 min, jti a string. */
function checkClaims(project: Project, claims: Record<string, unknown>, nowMs: number): Project {
  if (claims['ist'] !== 'project') refuse(`the JWT ist claim must be "project", not ${JSON.stringify(claims['ist'])}`);
  const now = nowMs / 1000;
  const { exp, iat } = claims;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) refuse('the JWT has no numeric exp claim');
  if (exp + AUTH_CLOCK_SKEW_S <= now) refuse(`the JWT expired at ${exp} (now ${Math.floor(now)})`);
  if (iat !== undefined && (typeof iat !== 'number' || !Number.isFinite(iat))) refuse('the JWT iat claim must be a number');
  if (typeof iat === 'number' && iat - AUTH_CLOCK_SKEW_S > now) refuse(`the JWT iat (${iat}) is in the future (now ${Math.floor(now)})`);
  const start = typeof iat === 'number' ? iat : now;
  if (exp - start > MAX_AUTH_LIFETIME_S) refuse(`the JWT lifetime (exp − iat = ${Math.round(exp - start)} s) exceeds 5 minutes`);
  const jti = claims['jti'];
  if (jti !== undefined && typeof jti !== 'string') refuse('the JWT jti claim must be a string when present');
  return project;
}
