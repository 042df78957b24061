import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
// Core sits below @opentok/testing (which builds on core), so its tests take the fixtures from source.
import { TEST_APPLICATION } from '../../testing/src/test-application.js';
import * as publicDoor from '../src/index.js';
import { createClient, DEFAULT_VONAGE_API_URL, ValidationError, type WebCryptoKey } from '../src/index.js';
import * as internalDoor from '../src/internal.js';
import { readCredentials } from '../src/internal.js';

const { applicationId, privateKey } = TEST_APPLICATION;
/** A distinctive run of the key's base64 body: it must never show up anywhere. */
const KEY_BODY = privateKey.split('\n')[5]!;
const SECRET = 'super-secret-value-0123456789';

function clearEnv() {
  for (const name of ['OPENTOK_API_KEY', 'OPENTOK_API_SECRET', 'OPENTOK_API_URL', 'VONAGE_APPLICATION_ID', 'VONAGE_PRIVATE_KEY']) vi.stubEnv(name, '');
}

function refusal(config: unknown): ValidationError {
  try {
    createClient(config as never);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('createClient accepted the config');
}

describe('readCredentials', () => {
  it('is on the internal door only: it hands back the secret or the private key', () => {
    expect(Object.keys(publicDoor)).not.toContain('readCredentials');
    expect(typeof internalDoor.readCredentials).toBe('function');
  });
});

describe('createClient with Vonage application credentials', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('resolves the kind, the project ID and the Vonage API URL', () => {
    const client = createClient({ applicationId, privateKey });
    expect(client).toMatchObject({ credentialKind: 'application', applicationId, projectId: applicationId, apiUrl: DEFAULT_VONAGE_API_URL });
    expect(client.apiKey).toBeUndefined();
    expect(createClient({ apiKey: '12345678', apiSecret: SECRET })).toMatchObject({
      credentialKind: 'project',
      apiKey: '12345678',
      projectId: '12345678',
      apiUrl: 'https://api.opentok.com',
    });
    expect(client.toJSON()).toEqual({
      applicationId,
      credentialKind: 'application',
      projectId: applicationId,
      apiUrl: DEFAULT_VONAGE_API_URL,
      timeout: 20_000,
      retry: { retries: 2, baseDelay: 500, maxDelay: 30_000 },
      userAgent: client.userAgent,
      maxResponseBytes: 8 * 1024 * 1024,
    });
  });

  it('lets apiUrl and OPENTOK_API_URL override the default of either kind', () => {
    expect(createClient({ applicationId, privateKey, apiUrl: 'http://127.0.0.1:4010' }).apiUrl).toBe('http://127.0.0.1:4010');
    vi.stubEnv('OPENTOK_API_URL', 'http://localhost:4010');
    expect(createClient({ applicationId, privateKey }).apiUrl).toBe('http://localhost:4010');
  });

  it('falls back to VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY (with \\n escapes) before the OpenTok pair', () => {
    clearEnv();
    vi.stubEnv('VONAGE_APPLICATION_ID', applicationId);
    vi.stubEnv('VONAGE_PRIVATE_KEY', privateKey.replace(/\n/g, '\\n'));
    vi.stubEnv('OPENTOK_API_KEY', '47665971');
    vi.stubEnv('OPENTOK_API_SECRET', SECRET);
    expect(createClient()).toMatchObject({ credentialKind: 'application', applicationId });
    expect(createClient({ apiKey: '1' })).toMatchObject({ credentialKind: 'project', apiKey: '1' });
    vi.stubEnv('VONAGE_APPLICATION_ID', '');
    vi.stubEnv('VONAGE_PRIVATE_KEY', '');
    expect(createClient()).toMatchObject({ credentialKind: 'project', apiKey: '47665971' });
  });

  it('reads no VONAGE_API_URL, VONAGE_API_KEY or VONAGE_API_SECRET: those belong to the other Vonage APIs', () => {
    clearEnv();
    vi.stubEnv('VONAGE_API_URL', 'https://api.nexmo.com');
    vi.stubEnv('VONAGE_API_KEY', 'abcd1234');
    vi.stubEnv('VONAGE_API_SECRET', SECRET);
    expect(createClient({ applicationId, privateKey }).apiUrl).toBe(DEFAULT_VONAGE_API_URL);
    expect(refusal({}).parameter).toBe('credentials');
  });

  it('takes the private key from the environment when only the application ID is given', () => {
    clearEnv();
    vi.stubEnv('VONAGE_PRIVATE_KEY', privateKey);
    expect(createClient({ applicationId }).credentialKind).toBe('application');
  });

  it('derives clients with with(): settings kept, credentials replaced whole', () => {
    const client = createClient({ applicationId, privateKey });
    expect(client.with({ timeout: 5 })).toMatchObject({ credentialKind: 'application', applicationId, timeout: 5 });
    const project = client.with({ apiKey: '1', apiSecret: SECRET });
    expect(project).toMatchObject({ credentialKind: 'project', apiKey: '1', apiUrl: 'https://api.opentok.com' });
    expect(project.with({ applicationId, privateKey }).credentialKind).toBe('application');
  });

  it.each([
    [{ applicationId, privateKey, apiKey: '1' }, 'credentials must be { applicationId, privateKey } or { apiKey, apiSecret }, not fields of both'],
    [{ apiSecret: SECRET, privateKey }, 'credentials must be { applicationId, privateKey } or { apiKey, apiSecret }, not fields of both'],
    [{ applicationId }, 'privateKey is required with applicationId (pass it or set VONAGE_PRIVATE_KEY)'],
    [{ privateKey }, 'applicationId must be a Vonage application ID, a UUID (pass it or set VONAGE_APPLICATION_ID) (got undefined)'],
    [
      { applicationId: '12345678', privateKey },
      'applicationId must be a Vonage application ID, a UUID (pass it or set VONAGE_APPLICATION_ID) (got "12345678")',
    ],
    [
      {},
      'credentials are missing: pass { applicationId, privateKey } or set VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY (a Vonage application), or pass { apiKey, apiSecret } or set OPENTOK_API_KEY and OPENTOK_API_SECRET (an OpenTok project)',
    ],
    [
      { applicationId, privateKey, apiURL: 'http://x' },
      'config.apiURL is not a known option (expected applicationId, privateKey, apiKey, apiSecret, apiUrl, timeout, retry, fetch, userAgent, logger, maxResponseBytes)',
    ],
    [{ apiKey: '1', apiSecret: SECRET, retry: { retrys: 1 } }, 'retry.retrys is not a known option (expected retries, baseDelay, maxDelay)'],
  ])('refuses %j', (config, message) => {
    clearEnv();
    expect(refusal(config).message).toContain(message);
  });

  it('names the Vonage application credentials first when there are none at all', () => {
    clearEnv();
    for (const error of [refusal(undefined), refusal({}), refusal({ timeout: 5_000 })]) {
      expect(error.message).toBe(
        'credentials are missing: pass { applicationId, privateKey } or set VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY (a Vonage application), or pass { apiKey, apiSecret } or set OPENTOK_API_KEY and OPENTOK_API_SECRET (an OpenTok project)',
      );
      expect(error.parameter).toBe('credentials');
    }
    // Bare credentials (generateToken, verifyToken) are never completed from the environment: the message says so.
    expect(() => readCredentials({} as never)).toThrow(
      new ValidationError({
        parameter: 'credentials',
        rule: 'are missing: pass { applicationId, privateKey } (a Vonage application), or pass { apiKey, apiSecret } (an OpenTok project)',
        redact: true,
      }),
    );
  });

  it('refuses a misspelt key without showing its value', () => {
    const error = refusal({ apiKey: '1', apiSecert: SECRET });
    expect(error.message).toContain('config.apiSecert is not a known option');
    expect(error.message).not.toContain(SECRET);
  });

  it('never shows the private key in JSON, inspect, errors or derived clients', () => {
    const client = createClient({ applicationId, privateKey });
    const derived = client.with({ timeout: 1000 });
    const errors = [
      refusal({ applicationId, privateKey, apiKey: '1' }),
      refusal({ applicationId, privateKey, timeout: -1 }),
      refusal({ applicationId: 'x', privateKey }),
    ];
    for (const value of [client, derived, ...errors, readCredentials(client)]) {
      for (const text of [JSON.stringify(value), inspect(value, { showHidden: true, depth: Infinity }), String(value)]) {
        expect(text).not.toContain(KEY_BODY);
      }
    }
    expect(String(client.with)).not.toContain(KEY_BODY);
  });
});

