import { type CredentialSource, checkParams, decodeSessionId, readCredentials } from '@opentok/core/kernel';
import { decode as base64urlDecode } from 'jose/base64url';
import type { TokenRole } from './generate-token.js';
import type { Platform } from './internal/platform.js';
import { importPublicKey, type PublicKeyInput, publicKeyOf } from './internal/public-key.js';
import { describeOwner, fail, ownsSession, ROLES } from './internal/rules.js';
import { InvalidTokenError, type InvalidTokenReason } from './invalid-token-error.js';

/** Options for {@link verifyToken}. */
export interface VerifyTokenOptions {
  /** The current time in epoch milliseconds, for the expiry check. Default `Date.now()`. */
  readonly now?: number;
}

/** The fields every verified token has. Times are whole seconds since the epoch. */
export interface VerifiedTokenFields {
  /** The format it came in. */
  readonly format: 'jwt' | 'T1';
  /** The API key or application ID it was minted for. */
  readonly projectId: string;
  /** The session it admits to (checked to belong to `projectId`). */
  readonly sessionId: string;
  /** What the client may do. */
  readonly role: TokenRole;
  /** When it was minted: `create_time`, or a JWT's `iat` when it has no `create_time` (Python's and Vonage claim sets). */
  readonly createTime: number;
  /** When it expires: T1 `expire_time`, JWT `exp`. */
  readonly expireTime: number;
  /** The connection data, when the token carries any. */
  readonly data?: string;
  /** The initial layout classes (`[]` when none). */
  readonly initialLayoutClassList: readonly string[];
  /** The scope (`session.connect`), when the token names one (T1 tokens from opentok-node ≤ 2.18 and Python do not). */
  readonly scope?: string;
}

/** A verified token of an OpenTok project (HS256 JWT or T1). */
export interface VerifiedProjectToken extends VerifiedTokenFields {
  readonly credentialKind: 'project';
  /** The project it was minted for (T1 `partner_id`, JWT `iss`). */
  readonly apiKey: string;
  /** The nonce: a float from opentok-node, an integer from the Python SDK. */
  readonly nonce: number;
}

/** A verified RS256 token of a Vonage application. */
export interface VerifiedApplicationToken extends VerifiedTokenFields {
  readonly credentialKind: 'application';
  readonly format: 'jwt';
  /** The application it was minted for (`application_id`). */
  readonly applicationId: string;
  /** The token's `jti`, when it has one. */
  readonly jti?: string;
}

/** What a verified token grants; `credentialKind` tells which kind of credentials minted it. */
export type VerifiedToken = VerifiedProjectToken | VerifiedApplicationToken;

/** What verifies application tokens without the private key: the application ID and its public key. */
export interface ApplicationPublicKey {
  readonly applicationId: string;
  /** SPKI PEM text (`-----BEGIN PUBLIC KEY-----`), a public RSA JWK, or a `CryptoKey`. */
  readonly publicKey: PublicKeyInput;
}

/** Anything {@link verifyToken} accepts as the verifier: a client, bare credentials of either kind, or an application's public key. */
export type VerificationSource = CredentialSource | ApplicationPublicKey;

type Reason = InvalidTokenReason;
const strictUtf8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });
const MAX_TOKEN_LENGTH = 65_536;

function reject(reason: Reason, detail: string): never {
  throw new InvalidTokenError(reason, detail);
}

/** Decodes base64 text and insists the input was the one canonical encoding of UTF-8 (no stray bits, whitespace or padding games). */
function decodeText(encoded: string, what: string, reencode: (text: string) => string): string {
  let text: string;
  try {
    text = strictUtf8.decode(base64urlDecode(encoded.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')));
  } catch {
    return reject('malformed', `${what} is not base64 of UTF-8 text`);
  }
  if (reencode(text) !== encoded) reject('malformed', `${what} is not canonically encoded`);
  return text;
}

/** Compares two signatures in time that depends only on their length. */
function sameSignature(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** Parses `k=v&k=v`, accepting both `+` (Python) and `%20` (Node) for spaces; refuses duplicates and empty pairs. */
function parseQuery(query: string, what: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) reject('malformed', `${what} has a field without a name or "="`);
    let name: string, value: string;
    try {
      name = decodeURIComponent(pair.slice(0, eq).replace(/\+/g, ' '));
      value = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
    } catch {
      return reject('malformed', `${what} has a bad percent-encoding`);
    }
    if (fields.has(name)) reject('malformed', `${what} repeats "${name}"`);
    fields.set(name, value);
  }
  return fields;
}

const INTEGER = /^\d{1,15}$/;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

function claimError(detail: string): never {
  return reject('invalid-claims', detail);
}

function integerField(value: string | undefined, name: string): number {
  if (value === undefined || !INTEGER.test(value)) claimError(`${name} must be an integer number of seconds`);
  return Number(value);
}

function integerClaim(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) claimError(`${name} must be an integer number of seconds`);
  return value;
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value !== undefined && typeof value !== 'string') claimError(`${name} must be a string`);
  return value;
}

