import { hmacKey } from '@opentok/core/internal';
import { SignJWT } from 'jose';
import { uuid } from '../kernel/ids.js';

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Who the callback is about: a project (claim `api_key`) or a Vonage application (claim `application_id`). */
export type SignedFor = { readonly apiKey: string } | { readonly applicationId: string };

/**
 * The JWT of a secure callback, HS256 with the signature secret as UTF-8 bytes (jose's `SignJWT`): header
 * `{"alg":"HS256","typ":"JWT"}`, claims `iat` (seconds), `jti` (a UUID), `iss: "Vonage"`, `payload_hash` (hex
 * SHA-256 of the exact body bytes) and `api_key` or `application_id`; no `exp`.
 */
export async function signCallback(body: Uint8Array<ArrayBuffer>, secret: string, signedFor: SignedFor, nowMs: number): Promise<string> {
  const claims = {
    iat: Math.floor(nowMs / 1000),
    jti: uuid(),
    iss: 'Vonage',
    payload_hash: hex(await crypto.subtle.digest('SHA-256', body)),
    ...('apiKey' in signedFor ? { api_key: signedFor.apiKey } : { application_id: signedFor.applicationId }),
  };
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign((await hmacKey(secret)) as CryptoKey);
}
