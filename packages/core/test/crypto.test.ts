// The one PEM reader, the DER reader, the RSA modulus reader and the one HMAC key cache that core, tokens, webhooks and the emulator share.
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readDer } from '../src/crypto/der.js';
import { hmacKey, hmacSign } from '../src/crypto/hmac-key.js';
import { readPem, writePem } from '../src/crypto/pem.js';
import { rsaModulusBits } from '../src/crypto/rsa-modulus.js';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const der = new Uint8Array(privateKey.export({ type: 'pkcs8', format: 'der' }));

describe('readPem', () => {
  it('reads a block as it arrives: LF, CRLF, literal \\n escapes of .env files, surrounding whitespace', () => {
    for (const text of [pkcs8, pkcs8.replace(/\n/g, '\r\n'), pkcs8.replace(/\n/g, '\\n'), `\n  ${pkcs8}\n\n`]) {
      expect(readPem(text)).toEqual({ label: 'PRIVATE KEY', der });
    }
  });

  it('names the problem, with the label once there is a BEGIN line, and never the text', () => {
    expect(readPem('./keys/private.key')).toEqual({ problem: 'file-path' });
    expect(readPem('private.pem')).toEqual({ problem: 'file-path' });
    expect(readPem('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC')).toEqual({ problem: 'not-pem' });
    expect(readPem(pkcs8.slice(0, 200))).toEqual({ label: 'PRIVATE KEY', problem: 'truncated' });
    expect(readPem(pkcs8.replace('-----END PRIVATE KEY-----', '-----END PUBLIC KEY-----'))).toEqual({ label: 'PRIVATE KEY', problem: 'truncated' });
    expect(readPem(pkcs8.replace(/\n(.)/, '\n%$1'))).toEqual({ label: 'PRIVATE KEY', problem: 'not-base64' });
  });

  it('writePem writes what readPem reads, in lines of 64', () => {
    const text = writePem('PRIVATE KEY', der);
    expect(text).toBe(pkcs8);
    expect(readPem(text)).toEqual({ label: 'PRIVATE KEY', der });
  });
});

describe('readDer', () => {
  it('reads short and long lengths, and refuses what runs past its limit or has no definite length', () => {
    expect(readDer(Uint8Array.of(0x02, 1, 5))).toEqual({ tag: 2, start: 2, end: 3 });
    expect(readDer(Uint8Array.of(0x30, 0x81, 1, 0, 0x02, 0x82, 0, 1, 9), 4)).toEqual({ tag: 2, start: 8, end: 9 });
    expect(readDer(Uint8Array.of(0x30, 0x81, 2, 0, 0x02), 0, 4)).toBeUndefined();
    expect(readDer(Uint8Array.of(0x30, 0x80, 0, 0))).toBeUndefined();
    expect(readDer(Uint8Array.of(0x30, 0x85, 0, 0, 0, 0, 1))).toBeUndefined();
    expect(readDer(Uint8Array.of(0x30, 0x82, 1))).toBeUndefined();
    expect(readDer(Uint8Array.of(0x30))).toBeUndefined();
    expect(readDer(Uint8Array.of(0x30, 0), 2)).toBeUndefined();
  });
});

describe('rsaModulusBits', () => {
  it.each([1024, 1535, 2047, 2048])("reads a %i-bit key's modulus from its PKCS#8 DER, without importing it", (bits) => {
    const key = generateKeyPairSync('rsa', { modulusLength: bits }).privateKey;
    expect(rsaModulusBits(new Uint8Array(key.export({ type: 'pkcs8', format: 'der' })))).toBe(bits);
  });

  it('is undefined for what is not a PKCS#8 RSA private key structure', () => {
    expect(rsaModulusBits(der.subarray(0, 100))).toBeUndefined();
    expect(rsaModulusBits(new Uint8Array(privateKey.export({ type: 'pkcs1', format: 'der' })))).toBeUndefined();
    expect(rsaModulusBits(new Uint8Array(0))).toBeUndefined();
    expect(rsaModulusBits(Uint8Array.of(0x30, 3, 0x02, 1, 0))).toBeUndefined();
  });
});

describe('hmacKey', () => {
  it('imports once per secret and hash, for signing and verifying', async () => {
    const key = hmacKey('s3cret') as Promise<CryptoKey>;
    expect(hmacKey('s3cret')).toBe(key);
    expect(hmacKey('s3cret', 'SHA-1')).not.toBe(key);
    expect([...(await key).usages].sort()).toEqual(['sign', 'verify']);
    const data = new TextEncoder().encode('header.claims');
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await key, data));
    expect(Buffer.from(mac).toString('hex')).toBe(createHmac('sha256', 's3cret').update('header.claims').digest('hex'));
    expect(await crypto.subtle.verify('HMAC', await key, mac, data)).toBe(true);
    const sha1 = new Uint8Array(await crypto.subtle.sign('HMAC', (await hmacKey('s3cret', 'SHA-1')) as CryptoKey, data));
    expect(Buffer.from(sha1).toString('hex')).toBe(createHmac('sha1', 's3cret').update('header.claims').digest('hex'));
    expect(await hmacSign('s3cret', data)).toEqual(mac);
    expect(await hmacSign('s3cret', data, 'SHA-1')).toEqual(sha1);
  });

  it('is bounded: after 64 other secrets the first is imported again', () => {
    const first = hmacKey('first');
    for (let i = 0; i < 64; i++) void hmacKey(`other-${i}`);
    expect(hmacKey('first')).not.toBe(first);
  });
});
