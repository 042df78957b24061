import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { inspect } from 'node:util';
import { decodeSessionId } from '@opentok/core';
import { describe, expect, it } from 'vitest';
import { type ApplicationOptions, createEmulator, DEMO_APPLICATION, EmulatorError } from '../src/index.js';
import { nowS, rs256, rsaKeyPair, vonageClaims } from './bearer.js';

const ID = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';

function refusal(options: unknown): EmulatorError {
  try {
    createEmulator({ applications: [options as ApplicationOptions] });
  } catch (error) {
    if (error instanceof EmulatorError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('Vonage applications', () => {
  it('has the demo application by default, with a committed 2048-bit key pair that matches', () => {
    const emulator = createEmulator();
    expect(emulator.application).toEqual(DEMO_APPLICATION);
    expect(emulator.applications).toEqual([DEMO_APPLICATION]);
    const derived = createPublicKey(DEMO_APPLICATION.privateKey);
    expect(derived.export({ type: 'spki', format: 'pem' })).toBe(DEMO_APPLICATION.publicKey);
    expect(derived.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(DEMO_APPLICATION.privateKey.startsWith('-----BEGIN PRIVATE KEY-----\n')).toBe(true);
  });

  it('derives the public key from a private key exactly as openssl/node does', () => {
    for (const modulusLength of [2048, 3072]) {
      const keys = rsaKeyPair(modulusLength);
      const emulator = createEmulator({ applications: [{ applicationId: ID, privateKey: keys.privateKey }] });
      expect(emulator.application).toEqual({ applicationId: ID, publicKey: keys.publicKey, privateKey: keys.privateKey });
    }
  });

  it('accepts keys the way they arrive: upper-case IDs, CRLF, surrounding blanks, one-line env vars with literal \\n, both keys when they match', () => {
    const keys = rsaKeyPair();
    const variants = [keys.publicKey.replace(/\n/g, '\r\n'), `\n  ${keys.publicKey}  \n`, keys.publicKey.replace(/\n/g, '\\n')];
    for (const publicKey of variants) {
      expect(createEmulator({ applications: [{ applicationId: ID.toUpperCase(), publicKey }] }).application).toEqual({
        applicationId: ID,
        publicKey: keys.publicKey,
      });
    }
    expect(createEmulator({ applications: [{ applicationId: ID, ...keys }] }).application.publicKey).toBe(keys.publicKey);
  });

  const small = rsaKeyPair(1024);
  const pair = rsaKeyPair();
  const ec = generateKeyPairSync('ec', {
    namedCurve: 'P-256',
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const pkcs1 = createPublicKey(pair.privateKey);
  const { privateKey: otherPrivate } = rsaKeyPair();
  it.each<[string, unknown, string]>([
    ['no options', undefined, '"applicationId" must be a UUID'],
    ['an ID that is not a UUID', { applicationId: '10000001', publicKey: pair.publicKey }, '"applicationId" must be a UUID (got "10000001")'],
    ['no key', { applicationId: ID }, 'give its "publicKey"'],
    ['a public key that is not text', { applicationId: ID, publicKey: 42 }, '"publicKey" must be PEM text'],
    ['a file path', { applicationId: ID, privateKey: './private.key' }, 'looks like a file path'],
    ['two PEM blocks', { applicationId: ID, publicKey: pair.publicKey + pair.publicKey }, 'is not one PEM block'],
    ['a body that is not base64', { applicationId: ID, publicKey: '-----BEGIN PUBLIC KEY-----\nab=c=\n-----END PUBLIC KEY-----' }, 'not base64'],
    ['a PKCS#1 public key', { applicationId: ID, publicKey: pkcs1.export({ type: 'pkcs1', format: 'pem' }) }, 'openssl rsa -RSAPublicKey_in'],
    ['a PKCS#1 private key', { applicationId: ID, privateKey: createPrivate(pair.privateKey, 'pkcs1') }, 'openssl pkcs8 -topk8 -nocrypt'],
    ['an encrypted private key', { applicationId: ID, privateKey: createPrivate(pair.privateKey, 'pkcs8', 'pw') }, 'ENCRYPTED PRIVATE KEY'],
    ['an EC private key', { applicationId: ID, privateKey: ec.privateKey }, 'not an RSA private key'],
    ['an EC public key', { applicationId: ID, publicKey: ec.publicKey }, 'not an RSA public key'],
    ['a private key as publicKey', { applicationId: ID, publicKey: pair.privateKey }, 'holds a PRIVATE KEY'],
    ['a 1024-bit key', { applicationId: ID, publicKey: small.publicKey }, '1024-bit RSA key; RS256 needs at least 2048 bits'],
    ['a 1024-bit private key', { applicationId: ID, privateKey: small.privateKey }, '1024-bit'],
    ['keys that are not a pair', { applicationId: ID, publicKey: pair.publicKey, privateKey: otherPrivate }, 'is not the public key of "privateKey"'],
    [
      'truncated DER',
      { applicationId: ID, publicKey: `-----BEGIN PUBLIC KEY-----\n${pair.publicKey.split('\n')[1]}\n-----END PUBLIC KEY-----` },
      'not an RSA public key',
    ],
  ])('refuses %s with a 400 naming the rule (and never echoing a key)', (_name, options, words) => {
    const error = refusal(options);
    expect(error.status).toBe(400);
    expect(error.message).toContain(words);
    expect(error.message).not.toMatch(/MII[A-Za-z0-9+/]{8}/);
  });

  it('refuses two owners with one ID (either kind), and an empty list', () => {
    expect(() =>
      createEmulator({ applications: [DEMO_APPLICATION, { ...DEMO_APPLICATION, applicationId: DEMO_APPLICATION.applicationId.toUpperCase() }] }),
    ).toThrow('already exists');
    expect(() => createEmulator({ projects: [{ apiKey: ID, apiSecret: 's' }], applications: [{ applicationId: ID, publicKey: pair.publicKey }] })).toThrow(
      `Application ${ID} already exists`,
    );
    expect(() => createEmulator({ applications: [] })).toThrow('At least one application');
    const emulator = createEmulator();
    expect(() => emulator.addApplication(DEMO_APPLICATION)).toThrow(expect.objectContaining({ status: 409 }));
    expect(() => emulator.addProject({ apiKey: DEMO_APPLICATION.applicationId, apiSecret: 'x' })).toThrow(expect.objectContaining({ status: 409 }));
  });

  it('adds applications at run time and forgets them on reset', () => {
    const emulator = createEmulator();
    const added = emulator.addApplication({ applicationId: ID, publicKey: pair.publicKey });
    expect(added).toEqual({ applicationId: ID, publicKey: pair.publicKey });
    expect(emulator.applications.map((a) => a.applicationId)).toEqual([DEMO_APPLICATION.applicationId, ID]);
    expect(emulator.projects.map((p) => p.apiKey)).toEqual(['10000001']);
    emulator.reset();
    expect(emulator.applications).toEqual([DEMO_APPLICATION]);
  });

  it('creates sessions of an application without HTTP (its ID in field [1])', () => {
    const emulator = createEmulator();
    const { sessionId } = emulator.createSession({ applicationId: DEMO_APPLICATION.applicationId.toUpperCase(), mediaMode: 'routed' });
    expect(decodeSessionId(sessionId).fields[1]).toBe(DEMO_APPLICATION.applicationId);
    expect(emulator.session(sessionId)?.apiKey).toBe(DEMO_APPLICATION.applicationId);
    expect(() => emulator.createSession({ applicationId: ID })).toThrow(`No application ${ID}`);
    expect(() => emulator.createSession({ applicationId: DEMO_APPLICATION.applicationId, apiKey: '10000001' })).toThrow('not both');
    expect(() => emulator.createSession({ apiKey: DEMO_APPLICATION.applicationId })).toThrow('No project');
  });

  it('control API: GET and POST /_emulator/applications (public keys only), reset forgets the added one', async () => {
    const emulator = createEmulator();
    const control = (method: string, path: string, body?: unknown) =>
      emulator.fetch(`http://e/_emulator${path}`, {
        method,
        ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
      });
    const keys = rsaKeyPair();
    const created = await control('POST', '/applications', { applicationId: ID, privateKey: keys.privateKey });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ applicationId: ID, publicKey: keys.publicKey });
    const listed = await (await control('GET', '/applications')).text();
    expect(JSON.parse(listed)).toEqual([
      { applicationId: DEMO_APPLICATION.applicationId, publicKey: DEMO_APPLICATION.publicKey },
      { applicationId: ID, publicKey: keys.publicKey },
    ]);
    expect(listed).not.toContain('PRIVATE KEY');
    const conflict = await control('POST', '/applications', { applicationId: ID, publicKey: keys.publicKey });
    expect([conflict.status, ((await conflict.json()) as { code: number }).code]).toEqual([409, 409]);
    const bad = await control('POST', '/applications', { applicationId: 'nope', publicKey: keys.publicKey });
    expect(bad.status).toBe(400);
    const ok = await emulator.fetch(`http://e/v2/project/${ID}/archive`, { headers: { Authorization: `Bearer ${rs256(vonageClaims(ID), keys.privateKey)}` } });
    expect(ok.status).toBe(200);
    expect((await control('POST', '/reset')).status).toBe(204);
    expect(((await (await control('GET', '/applications')).json()) as unknown[]).length).toBe(1);
  });

  it('never shows a private key, a secret or an auth header in JSON.stringify, util.inspect or the request log', async () => {
    const emulator = createEmulator();
    const token = rs256({ application_id: DEMO_APPLICATION.applicationId, iat: nowS() });
    await emulator.fetch(`http://e/v2/project/${DEMO_APPLICATION.applicationId}/archive`, { headers: { Authorization: `Bearer ${token}` } });
    const shown = [
      JSON.stringify(emulator),
      inspect(emulator, { depth: Infinity }),
      inspect(emulator, { depth: Infinity, getters: true, showHidden: true }),
      JSON.stringify(emulator.requests),
      inspect(emulator.requests, { depth: Infinity }),
    ].join('\n');
    expect(shown).toContain(DEMO_APPLICATION.applicationId);
    expect(emulator.requests[0]!.headers['authorization']).toBe('[redacted]');
    for (const secret of [DEMO_APPLICATION.privateKey.split('\n')[1]!, emulator.project.apiSecret, token.split('.')[2]!]) expect(shown).not.toContain(secret);
    expect(shown).not.toContain('PRIVATE KEY');
  });
});

function createPrivate(pem: string, type: 'pkcs1' | 'pkcs8', passphrase?: string): string {
  return createPrivateKey(pem).export({ type, format: 'pem', ...(passphrase === undefined ? {} : { cipher: 'aes-256-cbc', passphrase }) }) as string;
}
