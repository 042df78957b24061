import { createHmac, createSign, generateKeyPairSync } from 'node:crypto';
import { DEMO_APPLICATION, type Emulator } from '../src/index.js';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Seconds since the epoch, now. */
export const nowS = () => Math.floor(Date.now() / 1000);

/** An RS256 JWT over `claims`, signed with `privateKey` (default: the demo application's), with the given header. */
export function rs256(
  claims: Record<string, unknown>,
  privateKey: string = DEMO_APPLICATION.privateKey,
  header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT' },
): string {
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
  return generateKeyPairSync('rsa', {
    modulusLength,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
}

/** A REST call to the emulator as a Vonage application (fresh Bearer JWT); resolves with the JSON answer, rejects on non-2xx. */
export async function applicationCall<T = unknown>(
  emulator: Emulator,
  method: string,
  path: string,
  body?: unknown,
  application: { applicationId: string; privateKey: string } = DEMO_APPLICATION,
): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${rs256(vonageClaims(application.applicationId), application.privateKey)}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await emulator.fetch(`http://e${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} -> ${response.status} ${text}`);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** An RS256 client token with @vonage/video 1.31.1's claim set (§3.1) for a session of `application`. */
export function clientToken(
  sessionId: string,
  options: { role?: string; data?: string; classes?: string[]; exp?: number; applicationId?: string; privateKey?: string } = {},
): string {
  const iat = nowS();
  return rs256(
    {
      scope: 'session.connect',
      session_id: sessionId,
      role: options.role ?? 'publisher',
      initial_layout_class_list: (options.classes ?? []).join(' '),
      exp: options.exp ?? iat + 86_400,
      sub: 'video',
      acl: { paths: { '/session/**': {} } },
      ...(options.data === undefined ? {} : { connection_data: options.data }),
      jti: crypto.randomUUID(),
      iat,
      application_id: options.applicationId ?? DEMO_APPLICATION.applicationId,
    },
    options.privateKey,
  );
}
