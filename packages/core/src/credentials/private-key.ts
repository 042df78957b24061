import { derChild, readDer } from '../crypto/der.js';
import { readPem } from '../crypto/pem.js';
import { rsaModulusBits } from '../crypto/rsa-modulus.js';
import { ValidationError } from '../errors/validation-error.js';
import type { WebCryptoKey } from './web-crypto-key.js';

/** What `privateKey` may be: the PEM text (or its bytes, e.g. a `Buffer` from `readFileSync`), or an imported `CryptoKey`. */
export type PrivateKeyInput = string | Uint8Array | WebCryptoKey;

/** A checked private key: an RS256 `CryptoKey`, or PKCS#8 DER ready for `importKey`. */
export type PrivateKeyMaterial = CryptoKey | Uint8Array<ArrayBuffer>;

const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
/** The DER of the rsaEncryption OID (1.2.840.113549.1.1.1), with its tag and length. */
const RSA_OID = [6, 9, 42, 134, 72, 134, 247, 13, 1, 1, 1];
const DECRYPT = 'convert it with `openssl pkcs8 -topk8 -nocrypt -in old.key -out private.key`';

function refuse(rule: string): never {
  throw new ValidationError({ parameter: 'privateKey', rule, redact: true });
}

function isCryptoKey(value: unknown): value is CryptoKey {
  return typeof CryptoKey !== 'undefined' && value instanceof CryptoKey;
}

/** A DER header: tag, then the length in short or long form. */
function derHeader(tag: number, length: number): number[] {
  return length < 128 ? [tag, length] : length < 256 ? [tag, 0x81, length] : [tag, 0x82, length >> 8, length & 255];
}

/** An RSA key of fewer bits can never sign RS256 (jose and the JWT RFCs draw the same line). */
const MIN_BITS = 2048;

function checkSize(bits: number): void {
  if (bits < MIN_BITS) refuse(`must be an RSA key of at least ${MIN_BITS} bits for RS256 (this one has ${bits})`);
}

function corrupt(): never {
  return refuse('could not be imported as an RSA private key: its data is corrupt');
}

/** PEM text → PKCS#8 DER; PKCS#1 is wrapped in a PrivateKeyInfo (version 0, rsaEncryption, NULL parameters). */
function parsePem(input: string): Uint8Array<ArrayBuffer> {
  const { label, der, problem } = readPem(input);
  if (label === undefined) {
    refuse(
      problem === 'file-path'
        ? "looks like a file path: pass the key's text, e.g. fs.readFileSync(path, 'utf8')"
        : 'must be the PEM text of a private key (-----BEGIN PRIVATE KEY-----), e.g. the private.key of your Vonage application',
    );
  }
  if (/PUBLIC|CERT/.test(label)) refuse('is a public key or certificate: pass the private key');
  if (/ENCRYPTED/.test(label) || (problem === 'not-base64' && input.includes('ENCRYPTED'))) refuse(`is encrypted: ${DECRYPT}`);
  if (label === 'OPENSSH PRIVATE KEY') refuse('is an OpenSSH key: convert it with `ssh-keygen -p -N "" -m PKCS8 -f private.key`');
  if (label !== 'PRIVATE KEY' && label !== 'RSA PRIVATE KEY') refuse(`must be an RSA key for RS256, not ${label}`);
  if (problem === 'not-base64') refuse('is not valid PEM: its body is not base64');
  const root = der && readDer(der);
  if (der === undefined || root?.tag !== 0x30 || root.end !== der.length) refuse('is truncated or corrupt');
  const prefix = [2, 1, 0, 0x30, 13, ...RSA_OID, 5, 0, ...derHeader(4, der.length)];
  const pkcs8 = label === 'PRIVATE KEY' ? der : Uint8Array.from([...derHeader(0x30, prefix.length + der.length), ...prefix, ...der]);
  const algorithm = derChild(pkcs8, readDer(pkcs8), 1);
  if (algorithm === undefined) corrupt();
  if (pkcs8.subarray(algorithm.start, algorithm.start + RSA_OID.length).join() !== RSA_OID.join()) refuse('must be an RSA key for RS256, not EC or Ed25519');
  checkSize(rsaModulusBits(pkcs8) ?? corrupt());
  return pkcs8;
}

/**
 * Checks a private key without importing it (synchronous, before any I/O): PKCS#8 or PKCS#1 PEM text
 * (trimmed, with literal `\n` escapes and CRLF line ends accepted), its UTF-8 bytes, or an RS256 `CryptoKey`.
 * Refuses file paths, public keys, encrypted, OpenSSH, non-RSA, truncated and corrupt keys, keys under 2048
 * bits (the modulus is read from the DER, or from the `CryptoKey`'s algorithm) and `CryptoKey`s that cannot
 * sign RS256, with a message that says what to do; the key's text never appears in it.
 */
export function checkPrivateKey(value: unknown): PrivateKeyMaterial {
  if (isCryptoKey(value)) {
    const { type, usages } = value;
    const algorithm = value.algorithm as RsaHashedKeyAlgorithm;
    if (type !== 'private' || algorithm.name + algorithm.hash?.name !== RS256.name + RS256.hash || !usages.includes('sign')) {
      refuse('must be an RS256 private CryptoKey (RSASSA-PKCS1-v1_5, SHA-256, usage "sign")');
    }
    checkSize(algorithm.modulusLength);
    return value;
  }
  if (value instanceof Uint8Array) return parsePem(new TextDecoder().decode(value));
  return typeof value === 'string' ? parsePem(value) : refuse('must be PEM text, its bytes or a CryptoKey (pass it or set VONAGE_PRIVATE_KEY)');
}

/**
 * Imports checked key material for RS256 signing. PEM keys are imported extractable, so that `@opentok/tokens`
 * can derive the public half to verify tokens; the key never leaves the closure that holds it.
 */
export async function importPrivateKey(material: PrivateKeyMaterial): Promise<CryptoKey> {
  return isCryptoKey(material) ? material : crypto.subtle.importKey('pkcs8', material, RS256, true, ['sign']).catch(corrupt);
}
