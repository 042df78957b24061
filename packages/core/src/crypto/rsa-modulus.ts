import { derChild, readDer } from './der.js';

/**
 * The modulus length in bits of an RSA private key, read from its PKCS#8 DER (a PrivateKeyInfo holding an
 * RSAPrivateKey) without importing it: synchronous, so that a key too small to sign is refused before any I/O.
 * `undefined` when the bytes do not have that structure. The algorithm identifier is not checked here.
 */
export function rsaModulusBits(pkcs8: Uint8Array): number | undefined {
  const info = readDer(pkcs8);
  const key = derChild(pkcs8, derChild(pkcs8, info, 2), 0);
  const modulus = derChild(pkcs8, key, 1);
  if (info?.tag !== 0x30 || key?.tag !== 0x30 || modulus?.tag !== 0x02) return undefined;
  let first = modulus.start;
  while (first < modulus.end && pkcs8[first] === 0) first++;
  return first === modulus.end ? 0 : (modulus.end - first) * 8 - Math.clz32(pkcs8[first]!) + 24;
}
