// The one PEM reader and the one HMAC key cache that core, tokens, webhooks and the emulator share.
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacKey } from '../src/crypto/hmac-key.js';
import { readPem, writePem } from '../src/crypto/pem.js';

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

describe('hmacKey', () => {
  it('imports once per secret and hash, for signing and verifying', async () => {
    const key = hmacKey('s3cret');
    expect(hmacKey('s3cret')).toBe(key);
    expect(hmacKey('s3cret', 'SHA-1')).not.toBe(key);
    expect((await key).usages.sort()).toEqual(['sign', 'verify']);
    const data = new TextEncoder().encode('header.claims');
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await key, data));
    expect(Buffer.from(mac).toString('hex')).toBe(createHmac('sha256', 's3cret').update('header.claims').digest('hex'));
    expect(await crypto.subtle.verify('HMAC', await key, mac, data)).toBe(true);
    const sha1 = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey('s3cret', 'SHA-1'), data));
    expect(Buffer.from(sha1).toString('hex')).toBe(createHmac('sha1', 's3cret').update('header.claims').digest('hex'));
  });

  it('is bounded: after 64 other secrets the first is imported again', () => {
    const first = hmacKey('first');
    for (let i = 0; i < 64; i++) void hmacKey(`other-${i}`);
    expect(hmacKey('first')).not.toBe(first);
  });
});
