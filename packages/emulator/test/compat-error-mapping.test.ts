/**
 * Fault injection reproduces the service's error answers faithfully enough that opentok-node 2.23.2 maps
 * every operation × status exactly as recorded against a mock of the real service
 * (test/vectors/error-mapping-opentok-node-2.23.1.json, body {"code":-1,"message":"boom"}).
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../src/index.js';

const require = createRequire(import.meta.url);
type Sdk = Record<string, (...args: unknown[]) => unknown>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenTok = require('opentok') as (new (key: string, secret: string, env: string) => Sdk) & Record<string, new () => Error>;

interface Recorded {
  readonly ctor: string;
  readonly message: string;
}
const vector = JSON.parse(readFileSync(new URL('./vectors/error-mapping-opentok-node-2.23.1.json', import.meta.url), 'utf8')) as {
  errors: Record<string, Record<string, { err: Recorded }>>;
};

const S = 'SESSION';
/** How each recorded operation is called (arguments before the callback). */
const CALLS: Record<string, [string, ...unknown[]]> = {
  createSession: ['createSession', {}],
  startArchive: ['startArchive', S, {}],
  stopArchive: ['stopArchive', 'AID'],
  getArchive: ['getArchive', 'AID'],
  deleteArchive: ['deleteArchive', 'AID'],
  listArchives: ['listArchives', {}],
  addArchiveStream: ['addArchiveStream', 'AID', 'STID', {}],
  removeArchiveStream: ['removeArchiveStream', 'AID', 'STID'],
  setArchiveLayout: ['setArchiveLayout', 'AID', 'bestFit', null, null],
  startBroadcast: ['startBroadcast', S, { outputs: { hls: {} } }],
  stopBroadcast: ['stopBroadcast', 'BID'],
  getBroadcast: ['getBroadcast', 'BID'],
  listBroadcasts: ['listBroadcasts', {}],
  setBroadcastLayout: ['setBroadcastLayout', 'BID', 'bestFit', null, null],
  addBroadcastStream: ['addBroadcastStream', 'BID', 'STID', {}],
  removeBroadcastStream: ['removeBroadcastStream', 'BID', 'STID'],
  signalSession: ['signal', S, null, { type: 't', data: 'd' }],
  signalConnection: ['signal', S, 'CID', { type: 't', data: 'd' }],
  forceDisconnect: ['forceDisconnect', S, 'CID'],
  getStream: ['getStream', S, 'STID'],
  listStreams: ['listStreams', S],
  setStreamClassLists: ['setStreamClassLists', S, [{ id: 'STID', layoutClassList: ['a'] }]],
  forceMuteStream: ['forceMuteStream', S, 'STID'],
  forceMuteAll: ['forceMuteAll', S, {}],
  disableForceMute: ['disableForceMute', S],
  dial: ['dial', S, 'TOKEN', 'sip:u@example.com', {}],
  playDTMFSession: ['playDTMF', S, null, '1'],
  playDTMFConnection: ['playDTMF', S, 'CID', '1'],
  websocketConnect: ['websocketConnect', S, 'TOKEN', 'wss://example.com', {}],
  startRender: ['startRender', { sessionId: S, token: 'TOKEN', url: 'https://example.com' }],
  getRender: ['getRender', 'RID'],
  stopRender: ['stopRender', 'RID'],
  listRenders: ['listRenders', { count: 5 }],
  startCaptions: ['startCaptions', S, 'TOKEN', {}],
  stopCaptions: ['stopCaptions', 'CAPID'],
};

/** Calls an SDK method; resolves with the first callback argument (the error), once. */
function firstError(sdk: Sdk, method: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve) => {
    let done = false;
    sdk[method]!.call(sdk, ...args, (error: unknown) => {
      if (!done) resolve(error);
      done = true;
    });
  });
}

describe('opentok-node 2.23.2 maps injected error answers exactly as recorded', () => {
  let emulator: Emulator;
  let sdk: Sdk;
  beforeAll(async () => {
    emulator = createEmulator();
    sdk = new OpenTok(emulator.project.apiKey, emulator.project.apiSecret, (await emulator.listen({ port: 0 })).url);
  });
  afterAll(() => emulator.close());

  it('covers every recorded operation', () => {
    expect(Object.keys(vector.errors).filter((op) => CALLS[op] === undefined)).toEqual([]);
  });

  const cases = Object.entries(vector.errors).flatMap(([op, statuses]) =>
    Object.entries(statuses).map(([status, { err }]) => [op, Number(status), err] as const),
  );
  it.each(cases)('%s answered %i', async (op, status, recorded) => {
    emulator.clearFaults();
    emulator.injectFault({ status, body: { code: -1, message: 'boom' } });
    const [method, ...args] = CALLS[op]!;
    const error = (await firstError(sdk, method, args)) as Error;
    expect(emulator.faults).toEqual([]);
    expect(error.message).toBe(recorded.message);
    if (recorded.ctor !== 'Error') expect(error).toBeInstanceOf(OpenTok[recorded.ctor]);
  });
});
