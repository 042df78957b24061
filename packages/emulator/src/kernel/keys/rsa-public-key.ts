import { readPem, writePem } from '@opentok/core/internal';
import { fail } from '../errors.js';
import { children, type DerElement, elementBytes, encodeElement, readElement, TAG } from './der.js';

/** The smallest RSA modulus accepted, in bits (what jose, and so this SDK, requires for RS256; every Vonage key is 2048-bit). */
export const MIN_MODULUS_BITS = 2048;

/** An application's RSA public key: SPKI DER for Web Crypto, and the same as PEM text. */
export interface RsaPublicKey {
  readonly spki: Uint8Array<ArrayBuffer>;
  readonly pem: string;
}

/** DER of the rsaEncryption OID, 1.2.840.113549.1.1.1. */
const RSA_ENCRYPTION = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

const CONVERT_PRIVATE = 'convert it with `openssl pkcs8 -topk8 -nocrypt -in key.pem -out pkcs8.pem`';
const CONVERT_PUBLIC = 'convert it with `openssl rsa -RSAPublicKey_in -in key.pem -pubout`, or give the private key instead';

/**
 * The label and DER bytes of the one PEM block in `text` (core's PEM reader: blanks, CRLF and the literal `\n` of
 * one-line environment variables are fine). A refusal names the option and never echoes the text (it may be a
 * private key).
 */
function pemBlock(text: unknown, name: string, expected: string): { label: string; der: Uint8Array<ArrayBuffer> } {
  if (typeof text !== 'string' || text.trim() === '') fail(400, `Invalid application: "${name}" must be PEM text (-----BEGIN ${expected}-----).`);
  const reading = readPem(text);
  if (reading.problem === undefined) return reading;
  if (reading.problem === 'file-path') fail(400, `Invalid application: "${name}" looks like a file path; pass the contents of the file.`);
  if (reading.problem === 'not-base64' && text.split('-----BEGIN ').length === 2) fail(400, `Invalid application: the body of "${name}" is not base64.`);
  return fail(400, `Invalid application: "${name}" is not one PEM block (-----BEGIN ${expected}----- … -----END ${expected}-----).`);
}

function structure(bytes: Uint8Array, element: DerElement | undefined, tag: number): DerElement[] | undefined {
  return element?.tag === tag ? children(bytes, element) : undefined;
}

function isRsaAlgorithm(bytes: Uint8Array, algorithm: DerElement | undefined): boolean {
  const oid = structure(bytes, algorithm, TAG.sequence)?.[0];
  if (oid?.tag !== TAG.oid || oid.end - oid.start !== RSA_ENCRYPTION.length) return false;
  return RSA_ENCRYPTION.every((byte, i) => bytes[oid.start + i] === byte);
}

function root(der: Uint8Array): DerElement | undefined {
  const element = readElement(der, 0);
  return element?.end === der.length ? element : undefined;
}

/** Refuses a modulus under {@link MIN_MODULUS_BITS}; `modulus` is the INTEGER element. */
function checkSize(bytes: Uint8Array, modulus: DerElement, name: string): void {
  let start = modulus.start;
  while (start < modulus.end && bytes[start] === 0) start++;
  const bits = start === modulus.end ? 0 : (modulus.end - start - 1) * 8 + (32 - Math.clz32(bytes[start]!));
  if (bits < MIN_MODULUS_BITS) fail(400, `Invalid application: "${name}" is a ${bits}-bit RSA key; RS256 needs at least ${MIN_MODULUS_BITS} bits.`);
}

/** Reads an SPKI PEM (`-----BEGIN PUBLIC KEY-----`) holding an RSA key of at least 2048 bits. */
export function publicKeyFromSpki(text: unknown, name = 'publicKey'): RsaPublicKey {
  const { label, der } = pemBlock(text, name, 'PUBLIC KEY');
  if (label === 'RSA PUBLIC KEY')
    fail(400, `Invalid application: "${name}" is a PKCS#1 public key; SPKI (-----BEGIN PUBLIC KEY-----) is needed: ${CONVERT_PUBLIC}.`);
  if (label !== 'PUBLIC KEY') fail(400, `Invalid application: "${name}" holds a ${label}, not a PUBLIC KEY (SPKI).`);
  const [algorithm, bitString, ...rest] = structure(der, root(der), TAG.sequence) ?? [];
  if (bitString?.tag !== TAG.bitString || rest.length > 0 || !isRsaAlgorithm(der, algorithm))
    fail(400, `Invalid application: "${name}" is not an RSA public key (SPKI with rsaEncryption).`);
  const inner = der[bitString.start] === 0 ? readElement(der, bitString.start + 1, bitString.end) : undefined;
  const [modulus, exponent] = structure(der, inner, TAG.sequence) ?? [];
  if (modulus?.tag !== TAG.integer || exponent?.tag !== TAG.integer)
    fail(400, `Invalid application: "${name}" is not an RSA public key (its modulus and exponent do not parse).`);
  checkSize(der, modulus, name);
  return { spki: der, pem: writePem('PUBLIC KEY', der) };
}

/**
 * Derives the public key of a PKCS#8 PEM RSA private key (`-----BEGIN PRIVATE KEY-----`), without
 * Web Crypto: the SPKI is assembled from the key's own modulus and exponent, so it is synchronous.
 */
export function publicKeyFromPkcs8(text: unknown, name = 'privateKey'): RsaPublicKey {
  const { label, der } = pemBlock(text, name, 'PRIVATE KEY');
  if (label === 'RSA PRIVATE KEY' || label === 'ENCRYPTED PRIVATE KEY')
    fail(400, `Invalid application: "${name}" is a ${label}; an unencrypted PKCS#8 key (-----BEGIN PRIVATE KEY-----) is needed: ${CONVERT_PRIVATE}.`);
  if (label !== 'PRIVATE KEY') fail(400, `Invalid application: "${name}" holds a ${label}; RS256 needs an RSA key as PKCS#8 (-----BEGIN PRIVATE KEY-----).`);
  const [version, algorithm, octets] = structure(der, root(der), TAG.sequence) ?? [];
  if (version?.tag !== TAG.integer || octets?.tag !== TAG.octetString || !isRsaAlgorithm(der, algorithm))
    fail(400, `Invalid application: "${name}" is not an RSA private key (PKCS#8 with rsaEncryption).`);
  const fields = structure(der, readElement(der, octets.start, octets.end), TAG.sequence) ?? [];
  const [, modulus, exponent] = fields;
  if (fields.length < 9 || modulus?.tag !== TAG.integer || exponent?.tag !== TAG.integer)
    fail(400, `Invalid application: "${name}" is not an RSA private key (its RSAPrivateKey does not parse).`);
  checkSize(der, modulus, name);
  const rsaPublicKey = encodeElement(TAG.sequence, elementBytes(der, modulus), elementBytes(der, exponent));
  const spki = encodeElement(TAG.sequence, elementBytes(der, algorithm!), encodeElement(TAG.bitString, Uint8Array.of(0), rsaPublicKey));
  return { spki, pem: writePem('PUBLIC KEY', spki) };
}
