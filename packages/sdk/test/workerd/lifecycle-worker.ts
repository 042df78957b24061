/**
 * A Worker, bundled by ../workerd.test.ts and served by workerd (Cloudflare's runtime), that runs a whole
 * OpenTok lifecycle through the SDK's functions against an in-process emulator, inside workerd itself.
 * `GET /?kind=project` (the default) runs it with the emulator's OpenTok project (API key and secret, HS256),
 * `GET /?kind=application` with its Vonage application (application ID and PKCS#8 private key, RS256 through
 * Web Crypto). It answers `{ kind, steps, passed, failed, failures }`: each step is one assertion on a real exchange.
 */
import { createEmulator } from '@opentok/emulator';
import {
  type Archive,
  type Broadcast,
  ConflictError,
  type CredentialKind,
  createClient,
  createSession,
  decodeSessionId,
  dialSip,
  forceDisconnect,
  generateToken,
  getArchive,
  listStreams,
  muteAll,
  sendSignal,
  startArchive,
  startBroadcast,
  stopArchive,
  stopBroadcast,
  ValidationError,
  verifyToken,
} from '../../src/index.js';

/** What the Worker answers. */
export interface LifecycleReport {
  /** The kind of credentials the lifecycle ran with. */
  readonly kind: CredentialKind;
  readonly steps: readonly string[];
  readonly passed: number;
  readonly failed: number;
  readonly failures: readonly string[];
}

class StepFailure extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new StepFailure(message);
}

function equal(actual: unknown, expected: unknown, what: string): void {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  check(a === e, `${what}: expected ${e}, got ${a}`);
}

async function rejection(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new StepFailure('expected a rejection, but the call resolved');
}

