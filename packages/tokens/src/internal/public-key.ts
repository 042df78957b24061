import { readPem, type WebCryptoKey } from '@opentok/core/kernel';
import { fail } from './rules.js';

/**
 * A public RSA JSON Web Key (RFC 7517), by its shape (so the declarations need no DOM lib; a DOM `JsonWebKey` or
 * jose's `JWK` fits it). `kty` must be `"RSA"`, with `n` and `e`; a key with `d` (a private key) is refused.
 */
export interface PublicJwk {
  readonly kty?: string;
  readonly n?: string;
  readonly e?: string;
  readonly d?: string;
  readonly alg?: string;
  readonly use?: string;
  readonly kid?: string;
  readonly key_ops?: readonly string[];
  readonly ext?: boolean;
}

/** What verifies RS256 client tokens: the application's public key as SPKI PEM text, a JWK or a `CryptoKey`. */
export type PublicKeyInput = string | PublicJwk | WebCryptoKey;

const imported = new Map<unknown, Promise<CryptoKey>>();
const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

function checked(key: CryptoKey): CryptoKey {
  const algorithm = key.algorithm as Partial<RsaHashedKeyAlgorithm>;
  if (key.type !== 'public' || algorithm.name !== 'RSASSA-PKCS1-v1_5' || algorithm.hash?.name !== 'SHA-256' || !key.usages.includes('verify')) {
    fail('publicKey', 'must be an RSASSA-PKCS1-v1_5 SHA-256 public CryptoKey with the "verify" usage (RS256)', 'a CryptoKey');
  }
  if ((algorithm.modulusLength ?? 0) < 2048) fail('publicKey', 'must be an RSA key of at least 2048 bits for RS256', `${algorithm.modulusLength} bits`);
  return key;
}

/**
 * A public RSA JWK imported for RS256 the way jose's `importJWK(jwk, 'RS256')` does: its `alg` and `use` are set
 * aside (the algorithm follows from the verifier), `ext` and `key_ops` are honoured when they are well-formed.
 */
async function importJwk(value: PublicJwk): Promise<CryptoKey | undefined> {
  const { alg, use, ...jwk } = value;
  const { ext = true, key_ops: usages = ['verify'] } = jwk;
  if (typeof ext !== 'boolean' || !Array.isArray(usages) || usages.some((usage) => typeof usage !== 'string') || new Set(usages).size < usages.length)
    return undefined;
  return crypto.subtle.importKey('jwk', jwk as JsonWebKey, RS256, ext, usages as KeyUsage[]).catch(() => undefined);
}

async function importKey(value: unknown): Promise<CryptoKey> {
  if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) return checked(value);
  if (typeof value === 'string') {
    const pem = value.trim();
    if (/^-----BEGIN (?:RSA |ENCRYPTED )?PRIVATE KEY-----/.test(pem))
      fail('publicKey', 'is a private key: pass it as privateKey, or pass the public key', 'a private key');
    if (!pem.startsWith('-----BEGIN PUBLIC KEY-----'))
      fail('publicKey', 'must be an SPKI PEM public key starting with -----BEGIN PUBLIC KEY-----, a JWK or a CryptoKey', 'text');
    const { der } = readPem(pem);
    const key = der && (await crypto.subtle.importKey('spki', der, RS256, true, ['verify']).catch(() => undefined));
    return checked(key ?? fail('publicKey', 'could not be imported as an RSA public key (is it complete?)', 'a PEM'));
  }
  if (value !== null && typeof value === 'object' && (value as PublicJwk).kty === 'RSA' && (value as PublicJwk).d === undefined) {
    return checked((await importJwk(value)) ?? fail('publicKey', 'could not be imported as an RSA public JWK', 'a JWK'));
  }
  return fail('publicKey', 'must be an SPKI PEM public key, a public RSA JWK or a CryptoKey', value);
}

/** Imports (once, bounded cache) the public key that verifies an application's RS256 client tokens. */
export function importPublicKey(value: unknown): Promise<CryptoKey> {
  let key = imported.get(value);
  if (key === undefined) {
    if (imported.size >= 16) imported.clear();
    key = importKey(value);
    imported.set(value, key);
    key.catch(() => imported.delete(value));
  }
  return key;
}

const derived = new WeakMap<CryptoKey, Promise<CryptoKey>>();

async function derive(privateKey: CryptoKey): Promise<CryptoKey> {
  if (!privateKey.extractable)
    fail('privateKey', 'is a non-extractable CryptoKey, so its public half cannot be derived: verify with { applicationId, publicKey }', 'a CryptoKey');
  const { n, e } = await crypto.subtle.exportKey('jwk', privateKey);
  return crypto.subtle.importKey('jwk', { kty: 'RSA', n, e } as JsonWebKey, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
}

/** The public half of an application's private key (cached), to verify what it signed. */
export function publicKeyOf(privateKey: CryptoKey): Promise<CryptoKey> {
  let key = derived.get(privateKey);
  if (key === undefined) {
    key = derive(privateKey);
    derived.set(privateKey, key);
  }
  return key;
}