describe('private keys', () => {
  const pkcs1 = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;

  async function signWith(key: unknown): Promise<string> {
    const client = createClient({ applicationId, privateKey: key as string });
    const { signingKey } = readCredentials(client) as { signingKey: () => Promise<WebCryptoKey> };
    return (await signingKey()).algorithm.name;
  }

  it.each([
    ['PKCS#8 PEM', privateKey],
    ['PKCS#1 PEM (wrapped into PKCS#8)', pkcs1],
    ['the PEM as bytes (readFileSync without an encoding)', new TextEncoder().encode(privateKey)],
    ['CRLF line ends and surrounding whitespace', `\n  ${privateKey.replace(/\n/g, '\r\n')}  \n`],
    ['literal \\n escapes from a .env file', privateKey.replace(/\n/g, '\\n')],
  ])('accepts %s', async (_, key) => {
    expect(await signWith(key)).toBe('RSASSA-PKCS1-v1_5');
  });

  it('accepts an RS256 CryptoKey', async () => {
    const { privateKey: key } = (await crypto.subtle.generateKey(
      { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    )) as CryptoKeyPair;
    expect(await signWith(key)).toBe('RSASSA-PKCS1-v1_5');
  });

  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const lines = privateKey.trim().split('\n');
  it.each([
    ['a file path', './private.key', "looks like a file path: pass the key's text, e.g. fs.readFileSync(path, 'utf8')"],
    ['an absolute path', '/etc/vonage/app.pem', 'looks like a file path'],
    ['random text', 'not a key at all', 'must be the PEM text of a private key (-----BEGIN PRIVATE KEY-----), e.g. the private.key of your Vonage application'],
    ['an empty string', '', 'must be the PEM text of a private key'],
    ['a number', 42, 'must be PEM text, its bytes or a CryptoKey (pass it or set VONAGE_PRIVATE_KEY)'],
    ['a public key', rsa.publicKey.export({ type: 'spki', format: 'pem' }), 'is a public key or certificate: pass the private key'],
    ['a PKCS#1 public key', rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }), 'is a public key or certificate: pass the private key'],
    [
      'an encrypted PKCS#8 key',
      rsa.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }),
      'is encrypted: convert it with `openssl pkcs8 -topk8 -nocrypt -in old.key -out private.key`',
    ],
    ['an encrypted PKCS#1 key', rsa.privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }), 'is encrypted'],
    ['an EC key (SEC1)', ec.privateKey.export({ type: 'sec1', format: 'pem' }), 'must be an RSA key for RS256, not EC PRIVATE KEY'],
    ['an EC key (PKCS#8)', ec.privateKey.export({ type: 'pkcs8', format: 'pem' }), 'must be an RSA key for RS256, not EC or Ed25519'],
    ['an Ed25519 key', generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }), 'must be an RSA key for RS256, not EC or Ed25519'],
    [
      'an OpenSSH key',
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----',
      'is an OpenSSH key: convert it with `ssh-keygen -p -N "" -m PKCS8 -f private.key`',
    ],
    ['a PEM without its END line', lines.slice(0, -1).join('\n'), 'is truncated or corrupt'],
    ['a PEM cut short', [...lines.slice(0, 10), lines.at(-1)].join('\n'), 'is truncated or corrupt'],
    [
      'a PEM with a broken body',
      privateKey.replace(lines[3]!, `${lines[3]!.slice(0, 30)}!!${lines[3]!.slice(32)}`),
      'is not valid PEM: its body is not base64',
    ],
  ])('refuses %s with a message that says what to do', (_, key, message) => {
    const error = refusal({ applicationId, privateKey: key });
    expect(error.parameter).toBe('privateKey');
    expect(error.message).toContain(message);
    if (typeof key === 'string' && key.length > 40) expect(error.message).not.toContain(key.slice(40, 80));
  });

  it('refuses a CryptoKey that cannot sign RS256', async () => {
    const hmac = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    expect(refusal({ applicationId, privateKey: hmac }).message).toContain('must be an RS256 private CryptoKey (RSASSA-PKCS1-v1_5, SHA-256, usage "sign")');
  });

  const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;

  it.each([
    ['PKCS#8', small.export({ type: 'pkcs8', format: 'pem' }) as string],
    ['PKCS#1', small.export({ type: 'pkcs1', format: 'pem' }) as string],
  ])('refuses a %s RSA key under 2048 bits at createClient, synchronously: no request, no log line', (_, key) => {
    const lines: string[] = [];
    const log = (message: string) => void lines.push(message);
    let fetched = 0;
    const fetch = async () => {
      fetched += 1;
      return new Response('{}');
    };
    expect(() => createClient({ applicationId, privateKey: key, fetch, logger: { debug: log, info: log, warn: log, error: log } })).toThrow(
      new ValidationError({ parameter: 'privateKey', rule: 'must be an RSA key of at least 2048 bits for RS256 (this one has 1024)', redact: true }),
    );
    expect(fetched).toBe(0);
    expect(lines).toEqual([]);
  });

  it('refuses, synchronously, a CryptoKey that can never sign RS256: under 2048 bits, another algorithm or hash, a public key (no "sign" usage)', async () => {
    const pkcs8 = (key: KeyObject) => new Uint8Array(key.export({ type: 'pkcs8', format: 'der' }));
    const imported = (der: Uint8Array<ArrayBuffer>, algorithm: object) =>
      crypto.subtle.importKey('pkcs8', der, algorithm as RsaHashedImportParams, false, ['sign']);
    const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
    const rule = 'must be an RS256 private CryptoKey (RSASSA-PKCS1-v1_5, SHA-256, usage "sign")';
    const cases: [unknown, string][] = [
      [await imported(pkcs8(small), RS256), 'must be an RSA key of at least 2048 bits for RS256 (this one has 1024)'],
      [await imported(pkcs8(rsa.privateKey), { name: 'RSA-PSS', hash: 'SHA-256' }), rule],
      [await imported(pkcs8(rsa.privateKey), { ...RS256, hash: 'SHA-384' }), rule],
      [await crypto.subtle.importKey('spki', new Uint8Array(rsa.publicKey.export({ type: 'spki', format: 'der' })), RS256, false, ['verify']), rule],
    ];
    for (const [key, message] of cases) expect(() => createClient({ applicationId, privateKey: key as WebCryptoKey })).toThrow(`privateKey ${message}`);
    expect(createClient({ applicationId, privateKey: (await imported(pkcs8(rsa.privateKey), RS256)) as WebCryptoKey }).credentialKind).toBe('application');
  });
});
