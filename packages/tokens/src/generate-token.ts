import { type CredentialSource, checkParams, readCredentials } from '@opentok/core/kernel';
import type { Platform } from './internal/platform.js';
import { describeOwner, fail, MAX_LIFETIME, ownsSession, ROLES, sessionApiKey } from './internal/rules.js';

/** What a client may do in a session. `publisheronly` may publish but not subscribe. */
export type TokenRole = 'publisher' | 'subscriber' | 'moderator' | 'publisheronly';

/** The token format: `jwt` (the current SDKs' default) or `T1` (the legacy HMAC-SHA1 format). */
export type TokenType = 'jwt' | 'T1';

/** What {@link generateToken} signs. Only `sessionId` is required. */
export interface GenerateTokenParams {
  /** The session the token admits to; it must belong to the credentials' API key or application ID. */
  readonly sessionId: string;
  /** What the client may do. Default `publisher`. */
  readonly role?: TokenRole;
  /**
   * When the token expires, in whole seconds since the epoch: in the future and at most 30 days ahead.
   * Default: now + 86400 (24 hours).
   */
  readonly expireTime?: number;
  /** Connection data other clients see (`connection.data`), at most 1000 characters. Default: none. */
  readonly data?: string;
  /** Layout classes for the client's streams in archives and broadcasts; space-joined at most 1000 characters. Default: none. */
  readonly initialLayoutClassList?: readonly string[];
  /** The format. Default `jwt`; `T1` needs project credentials (an API secret). */
  readonly tokenType?: TokenType;
}

/**
 * Test-only knobs that make a token reproducible. Never set them in production: a fixed nonce
 * makes equal tokens for equal input, and a fixed clock lets tokens outlive what you meant.
 */
export interface TokenTestOptions {
  /** The current time in epoch milliseconds (`create_time`/`iat` and the default expiry derive from it). Default `Date.now()`. */
  readonly now?: number;
  /** The nonce, a finite number ≥ 0 (opentok-node uses a float in [0, 1), Python an integer). Default: random in [0, 1). */
  readonly nonce?: number;
  /** Leave out `scope=session.connect`, as opentok-node ≤ 2.18 (and npm `opentok-token`) did. Default `false`. */
  readonly omitScope?: boolean;
  /** The `jti` of an RS256 token (application credentials). Default: a random UUID. */
  readonly jti?: string;
}

const PARAMS = ['sessionId', 'role', 'expireTime', 'data', 'initialLayoutClassList', 'tokenType'];
const TESTING = ['now', 'nonce', 'omitScope', 'jti'];
/** base64url of {"alg":"RS256","typ":"JWT"} */
const RS256_HEADER = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9';

const HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'; // base64url of {"alg":"HS256","typ":"JWT"}

function checkText(value: string, parameter: string, max: number): string {
  // Code points, like Python's len(): only worth counting when the UTF-16 length is over the limit.
  if (value.length > max && [...value].length > max) fail(parameter, `must be at most ${max} characters`, value);
  try {
    encodeURIComponent(value); // throws on a lone surrogate, which has no UTF-8 form to sign
  } catch {
    fail(parameter, 'must not contain a lone surrogate', value);
  }
  return value;
}

/** Same encoding as Node's `querystring.escape`: unreserved `A-Za-z0-9-_.!~*'()`, space → `%20`. */
const q = encodeURIComponent;

