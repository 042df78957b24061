import { encode as base64url } from 'jose/base64url';
import type { ResolvedCredentials } from '../credentials/credentials.js';
import { signers } from './signers.js';

/** Lifetime of a REST auth JWT, in seconds (the OpenTok service accepts at most 300; Vonage at least 30). */
const AUTH_TOKEN_LIFETIME = 180;

const encoder = /* @__PURE__ */ new TextEncoder();
/** base64url of `{"alg":"HS256","typ":"JWT"}` */
const HS256_HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9';
/** base64url of `{"alg":"RS256","typ":"JWT"}` */
const RS256_HEADER = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9';

/** How a client authenticates each REST request: resolved once from its credentials, called once per attempt. */
export interface RestAuth {
  /** The request header that carries the JWT. */
  readonly header: 'X-OPENTOK-AUTH' | 'Authorization';
  /** Mints a fresh JWT (a new `jti`) at `now` (epoch ms). */
  token(now: number): Promise<string>;
  /** The header value for a token. */
  value(token: string): string;
}

async function sign(header: string, claims: object, signer: (input: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>): Promise<string> {
  const signingInput = `${header}.${base64url(JSON.stringify(claims))}`;
  return `${signingInput}.${base64url(await signer(encoder.encode(signingInput)))}`;
}

/**
 * The auth strategy of a kind of credentials. Project credentials: `X-OPENTOK-AUTH`, HS256 with the
 * API secret, claims `iss` (API key), `ist` `project`, `iat`, `exp` = iat + 180 s, random `jti`.
 * Application credentials: `Authorization: Bearer`, RS256 with the private key, claims
 * `application_id`, `iat`, `exp` = iat + 180 s, `jti` (a UUID). Keys are imported once and cached.
 * Built from jose's base64url and Web Crypto (node:crypto under the `node` export condition), so it runs
 * everywhere and weighs a fraction of a generic JWT signer.
 */
export function restAuthFor(credentials: ResolvedCredentials): RestAuth {
  if (credentials.kind === 'application') {
    const { applicationId, signingKey } = credentials;
    return {
      header: 'Authorization',
      value: (token) => `Bearer ${token}`,
      token: async (now) => {
        const key = await signingKey();
        const iat = Math.floor(now / 1000);
        const claims = { application_id: applicationId, iat, exp: iat + AUTH_TOKEN_LIFETIME, jti: crypto.randomUUID() };
        return sign(RS256_HEADER, claims, (input) => signers.rs256(key as CryptoKey, input));
      },
    };
  }
  const { apiKey, apiSecret } = credentials;
  const hmac = signers.hs256(apiSecret);
  return {
    header: 'X-OPENTOK-AUTH',
    value: (token) => token,
    token: async (now) => {
      const iat = Math.floor(now / 1000);
      const claims = { iss: apiKey, ist: 'project', iat, exp: iat + AUTH_TOKEN_LIFETIME, jti: base64url(crypto.getRandomValues(new Uint8Array(16))) };
      return sign(HS256_HEADER, claims, hmac);
    },
  };
}