async function runLifecycle(kind: CredentialKind): Promise<LifecycleReport> {
  const steps: string[] = [];
  const failures: string[] = [];
  const step = async (name: string, run: () => Promise<void> | void): Promise<void> => {
    steps.push(name);
    try {
      await run();
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    }
  };

  const emulator = createEmulator({ clock: { frozen: true } });
  const { applicationId, privateKey, publicKey } = emulator.application;
  if (privateKey === undefined) throw new Error("the emulator's demo application has no private key");
  const credentials = kind === 'project' ? emulator.project : { applicationId, privateKey };
  const client = createClient({ ...credentials, apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 });
  /** What verifies the tokens: the API key and secret, or the application ID and its public key. */
  const verifier = kind === 'project' ? emulator.project : { applicationId, publicKey };
  const project = `/v2/project/${kind === 'project' ? emulator.project.apiKey : applicationId}`;
  let sessionId = '';
  let token = '';
  let connectionId = '';
  let streamId = '';
  let archive: Archive | undefined;
  let broadcast: Broadcast | undefined;

  await step('createSession (routed)', async () => {
    const session = await createSession(client, { mediaMode: 'routed' });
    sessionId = session.sessionId;
    equal(session.mediaMode, 'routed', 'mediaMode');
    equal(emulator.session(sessionId)?.mediaMode, 'routed', 'the emulator session mediaMode');
    equal(decodeSessionId(sessionId).apiKey, client.projectId, 'the owner in the session ID');
  });

  await step(`the request authenticated with ${kind === 'project' ? 'X-OPENTOK-AUTH' : 'Authorization: Bearer'}`, () => {
    const headers = emulator.requests.at(-1)?.headers ?? {};
    equal(
      [client.credentialKind, headers['x-opentok-auth'], headers['authorization']],
      [kind, ...(kind === 'project' ? ['[redacted]', undefined] : [undefined, '[redacted]'])],
      'kind and auth headers',
    );
  });

  await step('generateToken (moderator), verified with verifyToken', async () => {
    token = await generateToken(client, { sessionId, role: 'moderator', data: 'name=workerd' });
    equal(JSON.parse(atob(token.split('.')[0] ?? '')), { alg: kind === 'project' ? 'HS256' : 'RS256', typ: 'JWT' }, 'token header');
    const grant = await verifyToken(verifier, token);
    equal([grant.credentialKind, grant.sessionId, grant.role, grant.data], [kind, sessionId, 'moderator', 'name=workerd'], 'token grant');
  });

  await step('emulator.connectClient with the token', async () => {
    connectionId = (await emulator.connectClient({ sessionId, token })).connectionId;
    equal(
      emulator.session(sessionId)?.connections.map((c) => [c.connectionId, c.role]),
      [[connectionId, 'moderator']],
      'connections',
    );
  });

  await step('emulator.publishStream', () => {
    streamId = emulator.publishStream({ sessionId, connectionId, name: 'camera' }).streamId;
    check(streamId.length > 0, 'no stream ID');
  });

  await step('listStreams', async () => {
    const streams = await listStreams(client, { sessionId });
    equal([streams.total, streams.items.map((s) => [s.id, s.name, s.videoType])], [1, [[streamId, 'camera', 'camera']]], 'streams');
  });

  await step('sendSignal to the connection', async () => {
    await sendSignal(client, { sessionId, connectionId, type: 'chat', data: 'hello from workerd' });
    equal(
      emulator.signals({ sessionId, connectionId }).map((s) => [s.type, s.data, s.target]),
      [['chat', 'hello from workerd', 'connection']],
      'signals delivered',
    );
  });

  await step('startArchive', async () => {
    archive = await startArchive(client, { sessionId, name: 'workerd archive' });
    equal([archive.status, archive.name, archive.sessionId], ['started', 'workerd archive', sessionId], 'archive');
    equal(emulator.requests.at(-1)?.path, `${project}/archive`, 'the request path');
  });

  await step('stopArchive', async () => {
    check(archive !== undefined, 'no archive was started');
    const stopped = await stopArchive(client, { archiveId: archive.id });
    equal([stopped.id, stopped.status], [archive.id, 'stopped'], 'stopped archive');
  });

  await step('stopArchive again rejects with ConflictError (409)', async () => {
    check(archive !== undefined, 'no archive was started');
    const { id } = archive;
    const error = await rejection(() => stopArchive(client, { archiveId: id }));
    check(error instanceof ConflictError, `expected a ConflictError, got ${String(error)}`);
    equal(error.status, 409, 'status');
  });

  await step('clock.advance, then getArchive until available', async () => {
    check(archive !== undefined, 'no archive was started');
    let current = await getArchive(client, { archiveId: archive.id });
    for (let i = 0; i < 10 && current.status !== 'available'; i += 1) {
      emulator.clock.advance(1_000);
      current = await getArchive(client, { archiveId: archive.id });
    }
    equal(current.status, 'available', 'archive status');
    check(typeof current.url === 'string' && current.size > 0, `an available archive has a url and a size: ${JSON.stringify(current)}`);
  });

  await step('startBroadcast with HLS', async () => {
    broadcast = await startBroadcast(client, { sessionId, outputs: { hls: { lowLatency: true } } });
    equal([broadcast.status, broadcast.sessionId], ['started', sessionId], 'broadcast');
    check(typeof broadcast.broadcastUrls.hls === 'string', `no HLS URL: ${JSON.stringify(broadcast.broadcastUrls)}`);
    const hls = emulator.broadcast(broadcast.id)?.hls;
    equal([hls?.lowLatency, hls?.dvr], [true, false], 'the emulator HLS settings (lowLatency, dvr)');
  });

  await step('stopBroadcast', async () => {
    check(broadcast !== undefined, 'no broadcast was started');
    const stopped = await stopBroadcast(client, { broadcastId: broadcast.id });
    equal([stopped.id, stopped.status], [broadcast.id, 'stopped'], 'stopped broadcast');
  });

  await step('dialSip', async () => {
    const call = await dialSip(client, { sessionId, token, sip: { uri: 'sip:+15551234567@sip.example.com', secure: true } });
    equal(emulator.sipCall(call.id)?.uri, 'sip:+15551234567@sip.example.com', 'the emulator SIP call URI');
    check(emulator.session(sessionId)?.connections.some((c) => c.connectionId === call.connectionId) === true, 'the SIP connection joined the session');
  });

  await step('muteAll', async () => {
    await muteAll(client, { sessionId });
    const state = emulator.session(sessionId);
    equal(state?.forceMute.active, true, 'forceMute.active');
    equal(state?.streams.find((s) => s.streamId === streamId)?.audioMuted, true, 'the published stream is muted');
  });

  await step('forceDisconnect', async () => {
    await forceDisconnect(client, { sessionId, connectionId });
    const left = emulator.session(sessionId)?.connections.map((c) => c.connectionId) ?? [];
    check(!left.includes(connectionId), `the connection is still there: ${JSON.stringify(left)}`);
  });

  await step('a bad archive ID is a ValidationError before any request', async () => {
    const before = emulator.requests.length;
    const error = await rejection(() => getArchive(client, { archiveId: 'no/slashes' }));
    check(error instanceof ValidationError, `expected a ValidationError, got ${String(error)}`);
    check(error.message.includes('archiveId'), `the message names the parameter: ${error.message}`);
    equal(emulator.requests.length, before, 'requests sent');
  });

  return { kind, steps, passed: steps.length - failures.length, failed: failures.length, failures };
}

export default {
  async fetch(request: Request): Promise<Response> {
    const kind = new URL(request.url).searchParams.get('kind') ?? 'project';
    if (kind !== 'project' && kind !== 'application') return new Response(`unknown kind ${kind}`, { status: 400 });
    return Response.json(await runLifecycle(kind));
  },
};