/** Builds and signs one token; the public `generateToken` of each build binds its {@link Platform}. */
export async function mintToken(platform: Platform, source: CredentialSource, params: GenerateTokenParams, testing: TokenTestOptions = {}): Promise<string> {
  const credentials = readCredentials(source);
  const { sessionId, role = 'publisher', data, initialLayoutClassList = [], tokenType = 'jwt' } = checkParams(params, 'params', PARAMS);
  let { expireTime } = params;
  const { now = Date.now(), nonce = platform.nonce(), omitScope = false, jti } = checkParams(testing, 'testing', TESTING);
  if (!Number.isFinite(now) || !Number.isFinite(nonce) || nonce < 0) fail('testing', 'must have a finite now and nonce ≥ 0', testing);
  if (jti !== undefined && (typeof jti !== 'string' || jti.length === 0)) fail('testing.jti', 'must be a non-empty string', jti);

  if (typeof sessionId !== 'string' || sessionId.length === 0) fail('sessionId', 'must be a non-empty string', sessionId);
  const owner = sessionApiKey(sessionId);
  if (!ownsSession(owner, credentials)) fail('sessionId', `must belong to ${describeOwner(credentials)} (it belongs to ${owner})`, sessionId);
  if (!ROLES.includes(role)) fail('role', `must be one of ${ROLES.join(', ')}`, role);
  const createTime = Math.floor(now / 1000);
  expireTime ??= createTime + 86_400;
  if (typeof expireTime !== 'number' || !Number.isSafeInteger(expireTime)) fail('expireTime', 'must be an integer (epoch seconds)', expireTime);
  if (expireTime <= createTime) fail('expireTime', `must be in the future (now is ${createTime})`, expireTime);
  if (expireTime > createTime + MAX_LIFETIME) fail('expireTime', `must be at most 30 days in the future (${createTime + MAX_LIFETIME})`, expireTime);
  if (data !== undefined) checkText(typeof data === 'string' ? data : fail('data', 'must be a string', data), 'data', 1000);
  if (!Array.isArray(initialLayoutClassList)) fail('initialLayoutClassList', 'must be an array of strings', initialLayoutClassList);
  for (const [index, item] of initialLayoutClassList.entries())
    if (typeof item !== 'string') fail(`initialLayoutClassList[${index}]`, 'must be a string', item);
  const layout = checkText(initialLayoutClassList.join(' '), 'initialLayoutClassList (joined with spaces)', 1000);
  if (tokenType !== 'jwt' && tokenType !== 'T1') fail('tokenType', 'must be "jwt" or "T1"', tokenType);

  if (credentials.kind === 'application') {
    if (tokenType === 'T1') fail('tokenType', 'must be "jwt" with Vonage application credentials (T1 tokens exist only for OpenTok API secrets)', tokenType);
    // @vonage/video's claim order (JSON.stringify keeps insertion order; undefined members are dropped).
    const claims = JSON.stringify({
      scope: omitScope ? undefined : 'session.connect',
      session_id: sessionId,
      role,
      initial_layout_class_list: layout,
      exp: expireTime,
      sub: 'video',
      acl: { paths: { '/session/**': {} } },
      connection_data: data || undefined,
      jti: jti ?? crypto.randomUUID(),
      iat: createTime,
      application_id: credentials.applicationId,
    });
    const signingInput = `${RS256_HEADER}.${platform.base64url(claims)}`;
    return `${signingInput}.${await platform.rs256((await credentials.signingKey()) as CryptoKey, signingInput)}`;
  }
  const { apiKey, apiSecret } = credentials;
  if (tokenType === 'T1') {
    // opentok-node's field order: session_id, create_time, nonce, role, expire_time[, connection_data], initial_layout_class_list[, scope]
    const dataString =
      `session_id=${q(sessionId)}&create_time=${createTime}&nonce=${q(String(nonce))}&role=${role}&expire_time=${expireTime}` +
      (data ? `&connection_data=${q(data)}` : '') +
      `&initial_layout_class_list=${q(layout)}` +
      (omitScope ? '' : '&scope=session.connect');
    const sig = await platform.sha1Hex(apiSecret, dataString);
    return `T1==${platform.base64(`partner_id=${apiKey}&sig=${sig}:${dataString}`)}`;
  }
  // opentok-node ≥ 2.19's claim order (JSON.stringify keeps insertion order; undefined members are dropped).
  const claims = JSON.stringify({
    iss: apiKey,
    ist: 'project',
    iat: createTime,
    exp: expireTime,
    session_id: sessionId,
    create_time: createTime,
    nonce,
    role,
    expire_time: expireTime,
    connection_data: data || undefined,
    initial_layout_class_list: layout,
    scope: omitScope ? undefined : 'session.connect',
  });
  const signingInput = `${HEADER}.${platform.base64url(claims)}`;
  return `${signingInput}.${await platform.hs256(apiSecret, signingInput)}`;
}
