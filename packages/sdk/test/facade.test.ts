import { createPrivateKey, generateKeyPairSync, verify } from 'node:crypto';
import { inspect } from 'node:util';
import { createEmulator } from '@opentok/emulator';
import { CREDENTIAL_KINDS } from '@opentok/testing/emulator';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ArchiveModes,
  AuthenticationError,
  ConflictError,
  type CredentialKind,
  createSession,
  decodeSessionId,
  type Logger,
  MediaModes,
  NetworkError,
  NotFoundError,
  OpenTok,
  OutputModes,
  Roles,
  TimeoutError,
  ValidationError,
  verifyToken,
} from '../src/index.js';

const emulator = createEmulator({ clock: { frozen: true } });
const { apiKey, apiSecret } = emulator.project;
const { applicationId, publicKey } = emulator.application;
const privateKey = emulator.application.privateKey as string;
const settings = { apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 } as const;
const opentok = new OpenTok({ apiKey, apiSecret, ...settings });
const application = new OpenTok({ applicationId, privateKey, ...settings });
/** The facade of each kind of credentials. */
const facades: Record<CredentialKind, OpenTok> = { project: opentok, application };
/** What verifies the tokens of each kind: the API key and secret; the application ID and its public key. */
const verifiers = { project: emulator.project, application: { applicationId, publicKey } } as const;

/** A private key the emulator does not know (a fresh 2048-bit RSA key, PKCS#8 PEM). */
const otherPrivateKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;

/** The lines of a PEM's base64 body: each is distinctive for the key, and none may show up anywhere. */
const pemBody = (pem: string) => pem.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));

/** The JOSE header and claims of a compact JWT, and whether its RS256 signature verifies with `key` (SPKI PEM). */
function readJwt(jwt: string, key: string) {
  const [header = '', claims = '', signature = ''] = jwt.split('.');
  const json = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  return {
    header: json(header),
    claims: json(claims),
    verified: verify('sha256', Buffer.from(`${header}.${claims}`), key, Buffer.from(signature, 'base64url')),
  };
}

/** A fetch that records the auth header of every request (the emulator's log redacts it) before handing it to the emulator. */
function recordingFetch(sent: string[]): typeof emulator.fetch {
  return async (input, init) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    for (const name of ['authorization', 'x-opentok-auth']) {
      const value = request.headers.get(name);
      if (value !== null) sent.push(value);
    }
    return emulator.fetch(request);
  };
}

afterEach(() => {
  emulator.clearRequests();
  emulator.clearFaults();
  vi.unstubAllEnvs();
});

/** No credentials or API URL in the environment, so that only what a test passes (or stubs) counts. */
function clearCredentialEnv(): void {
  for (const name of ['OPENTOK_API_KEY', 'OPENTOK_API_SECRET', 'OPENTOK_API_URL', 'VONAGE_APPLICATION_ID', 'VONAGE_PRIVATE_KEY']) vi.stubEnv(name, undefined);
}

async function routedSessionWithClient(facade: OpenTok = opentok) {
  const session = await facade.createSession({ mediaMode: 'routed' });
  const { connectionId } = await emulator.connectClient({ sessionId: session.sessionId, token: await session.generateToken() });
  const { streamId } = emulator.publishStream({ sessionId: session.sessionId, connectionId });
  return { sessionId: session.sessionId, connectionId, streamId };
}

