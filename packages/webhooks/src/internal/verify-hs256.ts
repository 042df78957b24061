import type { JsonObject } from '@opentok/core/kernel';
import { decode as base64urlDecode } from 'jose/base64url';
import { refuse } from '../invalid-callback-error.js';
import { jsonObject, utf8, utf8Bytes } from './json-object.js';

const SEGMENT = /^[\w-]+$/;
/** 32 bytes of base64url without padding: 43 characters, the last one carrying 4 bits (canonical form only). */
const SIGNATURE = /^[\w-]{42}[AEIMQUYcgkosw048]$/;

const segment = (text: string, what: string): JsonObject => jsonObject(() => utf8(base64urlDecode(text)), 'malformed-token', `the JWT ${what}`);

/**
 * Checks a compact JWS signed HS256 with one of `secrets` (UTF-8 bytes, any length) and returns its claims.
 * Nothing is trusted before the signature matched, except the header's `alg`, which must be exactly HS256.
 */
export async function verifyHs256(token: string, secrets: readonly string[]): Promise<JsonObject> {
  const parts = token.split('.');
  if (parts.length !== 3 || !SEGMENT.test(parts[0]!) || !SEGMENT.test(parts[1]!)) refuse('malformed-token', 'not a compact JWT');
  const [head, body, signature] = parts as [string, string, string];
  const header = segment(head, 'header');
  if (header['alg'] !== 'HS256') refuse('unsupported-algorithm', `alg ${JSON.stringify(header['alg']) ?? 'undefined'} is not HS256`);
  if (header['crit'] !== undefined) refuse('malformed-token', 'the JWT header has crit');
  const claims = segment(body, 'claim set');
  if (!SIGNATURE.test(signature)) refuse('malformed-token', 'the signature is not 32 bytes');
  const data = utf8Bytes(`${head}.${body}`);
  const mac = base64urlDecode(signature) as Uint8Array<ArrayBuffer>; // a fresh ArrayBuffer, never a shared one
  for (const secret of secrets) {
    const key = await crypto.subtle.importKey('raw', utf8Bytes(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    if (await crypto.subtle.verify('HMAC', key, mac, data)) return claims;
  }
  return refuse('bad-signature', 'the HS256 signature does not match');
}
