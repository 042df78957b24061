// The node export condition swaps Web Crypto signing for node:crypto: both must produce the same bytes.
import { describe, expect, it } from 'vitest';
import { TEST_APPLICATION } from '../../testing/src/test-application.js';
import { signers as webSigners } from '../src/auth/signers.js';
import { signers as nodeSigners } from '../src/auth/signers.node.js';
import { readCredentials } from '../src/credentials/credentials.js';
import { createClient } from '../src/index.js';

const input = new TextEncoder().encode('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiIxMjM0NTY3OCJ9');

describe('REST auth signers: node:crypto and Web Crypto agree byte for byte', () => {
  it('HS256', async () => {
    const secret = '0123456789abcdef0123456789abcdef01234567';
    const [web, node] = await Promise.all([webSigners.hs256(secret)(input), nodeSigners.hs256(secret)(input)]);
    expect(Buffer.from(node).toString('base64url')).toBe(Buffer.from(web).toString('base64url'));
    expect(web).toHaveLength(32);
  });

  it('RS256 (deterministic PKCS#1 v1.5), twice with the cached KeyObject', async () => {
    const credentials = readCredentials(createClient({ ...TEST_APPLICATION, apiUrl: 'http://127.0.0.1:1' }));
    if (credentials.kind !== 'application') throw new Error('expected application credentials');
    const key = (await credentials.signingKey()) as CryptoKey; // the real CryptoKey behind the structural type
    const web = await webSigners.rs256(key, input);
    expect(Buffer.from(await nodeSigners.rs256(key, input))).toEqual(Buffer.from(web));
    expect(Buffer.from(await nodeSigners.rs256(key, input))).toEqual(Buffer.from(web));
    expect(web).toHaveLength(256);
  });
});
