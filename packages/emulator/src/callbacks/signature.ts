import { uuid } from '../kernel/ids.js';

const HEADER = base64url(new TextEncoder().encode('{"alg":"HS256","typ":"JWT"}'));

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Who the callback is about: a project (claim `api_key`) or a Vonage application (claim `application_id`). */
export type SignedFor = { readonly apiKey: string } | { readonly applicationId: string };

/**
 * The JWT of a secure callback (spec: callbacks §6, §6.2), HS256 with the signature secret as UTF-8 bytes:
 * header `{"alg":"HS256","typ":"JWT"}`, claims `iat` (seconds), `jti` (a UUID), `iss: "Vonage"`,
 * `payload_hash` (hex SHA-256 of the exact body bytes) and `api_key` or `application_id`; no `exp`.
 */
export async function signCallback(body: Uint8Array<ArrayBuffer>, secret: string, signedFor: SignedFor, nowMs: number): Promise<string> {
  const encoder = new TextEncoder();
  const claims = {
    iat: Math.floor(nowMs / 1000),
    jti: uuid(),
    iss: 'Vonage',
    payload_hash: hex(await crypto.subtle.digest('SHA-256', body)),
    ...('apiKey' in signedFor ? { api_key: signedFor.apiKey } : { application_id: signedFor.applicationId }),
  };
  const signingInput = `${HEADER}.${base64url(encoder.encode(JSON.stringify(claims)))}`;
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = await crypto.subtle.sign('HMAC', key, encoder.encode(signingInput));
  return `${signingInput}.${base64url(new Uint8Array(signature))}`;
}