describe('new OpenTok(...)', () => {
  it('takes a config object or (apiKey, apiSecret, options) and builds the same client', async () => {
    const positional = new OpenTok(apiKey, apiSecret, { ...settings, timeout: 5_000, userAgent: 'my-app/1.0' });
    expect([positional.apiKey, positional.applicationId]).toEqual([apiKey, undefined]);
    expect(positional.client).toMatchObject({ apiKey, apiUrl: emulator.url, timeout: 5_000, userAgent: expect.stringMatching(/ my-app\/1\.0$/) });
    expect(opentok.client).toMatchObject({ apiKey, apiUrl: emulator.url, timeout: 20_000 });
    const session = await positional.createSession();
    expect(emulator.requests.at(-1)?.headers['user-agent']).toMatch(/^OpenTok-TS-SDK\/\S+ .* my-app\/1\.0$/);
    expect(emulator.session(session.sessionId)).toBeDefined();
  });

  it('signs requests with the given secret (a wrong secret gets the API 403)', async () => {
    const wrong = new OpenTok(apiKey, 'not-the-secret', settings);
    await expect(wrong.createSession()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it.each([
    ['no secret', () => new OpenTok({ apiKey, apiUrl: emulator.url }), /^apiSecret must be a non-empty string/],
    ['an empty key', () => new OpenTok('', apiSecret), /^apiKey must be a non-empty string .*\(got ""\)$/],
    [
      'a string as options (the classic Node apiUrl argument)',
      () => new OpenTok(apiKey, apiSecret, 'https://api.opentok.com' as never),
      /^options must be an object of client settings .*\(got "https:\/\/api\.opentok\.com"\)$/,
    ],
    ['a bad apiUrl', () => new OpenTok(apiKey, apiSecret, { apiUrl: 'ftp://x' }), /^apiUrl must use http or https/],
    [
      'an application ID without a private key',
      () => new OpenTok({ applicationId, apiUrl: emulator.url }),
      /^privateKey is required with applicationId \(pass it or set VONAGE_PRIVATE_KEY\)$/,
    ],
    [
      'an application ID and an undefined private key',
      () => new OpenTok(applicationId, undefined as never, settings),
      /^privateKey is required with applicationId/,
    ],
    [
      'an application ID that is not a UUID',
      () => new OpenTok({ applicationId: 'my-app', privateKey }),
      /^applicationId must be a Vonage application ID, a UUID .*\(got "my-app"\)$/,
    ],
    [
      'fields of both kinds',
      () => new OpenTok({ apiKey, applicationId, privateKey } as never),
      /^credentials must be \{ applicationId, privateKey \} or \{ apiKey, apiSecret \}, not fields of both$/,
    ],
    ['the path of the private key file', () => new OpenTok(applicationId, './private.key', settings), /^privateKey looks like a file path/],
    [
      'the public key in place of the private key',
      () => new OpenTok(applicationId, publicKey, settings),
      /^privateKey is a public key or certificate: pass the private key$/,
    ],
    ['a truncated private key', () => new OpenTok(applicationId, privateKey.slice(0, 900), settings), /^privateKey is truncated or corrupt$/],
  ])('refuses %s with a ValidationError', (_, make, message) => {
    clearCredentialEnv();
    expect(make).toThrow(ValidationError);
    expect(make).toThrow(message);
  });
});

describe('new OpenTok(...) with Vonage application credentials', () => {
  it('takes { applicationId, privateKey, ...settings }: applicationId is set, apiKey is not, requests carry an RS256 Bearer JWT of the application', async () => {
    const sent: string[] = [];
    const facade = new OpenTok({ applicationId, privateKey, ...settings, fetch: recordingFetch(sent) });
    expect([facade.applicationId, facade.apiKey]).toEqual([applicationId, undefined]);
    expect(facade.client.toJSON()).toEqual({
      applicationId,
      credentialKind: 'application',
      projectId: applicationId,
      apiUrl: emulator.url,
      timeout: 20_000,
      retry: { retries: 0, baseDelay: 500, maxDelay: 30_000 },
      userAgent: expect.stringMatching(/^OpenTok-TS-SDK\/\S+ node\/\S+$/),
      maxResponseBytes: 8 * 1024 * 1024,
    });
    expect(facade.client.apiKey).toBeUndefined();

    const session = await facade.createSession({ mediaMode: MediaModes.routed });
    expect(emulator.requests.at(-1)).toMatchObject({ method: 'POST', path: '/session/create', status: 200, headers: { authorization: '[redacted]' } });
    expect(emulator.requests.at(-1)?.headers).not.toHaveProperty('x-opentok-auth');
    expect(decodeSessionId(session.sessionId).apiKey).toBe(applicationId);
    expect(sent).toHaveLength(1);
    const [scheme, jwt = ''] = (sent[0] ?? '').split(' ');
    expect(scheme).toBe('Bearer');
    const { header, claims, verified } = readJwt(jwt, publicKey);
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(claims).toMatchObject({ application_id: applicationId });
    expect(verified).toBe(true);

    const archive = await facade.startArchive((await routedSessionWithClient(facade)).sessionId);
    expect(emulator.requests.at(-1)).toMatchObject({ method: 'POST', path: `/v2/project/${applicationId}/archive`, status: 200 });
    await archive.stop();
  });

  it('takes (applicationId, privateKey, options) positionally: a UUID first argument is an application ID', async () => {
    const positional = new OpenTok(applicationId, privateKey, { ...settings, timeout: 5_000, userAgent: 'my-app/1.0' });
    expect([positional.applicationId, positional.apiKey]).toEqual([applicationId, undefined]);
    expect(positional.client).toMatchObject({
      applicationId,
      credentialKind: 'application',
      projectId: applicationId,
      apiUrl: emulator.url,
      timeout: 5_000,
      userAgent: expect.stringMatching(/ my-app\/1\.0$/),
    });
    const session = await positional.createSession();
    expect(emulator.requests.at(-1)).toMatchObject({
      path: '/session/create',
      status: 200,
      headers: { authorization: '[redacted]', 'user-agent': expect.stringMatching(/^OpenTok-TS-SDK\/\S+ .* my-app\/1\.0$/) },
    });
    expect(emulator.session(session.sessionId)).toBeDefined();
    expect(await verifyToken(verifiers.application, await session.generateToken())).toMatchObject({
      credentialKind: 'application',
      applicationId,
      sessionId: session.sessionId,
    });
  });

  it('takes a PKCS#1 key (-----BEGIN RSA PRIVATE KEY-----), as text or bytes', async () => {
    const pkcs1 = createPrivateKey(privateKey).export({ type: 'pkcs1', format: 'pem' }) as string;
    expect(pkcs1.startsWith('-----BEGIN RSA PRIVATE KEY-----\n')).toBe(true);
    for (const facade of [new OpenTok(applicationId, pkcs1, settings), new OpenTok({ applicationId, privateKey: Buffer.from(pkcs1), ...settings })]) {
      expect(facade.client.credentialKind).toBe('application');
      const session = await facade.createSession();
      expect(emulator.requests.at(-1)).toMatchObject({ path: '/session/create', status: 200 });
      const token = await session.generateToken({ role: Roles.moderator });
      expect(await verifyToken(verifiers.application, token)).toMatchObject({ applicationId, sessionId: session.sessionId, role: 'moderator' });
      await expect(emulator.connectClient({ sessionId: session.sessionId, token })).resolves.toEqual({ connectionId: expect.any(String) });
    }
  });

  it('signs requests with the given key (another key gets the emulator 403 as an AuthenticationError)', async () => {
    const wrong = new OpenTok(applicationId, otherPrivateKey, settings);
    const error = await wrong.createSession().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 403, operation: 'createSession', method: 'POST', url: `${emulator.url}/session/create` });
    expect(emulator.requests.at(-1)).toMatchObject({ method: 'POST', path: '/session/create', status: 403 });
    expect(emulator.requests).toHaveLength(1);
  });

  it.each([
    [
      'project',
      () => new OpenTok(apiKey, 'not-the-secret', settings),
      /^createSession failed: the API key or secret was refused; check OPENTOK_API_KEY and OPENTOK_API_SECRET \(HTTP 403: Authentication failed: /,
    ],
    [
      'application',
      () => new OpenTok(applicationId, otherPrivateKey, settings),
      /^createSession failed: the application ID or private key was refused; check VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY \(HTTP 403: /,
    ],
  ] as const)('a 403 says which %s credentials to check', async (_, make, message) => {
    const error = await make()
      .createSession()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(message);
  });

  it('mints only JWTs: tokenType "T1" needs an API secret, so it is a ValidationError for an application (no request)', async () => {
    const session = await application.createSession();
    emulator.clearRequests();
    const expected = /^tokenType must be "jwt" with Vonage application credentials \(T1 tokens exist only for OpenTok API secrets\) \(got "T1"\)$/;
    for (const mint of [() => session.generateToken({ tokenType: 'T1' }), () => application.generateToken(session.sessionId, { tokenType: 'T1' })]) {
      const error = await mint().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toMatch(expected);
    }
    expect(emulator.requests).toEqual([]);
  });

  it('with project credentials, tokenType "T1" mints a T1 token', async () => {
    const session = await opentok.createSession();
    for (const token of [await session.generateToken({ tokenType: 'T1' }), await opentok.generateToken(session.sessionId, { tokenType: 'T1' })]) {
      expect(token).toMatch(/^T1==[A-Za-z0-9+/]+=*$/);
      expect(await verifyToken(verifiers.project, token)).toMatchObject({
        format: 'T1',
        credentialKind: 'project',
        apiKey,
        sessionId: session.sessionId,
        role: 'publisher',
      });
    }
  });
});

describe('new OpenTok() reads the credentials from the environment', () => {
  /** The key as a one-line environment variable holds it: every line break written as the two characters \n. */
  const oneLineKey = privateKey.trim().replace(/\n/g, '\\n');

  it('VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY (with \\n escapes), with the default Vonage API URL', () => {
    clearCredentialEnv();
    expect(oneLineKey).not.toContain('\n');
    vi.stubEnv('VONAGE_APPLICATION_ID', applicationId);
    vi.stubEnv('VONAGE_PRIVATE_KEY', oneLineKey);
    const facade = new OpenTok();
    expect([facade.applicationId, facade.apiKey]).toEqual([applicationId, undefined]);
    expect(facade.client).toMatchObject({ credentialKind: 'application', projectId: applicationId, apiUrl: 'https://video.api.vonage.com' });
  });

  it('signs with the key from VONAGE_PRIVATE_KEY: new OpenTok() against an emulator on loopback (OPENTOK_API_URL)', async () => {
    const served = createEmulator();
    const { url } = await served.listen({ port: 0, host: '127.0.0.1' });
    try {
      clearCredentialEnv();
      vi.stubEnv('VONAGE_APPLICATION_ID', applicationId);
      vi.stubEnv('VONAGE_PRIVATE_KEY', oneLineKey);
      vi.stubEnv('OPENTOK_API_URL', url);
      vi.stubEnv('OPENTOK_API_KEY', apiKey); // the Vonage pair wins over the OpenTok pair
      vi.stubEnv('OPENTOK_API_SECRET', apiSecret);
      const facade = new OpenTok();
      expect(facade.client).toMatchObject({ credentialKind: 'application', applicationId, apiUrl: url });
      const session = await facade.createSession({ mediaMode: MediaModes.routed });
      expect(served.requests.at(-1)).toMatchObject({ method: 'POST', path: '/session/create', status: 200, headers: { authorization: '[redacted]' } });
      expect(served.session(session.sessionId)?.mediaMode).toBe('routed');
      const token = await session.generateToken();
      await expect(served.connectClient({ sessionId: session.sessionId, token })).resolves.toEqual({ connectionId: expect.any(String) });
    } finally {
      await served.close();
    }
  });

  it('VONAGE_PRIVATE_KEY completes a config that gives only the applicationId; explicit credentials ignore the environment', async () => {
    clearCredentialEnv();
    vi.stubEnv('VONAGE_PRIVATE_KEY', oneLineKey);
    const fromEnv = new OpenTok({ applicationId, ...settings });
    expect(fromEnv.applicationId).toBe(applicationId);
    await fromEnv.createSession();
    expect(emulator.requests.at(-1)).toMatchObject({ path: '/session/create', status: 200 });

    vi.stubEnv('VONAGE_APPLICATION_ID', applicationId);
    const explicit = new OpenTok(apiKey, apiSecret, settings);
    expect([explicit.apiKey, explicit.applicationId, explicit.client.credentialKind]).toEqual([apiKey, undefined, 'project']);
    await explicit.createSession();
    expect(emulator.requests.at(-1)).toMatchObject({ path: '/session/create', status: 200, headers: { 'x-opentok-auth': '[redacted]' } });
  });
});

for (const kind of CREDENTIAL_KINDS) {
  describe(`the ${kind === 'project' ? 'API secret' : 'private key'} never leaks`, () => {
    /** What must never show: the secret (every line of the PEM body) and every auth header sent with it. */
    const sent: string[] = [];
    const secrets = () => [...(kind === 'project' ? [apiSecret] : pemBody(privateKey)), ...sent, ...sent.map((header) => header.replace(/^Bearer /, ''))];
    const logged: unknown[][] = [];
    const record =
      (level: string) =>
      (...line: unknown[]) =>
        void logged.push([level, ...line]);
    const logger: Logger = { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
    const recording = { ...settings, fetch: recordingFetch(sent), logger };
    const facade = kind === 'project' ? new OpenTok(apiKey, apiSecret, recording) : new OpenTok(applicationId, privateKey, recording);
    const views = (value: unknown) => [JSON.stringify(value) ?? '', inspect(value, { showHidden: true, depth: Infinity, getters: true }), String(value)];
    const expectNoSecret = (values: readonly unknown[], others: readonly string[] = []) => {
      const shown = values.flatMap(views).concat(JSON.stringify(logged));
      expect(secrets().length).toBeGreaterThan(kind === 'project' ? 1 : 20);
      for (const secret of [...secrets(), ...others]) for (const view of shown) expect(view).not.toContain(secret);
    };

    it('not through JSON.stringify, util.inspect (even showHidden), String() or the keys of the facade, its client or a derived client', async () => {
      const derived = facade.client.with({ timeout: 1 });
      expect(derived).toMatchObject({ credentialKind: kind, projectId: facade.client.projectId, timeout: 1 });
      await facade.createSession(); // one signed request, so that its auth header is among the secrets
      expect(sent).toHaveLength(1);
      expectNoSecret([
        facade,
        facade.client,
        derived,
        Object.getOwnPropertyNames(facade).map((name) => [name, (facade as unknown as Record<string, unknown>)[name]]),
      ]);
      expect(JSON.parse(JSON.stringify(facade))).toEqual({ client: facade.client.toJSON(), ...(kind === 'project' ? { apiKey } : { applicationId }) });
      expect(JSON.parse(JSON.stringify(derived))).toEqual({ ...facade.client.toJSON(), timeout: 1 });
    });

    it('not through the handles, their JSON or an API error (404, 403), nor the log lines', async () => {
      sent.length = 0;
      logged.length = 0;
      const { sessionId } = await routedSessionWithClient(facade);
      const session = await facade.createSession();
      const archive = await facade.startArchive(sessionId);
      const list = await facade.listArchives({ sessionId });
      const broadcast = await facade.startBroadcast(sessionId, { outputs: { hls: {} } });
      const broadcasts = await facade.listBroadcasts({ sessionId });
      const notFound = await facade.stopArchive('no-such-archive').catch((e: unknown) => e);
      expect(notFound).toBeInstanceOf(NotFoundError);
      emulator.injectFault({ status: 403, message: 'Authentication failed', operation: 'getArchive' });
      const refused = await facade.getArchive(archive.id).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AuthenticationError);
      expect(sent).toHaveLength(8);
      expect(logged.map(([level]) => level)).toContain('warn'); // the failures were logged
      expectNoSecret([session, archive, list, broadcast, broadcasts, notFound, refused]);
      await broadcast.stop();
      await archive.stop();
    });

    it('not through the 403 of wrong credentials: neither those nor the auth header they sent', async () => {
      const wrongSent: string[] = [];
      const wrongSecret = kind === 'project' ? 'not-the-secret-but-still-a-secret' : otherPrivateKey;
      const wrongSettings = { ...settings, fetch: recordingFetch(wrongSent), logger };
      const wrong = kind === 'project' ? new OpenTok(apiKey, wrongSecret, wrongSettings) : new OpenTok(applicationId, wrongSecret, wrongSettings);
      const refused = await wrong.createSession().catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AuthenticationError);
      expect(refused).toMatchObject({ status: 403 });
      expect(wrongSent).toHaveLength(1);
      const wrongLines = kind === 'project' ? [wrongSecret] : pemBody(wrongSecret);
      expectNoSecret([refused, wrong, wrong.client], [...wrongLines, ...wrongSent, ...wrongSent.map((header) => header.replace(/^Bearer /, ''))]);
    });

    it('not through a ValidationError of a bad config (misspelt option, mixed kinds, a bad key), nor a NetworkError', async () => {
      const credentials = kind === 'project' ? { apiKey, apiSecret } : { applicationId, privateKey };
      const misspelt = kind === 'project' ? { apiKey, apiSecrte: apiSecret } : { applicationId, privateKye: privateKey };
      const badConfigs = [
        () => new OpenTok({ ...credentials, ...settings, timeout: -1 }),
        () => new OpenTok({ ...misspelt, ...settings } as never),
        () => new OpenTok({ ...credentials, apiKey, applicationId } as never),
        () => facade.client.with({ ...credentials, retry: 'often' } as never),
        ...(kind === 'application'
          ? [
              () => new OpenTok(applicationId, privateKey.slice(0, 900), settings),
              () => new OpenTok(applicationId, privateKey.replace(/PRIVATE KEY-----/g, 'ENCRYPTED PRIVATE KEY-----'), settings),
              () => new OpenTok(applicationId, privateKey.replace(/PRIVATE KEY-----/g, 'EC PRIVATE KEY-----'), settings),
            ]
          : []),
      ];
      const refusals = badConfigs.map((make) => {
        try {
          make();
        } catch (error) {
          return error;
        }
        throw new Error(`the config was accepted: ${String(make)}`);
      });
      for (const refusal of refusals) expect(refusal).toBeInstanceOf(ValidationError);
      sent.length = 0;
      emulator.injectFault({ drop: true, operation: 'createSession' });
      const dropped = await facade.createSession().catch((e: unknown) => e);
      expect(dropped).toBeInstanceOf(NetworkError);
      expect(sent).toHaveLength(1);
      expectNoSecret([...refusals, dropped]);
    });

    let timedOut: unknown;
    it('a request of the derived client with timeout 1 times out with a TimeoutError', async () => {
      sent.length = 0;
      emulator.injectFault({ delayMs: 200, operation: 'createSession' });
      timedOut = await createSession(facade.client.with({ timeout: 1 })).catch((e: unknown) => e);
      expect(timedOut).toBeInstanceOf(TimeoutError);
      expect(timedOut).toMatchObject({ code: 'TIMEOUT', timeout: 1, message: expect.stringMatching(/^createSession timed out after 1 ms/) });
      expect(sent).toHaveLength(1);
    });

    it('not through that TimeoutError (its cause)', () => {
      expect(timedOut).toBeInstanceOf(TimeoutError);
      expectNoSecret([timedOut]);
    });
  });
}

for (const kind of CREDENTIAL_KINDS) {
  const facade = facades[kind];
  const project = `/v2/project/${facade.client.projectId}`;

  describe(`handles (${kind} credentials)`, () => {
    it('a session is the Session data, frozen, with a non-enumerable generateToken bound to its ID', async () => {
      const session = await facade.createSession({ mediaMode: MediaModes.routed, archiveMode: ArchiveModes.always, location: '10.1.1.1' });
      expect(Object.keys(session)).toEqual(['sessionId', 'mediaMode', 'archiveMode', 'e2ee', 'location']);
      expect(JSON.parse(JSON.stringify(session))).toEqual({ ...session });
      expect(Object.isFrozen(session)).toBe(true);
      const token = await session.generateToken({ role: Roles.subscriber });
      expect(await verifyToken(verifiers[kind], token)).toMatchObject({ sessionId: session.sessionId, role: 'subscriber' });
      const untyped = await session.generateToken({ sessionId: 'another-session' } as never);
      expect((await verifyToken(verifiers[kind], untyped)).sessionId).toBe(session.sessionId); // the handle's own ID wins
    });

    it('an archive is the Archive data plus stop() and delete(), which act on its ID', async () => {
      const { sessionId } = await routedSessionWithClient(facade);
      const archive = await facade.startArchive(sessionId, { name: 'handle', outputMode: OutputModes.composed });
      expect(Object.keys(archive)).not.toContain('stop');
      expect(Object.isFrozen(archive)).toBe(true);
      expect(JSON.parse(JSON.stringify(archive))).toEqual(JSON.parse(JSON.stringify({ ...archive })));
      const stopped = await archive.stop();
      expect(stopped).toMatchObject({ id: archive.id, status: 'stopped', name: 'handle' });
      expect(archive.status).toBe('started'); // the original is an immutable snapshot
      await expect(archive.stop()).rejects.toBeInstanceOf(ConflictError);
      await stopped.delete();
      expect(emulator.requests.at(-1)).toMatchObject({ method: 'DELETE', path: `${project}/archive/${archive.id}`, status: 204 });
      await expect(facade.getArchive(archive.id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('an archive list has items, total, is iterable, and its items are handles', async () => {
      const { sessionId } = await routedSessionWithClient(facade);
      await (await facade.startArchive(sessionId, { name: 'a' })).stop();
      const started = await facade.startArchive(sessionId, { name: 'b' });
      const list = await facade.listArchives({ sessionId });
      expect(list.total).toBe(2);
      expect(Object.keys(list)).toEqual(['items', 'total']);
      expect([...list].map((a) => a.name)).toEqual(['b', 'a']);
      expect(Object.isFrozen(list.items)).toBe(true);
      const [latest] = list.items;
      expect((await latest?.stop())?.id).toBe(started.id);
    });

    it('a broadcast is the Broadcast data plus stop(); listBroadcasts gives handles', async () => {
      const { sessionId } = await routedSessionWithClient(facade);
      const broadcast = await facade.startBroadcast(sessionId, { outputs: { hls: { lowLatency: true } } });
      const list = await facade.listBroadcasts({ sessionId });
      expect(list.total).toBe(1);
      expect([...list].map((b) => b.id)).toEqual([broadcast.id]);
      expect(Object.keys(broadcast)).not.toContain('stop');
      const stopped = await list.items[0]?.stop();
      expect(stopped).toMatchObject({ id: broadcast.id, status: 'stopped' });
      await expect(broadcast.stop()).rejects.toBeInstanceOf(ConflictError);
    });
  });

  describe(`the remaining bindings send what the package functions send (${kind} credentials)`, () => {
    it('add/remove archive and broadcast streams in manual stream mode', async () => {
      const { sessionId, streamId } = await routedSessionWithClient(facade);
      const archive = await facade.startArchive(sessionId, { streamMode: 'manual' });
      await facade.addArchiveStream(archive.id, streamId, { hasVideo: false });
      expect(emulator.requests.at(-1)).toMatchObject({ method: 'PATCH', path: `${project}/archive/${archive.id}/streams`, status: 204 });
      expect(JSON.parse(emulator.requests.at(-1)?.body ?? '')).toEqual({ addStream: streamId, hasVideo: false });
      expect((await facade.getArchive(archive.id)).streams).toEqual([{ streamId, hasAudio: true, hasVideo: false }]);
      await facade.removeArchiveStream(archive.id, streamId);
      expect(JSON.parse(emulator.requests.at(-1)?.body ?? '')).toEqual({ removeStream: streamId });
      expect((await facade.getArchive(archive.id)).streams).toEqual([]);

      const broadcast = await facade.startBroadcast(sessionId, { outputs: { hls: {} }, streamMode: 'manual' });
      await facade.addBroadcastStream(broadcast.id, streamId);
      expect(JSON.parse(emulator.requests.at(-1)?.body ?? '')).toEqual({ addStream: streamId });
      expect((await facade.getBroadcast(broadcast.id)).streams).toEqual([{ streamId, hasAudio: true, hasVideo: true }]);
      await facade.removeBroadcastStream(broadcast.id, streamId);
      expect((await facade.getBroadcast(broadcast.id)).streams).toEqual([]);
      await broadcast.stop();
      await archive.stop();
    });

    it('listConnections and setBroadcastLayout', async () => {
      const { sessionId, connectionId } = await routedSessionWithClient(facade);
      expect((await facade.listConnections(sessionId)).items).toEqual([expect.objectContaining({ connectionId, connectionState: 'Connected' })]);
      const broadcast = await facade.startBroadcast(sessionId, { outputs: { hls: {} } });
      await facade.setBroadcastLayout(broadcast.id, 'bestFit', undefined, 'pip');
      expect(JSON.parse(emulator.requests.at(-1)?.body ?? '')).toEqual({ type: 'bestFit', screenshareType: 'pip' });
      await broadcast.stop();
    });
  });
}

describe('bad input from untyped callers gets a ValidationError before any request', () => {
  const sessionId = '1_MX4xMDAwMDAwMX5-MTcwMDAwMDAwMDAwMH5hYmN-fg';
  it.each([
    [
      'generateToken options that are a string',
      () => opentok.generateToken(sessionId, 'moderator' as never),
      /^options must be an object \(got "moderator"\)$/,
    ],
    ['startArchive options that are null', () => opentok.startArchive(sessionId, null as never), /^options must be an object \(got null\)$/],
    ['a signal payload that is a string', () => opentok.signal(sessionId, 'hello' as never), /^payload must be an object \(got "hello"\)$/],
    ['dial options that are an array', () => opentok.dial(sessionId, 'token', 'sip:a@b.c', [] as never), /^options must be an object \(got an array of 0\)$/],
    ['an unknown layout type', () => opentok.setArchiveLayout('archive-id', 'grid' as never), /^layout\.type must be one of /],
    ['a stylesheet without custom', () => opentok.setBroadcastLayout('broadcast-id', 'pip', 'a {}'), /^layout\.stylesheet is only allowed with type "custom"/],
    ['a missing archive ID', () => opentok.getArchive(undefined as never), /^archiveId must be a string \(got undefined\)$/],
    ['a path in a connection ID', () => opentok.forceDisconnect(sessionId, '../x'), /^connectionId must be an ID/],
    ['an excluded stream list that is a string', () => opentok.muteAll(sessionId, 'abc' as never), /^excludedStreamIds must be an array of strings/],
  ])('%s', async (_, call, message) => {
    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(message);
    expect(emulator.requests).toEqual([]);
  });
});

describe('constants', () => {
  it('name the API strings, frozen', () => {
    expect(Roles).toEqual({ publisher: 'publisher', subscriber: 'subscriber', moderator: 'moderator', publisherOnly: 'publisheronly' });
    expect(MediaModes).toEqual({ relayed: 'relayed', routed: 'routed' });
    expect(ArchiveModes).toEqual({ manual: 'manual', always: 'always' });
    expect(OutputModes).toEqual({ composed: 'composed', individual: 'individual' });
    for (const constant of [Roles, MediaModes, ArchiveModes, OutputModes]) expect(Object.isFrozen(constant)).toBe(true);
  });
});
