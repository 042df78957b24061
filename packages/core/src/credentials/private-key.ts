import { readPem } from '../crypto/pem.js';
import { ValidationError } from '../errors/validation-error.js';
import type { WebCryptoKey } from './web-crypto-key.js';

/** What `privateKey` may be: the PEM text (or its bytes, e.g. a `Buffer` from `readFileSync`), or an imported `CryptoKey`. */
export type PrivateKeyInput = string | Uint8Array | WebCryptoKey;

/** A checked private key: an RS256 `CryptoKey`, or PKCS#8 DER ready for `importKey`. */
export type PrivateKeyMaterial = CryptoKey | Uint8Array<ArrayBuffer>;

const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
/** The DER of the rsaEncryption OID (1.2.840.113549.1.1.1), with its tag and length. */
const RSA_OID = '06092a864886f70d010101';
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

/** The length a DER SEQUENCE says it has, header included (-1 when the header is not one). */
function derSize(der: Uint8Array): number {
  const [tag, first = 0, a = 0, b = 0] = der;
  return tag !== 0x30 ? -1 : first < 128 ? 2 + first : first === 0x81 ? 3 + a : first === 0x82 ? 4 + a * 256 + b : -1;
}

function hex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += (byte < 16 ? '0' : '') + byte.toString(16);
  return text;
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
  if (der === undefined || derSize(der) !== der.length) refuse('is truncated or corrupt');
  if (label === 'PRIVATE KEY') return hex(der.subarray(0, 32)).includes(RSA_OID) ? der : refuse('must be an RSA key for RS256, not EC or Ed25519');
  const prefix = [0x02, 1, 0, 0x30, 13, ...RSA_OID.match(/../g)!.map((byte) => parseInt(byte, 16)), 5, 0, ...derHeader(4, der.length)];
  return Uint8Array.from([...derHeader(0x30, prefix.length + der.length), ...prefix, ...der]);
}

/**
 * Checks a private key without importing it (synchronous, before any I/O): PKCS#8 or PKCS#1 PEM text
 * (trimmed, with literal `\n` escapes and CRLF line ends accepted), its UTF-8 bytes, or an RS256 `CryptoKey`.
 * Refuses file paths, public keys, encrypted, OpenSSH, non-RSA and truncated keys with a message
 * that says what to do; the key's text never appears in it.
 */
export function checkPrivateKey(value: unknown): PrivateKeyMaterial {
  if (isCryptoKey(value)) {
    const { type, algorithm, usages } = value;
    if (type !== 'private' || algorithm.name + (algorithm as RsaHashedKeyAlgorithm).hash?.name !== RS256.name + RS256.hash || !usages.includes('sign')) {
      refuse('must be an RS256 private CryptoKey (RSASSA-PKCS1-v1_5, SHA-256, usage "sign")');
    }
    return value;
  }
  if (value instanceof Uint8Array) return parsePem(new TextDecoder().decode(value));
  return typeof value === 'string' ? parsePem(value) : refuse('must be PEM text, its bytes or a CryptoKey (pass it or set VONAGE_PRIVATE_KEY)');
}

function corrupt(): never {
  return refuse('could not be imported as an RSA private key: its data is corrupt');
}

/**
 * Imports checked key material for RS256 signing and insists on a modulus of at least 2048 bits.
 * PEM keys are imported extractable, so that `@opentok/tokens` can derive the public half to verify
 * tokens; the key never leaves the closure that holds it.
 */
export async function importPrivateKey(material: PrivateKeyMaterial): Promise<CryptoKey> {
  const key = isCryptoKey(material) ? material : await crypto.subtle.importKey('pkcs8', material, RS256, true, ['sign']).catch(corrupt);
  const bits = (key.algorithm as RsaHashedKeyAlgorithm).modulusLength;
  // jose and the JWT RFCs draw the same line for RS256.
  return bits < 2048 ? refuse(`must be an RSA key of at least 2048 bits for RS256 (this one has ${bits})`) : key;
}