function splitClasses(value: unknown): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return value.split(' ').filter(Boolean);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.slice();
  return claimError('initial_layout_class_list must be a string');
}

interface Fields {
  sessionId: unknown;
  role: unknown;
  createTime: number;
  expireTime: number;
  data: string | undefined;
  initialLayoutClassList: string[];
  scope: string | undefined;
}

/** Who verifies: project credentials (secret) or an application (its public key). */
type Verifier =
  | { readonly kind: 'project'; readonly projectId: string; readonly apiKey: string; readonly apiSecret: string }
  | { readonly kind: 'application'; readonly projectId: string; readonly applicationId: string; readonly key: () => Promise<CryptoKey> };

/** The checks every format shares, after the signature matched; returns the frozen result. */
function finish<T extends VerifiedToken>(format: 'jwt' | 'T1', verifier: Verifier, fields: Fields, now: number, own: object): T {
  const { sessionId, role, createTime, expireTime, data, initialLayoutClassList, scope } = fields;
  if (typeof sessionId !== 'string') claimError('session_id is missing');
  let owner: string;
  try {
    owner = decodeSessionId(sessionId).apiKey;
  } catch {
    return claimError('session_id is not a valid session ID');
  }
  if (!ownsSession(owner, verifier)) claimError(`session_id belongs to ${owner}, not ${describeOwner(verifier)}`);
  if (!ROLES.includes(role as TokenRole)) claimError(`role must be one of ${ROLES.join(', ')}`);
  if (scope !== undefined && scope !== 'session.connect') claimError(`scope must be "session.connect" (got ${JSON.stringify(scope)})`);
  if (expireTime * 1000 <= now) reject('expired', `it expired at ${expireTime} (now ${Math.floor(now / 1000)})`);
  return Object.freeze({
    credentialKind: verifier.kind,
    format,
    projectId: verifier.projectId,
    ...own,
    sessionId,
    role: role as TokenRole,
    createTime,
    expireTime,
    ...(data === undefined ? {} : { data }),
    initialLayoutClassList: Object.freeze(initialLayoutClassList),
    ...(scope === undefined ? {} : { scope }),
  }) as unknown as T;
}

async function verifyT1(platform: Platform, verifier: Verifier & { kind: 'project' }, token: string, now: number): Promise<VerifiedProjectToken> {
  const { apiKey, apiSecret } = verifier;
  const text = decodeText(token.slice(4), 'the T1 payload', platform.base64);
  const colon = text.indexOf(':');
  if (colon < 0) reject('malformed', 'the T1 payload has no ":" between signature and data');
  const meta = parseQuery(text.slice(0, colon), 'the T1 signature part');
  const dataString = text.slice(colon + 1);
  if (meta.get('partner_id') !== apiKey) reject('wrong-api-key', `partner_id is not ${apiKey}`);
  const sig = meta.get('sig');
  if (sig === undefined || !/^[0-9a-f]{40}$/.test(sig)) reject('malformed', 'sig is not 40 lower-case hex digits');
  // HMAC over the exact bytes that were signed: field order and encoding differ between SDKs.
  if (!sameSignature(await platform.sha1Hex(apiSecret, dataString), sig)) reject('bad-signature', 'the HMAC-SHA1 signature does not match');
  const f = parseQuery(dataString, 'the T1 data');
  const nonce = f.get('nonce');
  if (nonce === undefined || !NUMBER.test(nonce)) claimError('nonce must be a number');
  const fields: Fields = {
    sessionId: f.get('session_id'),
    role: f.get('role'),
    createTime: integerField(f.get('create_time'), 'create_time'),
    expireTime: integerField(f.get('expire_time'), 'expire_time'),
    data: f.get('connection_data'),
    initialLayoutClassList: splitClasses(f.get('initial_layout_class_list')),
    scope: f.get('scope'),
  };
  return finish<VerifiedProjectToken>('T1', verifier, fields, now, { apiKey, nonce: Number(nonce) });
}

function jsonSegment(segment: string, what: string, platform: Platform): Record<string, unknown> {
  const text = decodeText(segment, what, platform.base64url);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return reject('malformed', `the ${what} is not JSON`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) reject('malformed', `the ${what} is not a JSON object`);
  return value as Record<string, unknown>;
}

function base64urlBytes(segment: string): Uint8Array<ArrayBuffer> {
  try {
    return base64urlDecode(segment) as Uint8Array<ArrayBuffer>;
  } catch {
    return reject('malformed', 'the JWT signature is not base64url');
  }
}

/** The claims after the signature that HS256 and RS256 tokens share: the lifetime fields and the grant. */
function jwtFields(claims: Record<string, unknown>, now: number, createTime: number): Fields {
  const expireTime = integerClaim(claims.exp, 'exp');
  if (claims.nbf !== undefined && integerClaim(claims.nbf, 'nbf') * 1000 > now) reject('not-yet-valid', `nbf ${String(claims.nbf)} is in the future`);
  return {
    sessionId: claims.session_id,
    role: claims.role,
    createTime,
    expireTime,
    data: optionalString(claims.connection_data, 'connection_data'),
    initialLayoutClassList: splitClasses(claims.initial_layout_class_list),
    scope: optionalString(claims.scope, 'scope'),
  };
}

