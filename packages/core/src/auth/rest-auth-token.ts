import { encode as base64url } from 'jose/base64url';
import { SIGNING_KEY, type OpenTokClient } from '../client/create-client.js';

/** Lifetime of the `X-OPENTOK-AUTH` JWT, in seconds (the service accepts at most 300). */
const AUTH_TOKEN_LIFETIME = 180;

const encoder = new TextEncoder();
const HEADER = base64url('{"alg":"HS256","typ":"JWT"}');

function randomJti(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return base64url(bytes);
}

/**
 * Mints the HS256 JWT that authenticates one REST request (`X-OPENTOK-AUTH`): `iss` = API key,
 * `ist` = `project`, `iat`, `exp` = iat + 180 s and a random `jti`. The HMAC key is imported once
 * per client and cached. Built from jose's base64url and Web Crypto's HMAC, so it runs everywhere
 * and weighs a fraction of a generic JWT signer.
 */
export async function createRestAuthToken(client: OpenTokClient, now: number = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000);
  const claims = { iss: client.apiKey, ist: 'project', iat, exp: iat + AUTH_TOKEN_LIFETIME, jti: randomJti() };
  const signingInput = `${HEADER}.${base64url(JSON.stringify(claims))}`;
  const signature = await crypto.subtle.sign('HMAC', await client[SIGNING_KEY](), encoder.encode(signingInput));
  return `${signingInput}.${base64url(new Uint8Array(signature))}`;
}
