// An independent signer for the suite: HS256 JWTs built with Web Crypto directly, the way spec/callbacks.md §6
// says the service signs callbacks (header {"alg":"HS256","typ":"JWT"}; claims iat, jti, iss "Vonage",
// payload_hash = hex SHA-256 of the exact body bytes, api_key).

const encoder = new TextEncoder();

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export const base64urlText = (text: string): string => base64url(encoder.encode(text));

export async function sha256Hex(body: string | Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', typeof body === 'string' ? encoder.encode(body) : new Uint8Array(body)));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A compact JWS over exact header and claims JSON texts, HMAC-SHA256 with the UTF-8 bytes of `secret`. */
export async function signJwt(secret: string, claimsJson: string, headerJson = '{"alg":"HS256","typ":"JWT"}'): Promise<string> {
  const input = `${base64urlText(headerJson)}.${base64urlText(claimsJson)}`;
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return `${input}.${base64url(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(input))))}`;
}

/** The claims of spec §6's sample, for `body` at `nowSeconds`; `overrides` replace or (as `undefined`) drop claims. */
export async function callbackClaims(body: string | Uint8Array, nowSeconds: number, overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const claims: Record<string, unknown> = {
    iat: nowSeconds,
    jti: 'c5ba8f24-1a14-4c10-bfdf-3fbe8ce511b5',
    iss: 'Vonage',
    payload_hash: await sha256Hex(body),
    api_key: '12345678',
    ...overrides,
  };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  return claims;
}

/** A signed callback as the service would send it: `Authorization: Bearer <jwt>` and the body. */
export async function signedCallback(secret: string, body: string, nowSeconds: number, overrides: Record<string, unknown> = {}) {
  const token = await signJwt(secret, JSON.stringify(await callbackClaims(body, nowSeconds, overrides)));
  return { token, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body };
}