async function verifyJwt(platform: Platform, verifier: Verifier, token: string, now: number): Promise<VerifiedToken> {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => /^[\w-]+$/.test(part))) reject('malformed', 'not "T1==…" nor a JWT of three base64url parts');
  const [head, body, signature] = parts as [string, string, string];
  const header = jsonSegment(head, 'JWT header', platform);
  // The algorithm follows from the verifier, never from the token: no alg: none, no HS256 "signed" with a public key.
  const alg = verifier.kind === 'application' ? 'RS256' : 'HS256';
  if (header.alg !== alg) reject('unsupported-algorithm', `alg ${JSON.stringify(header.alg)} is not ${alg}`);
  if (header.crit !== undefined || (header.typ !== undefined && header.typ !== 'JWT')) reject('malformed', 'the JWT header has an unsupported typ or crit');
  const claims = jsonSegment(body, 'JWT claims', platform);
  if (verifier.kind === 'application') {
    const { applicationId } = verifier;
    if (typeof claims.application_id !== 'string' || claims.application_id.toLowerCase() !== applicationId.toLowerCase()) {
      reject('wrong-api-key', `application_id is not ${applicationId}`);
    }
    const valid = await crypto.subtle.verify('RSASSA-PKCS1-v1_5', await verifier.key(), base64urlBytes(signature), new TextEncoder().encode(`${head}.${body}`));
    if (!valid) reject('bad-signature', 'the RS256 signature does not match the public key');
    if (claims.scope !== 'session.connect') claimError(`scope must be "session.connect" (got ${JSON.stringify(claims.scope)})`);
    const jti = optionalString(claims.jti, 'jti');
    return finish('jwt', verifier, jwtFields(claims, now, integerClaim(claims.iat, 'iat')), now, { applicationId, ...(jti === undefined ? {} : { jti }) });
  }
  const { apiKey, apiSecret } = verifier;
  if (claims.iss !== apiKey) reject('wrong-api-key', `iss is not ${apiKey}`);
  if (!sameSignature(await platform.hs256(apiSecret, `${head}.${body}`), signature)) reject('bad-signature', 'the HS256 signature does not match');
  if (claims.ist !== 'project') claimError('ist must be "project"');
  if (typeof claims.nonce !== 'number') claimError('nonce must be a number');
  const iat = claims.iat === undefined ? undefined : integerClaim(claims.iat, 'iat');
  const createTime = claims.create_time === undefined ? integerClaim(iat, 'iat') : integerClaim(claims.create_time, 'create_time');
  const fields = jwtFields(claims, now, createTime);
  if (claims.expire_time !== undefined && claims.expire_time !== fields.expireTime)
    claimError(`expire_time (${String(claims.expire_time)}) disagrees with exp (${fields.expireTime})`);
  return finish('jwt', verifier, fields, now, { apiKey, nonce: claims.nonce });
}

function verifierOf(source: VerificationSource): Verifier {
  if (source !== null && typeof source === 'object' && 'publicKey' in source) {
    const { applicationId, publicKey } = checkParams(source, 'credentials', ['applicationId', 'publicKey']);
    if (typeof applicationId !== 'string' || !/^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(applicationId)) {
      fail('applicationId', 'must be a Vonage application ID, a UUID', applicationId);
    }
    return { kind: 'application', projectId: applicationId, applicationId, key: () => importPublicKey(publicKey) };
  }
  const credentials = readCredentials(source as CredentialSource);
  return credentials.kind === 'application' ? { ...credentials, key: async () => publicKeyOf((await credentials.signingKey()) as CryptoKey) } : credentials;
}

/** Checks and decodes one token; the public `verifyToken` of each build binds its {@link Platform}. */
export async function checkToken(platform: Platform, source: VerificationSource, token: string, options: VerifyTokenOptions = {}): Promise<VerifiedToken> {
  const verifier = verifierOf(source);
  const { now = Date.now() } = checkParams(options, 'options', ['now']);
  if (typeof now !== 'number' || !Number.isFinite(now)) fail('now', 'must be a finite number of epoch milliseconds', now);
  if (typeof token !== 'string' || token.length === 0)
    reject('malformed', `a token must be a non-empty string (got ${token === null ? 'null' : typeof token})`);
  if (token.length > MAX_TOKEN_LENGTH) reject('malformed', `it is longer than ${MAX_TOKEN_LENGTH} characters`);
  if (!token.startsWith('T1==')) return verifyJwt(platform, verifier, token, now);
  if (verifier.kind === 'application') reject('unsupported-algorithm', 'T1 tokens come only from OpenTok projects, not Vonage applications');
  return verifyT1(platform, verifier, token, now);
}
