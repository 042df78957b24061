import { createHmac, createSign, generateKeyPairSync } from 'node:crypto';
import { DEMO_APPLICATION } from '../src/index.js';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Seconds since the epoch, now. */
export const nowS = () => Math.floor(Date.now() / 1000);

/** An RS256 JWT over `claims`, signed with `privateKey` (default: the demo application's), with the given header. */
export function rs256(claims: Record<string, unknown>, privateKey: string = DEMO_APPLICATION.privateKey, header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT' }): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(privateKey, 'base64url')}`;
}

/** An HS256 JWT over `claims`, with `secret` as the HMAC key (e.g. an application's public key text). */
export function hs256(claims: Record<string, unknown>, secret: string): string {
  const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** An unsigned JWT (`alg: none`, empty signature). */
export function unsigned(claims: Record<string, unknown>): string {
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}

/** The REST claims `@vonage/jwt` 1.17.1 sends (jti, iat, exp = iat + 900, application_id) for `applicationId`. */
export function vonageClaims(applicationId: string = DEMO_APPLICATION.applicationId, iat = nowS()): Record<string, unknown> {
  return { jti: crypto.randomUUID(), iat, exp: iat + 900, application_id: applicationId };
}

/** A fresh throw-away RSA key pair as PEM text (PKCS#8 private, SPKI public). */
export function rsaKeyPair(modulusLength = 2048): { privateKey: string; publicKey: string } {
  return generateKeyPairSync('rsa', { modulusLength, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
}
