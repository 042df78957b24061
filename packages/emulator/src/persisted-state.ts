import { fail } from './kernel/errors.js';
import { isObject } from './kernel/values.js';
import { isRecording, scheduleArchive } from './state/archives.js';
import { scheduleBroadcast } from './state/broadcasts.js';
import type { CallbackRegistry, RegistrationRecord } from './state/callback-registrations.js';
import { scheduleCaptions } from './state/captions.js';
import { checkApplication, checkProject, isApplication } from './state/owners.js';
import type { Records } from './state/records.js';
import { scheduleRender } from './state/renders.js';
import { keptSignals, scheduleEmptyStop } from './state/sessions.js';
import type { Store } from './state/store.js';
import type { ConnectionRecord, Owner, SessionRecord, StreamRecord } from './state/types.js';

/**
 * The whole state of an emulator as JSON (`Emulator.exportState`, `GET /_emulator/state`): projects (with their
 * secrets), applications (with their private keys when known), sessions with their clients, streams and kept
 * signals, archives, broadcasts, SIP calls, renders, Audio Connector links, captions, callback registrations
 * and the clock. Logs (requests, deliveries) and queued faults are not part of it. Treat the file as a secret.
 */
export interface EmulatorState {
  readonly format: 'opentok-emulator-state';
  readonly version: 1;
  readonly clock: { readonly now: number; readonly frozen: boolean };
  readonly projects: readonly { readonly apiKey: string; readonly apiSecret: string }[];
  readonly applications: readonly { readonly applicationId: string; readonly publicKey: string; readonly privateKey?: string }[];
  readonly sessions: readonly unknown[];
  readonly archives: readonly unknown[];
  readonly broadcasts: readonly unknown[];
  readonly sipCalls: readonly unknown[];
  readonly renders: readonly unknown[];
  readonly audioConnections: readonly unknown[];
  readonly captions: readonly unknown[];
  readonly callbacks: readonly unknown[];
}

const KINDS = ['archives', 'broadcasts', 'sipCalls', 'renders', 'audioConnections', 'captions'] as const;

/** A deep copy through JSON (records are plain data). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The exported form of the state (plain JSON data; `JSON.stringify` it). */
export function exportState(store: Store, registry: CallbackRegistry, frozen: boolean): EmulatorState {
  const owners = [...store.owners.values()];
  return {
    format: 'opentok-emulator-state',
    version: 1,
    clock: { now: store.now(), frozen },
    projects: owners.filter((o) => !isApplication(o)).map((o) => ({ apiKey: o.apiKey, apiSecret: (o as { apiSecret: string }).apiSecret })),
    applications: owners.filter(isApplication).map(({ application }) => ({ ...application })),
    sessions: [...store.sessions.values()].map((session) =>
      plain({ ...session, connections: [...session.connections.values()], streams: [...session.streams.values()], signals: keptSignals(store, session) }),
    ),
    archives: plain([...store.archives.values()]),
    broadcasts: plain([...store.broadcasts.values()]),
    sipCalls: plain([...store.sipCalls.values()]),
    renders: plain([...store.renders.values()]),
    audioConnections: plain([...store.audioConnections.values()]),
    captions: plain([...store.captions.values()]),
    callbacks: registry.list().map(({ owner, ...rest }) => ({ ...rest, ...(owner === undefined ? {} : { ownerId: owner.apiKey }) })),
  };
}

/** Checks the outer shape of a state and builds its owners (400 {@link EmulatorError} naming what is wrong). */
export function stateOwners(state: unknown): Owner[] {
  if (!isObject(state) || state['format'] !== 'opentok-emulator-state')
    fail(400, 'Invalid state: expected the JSON of exportState() / GET /_emulator/state ("format": "opentok-emulator-state").');
  if (state['version'] !== 1) fail(400, `Invalid state: version ${JSON.stringify(state['version'])} is not supported (expected 1).`);
  for (const name of ['projects', 'applications', 'sessions', ...KINDS, 'callbacks']) {
    if (!Array.isArray(state[name])) fail(400, `Invalid state: "${name}" must be an array.`);
  }
  const clock = state['clock'];
  if (!isObject(clock) || typeof clock['now'] !== 'number' || !Number.isFinite(clock['now']) || typeof clock['frozen'] !== 'boolean')
    fail(400, 'Invalid state: "clock" must be {now: epoch ms, frozen: boolean}.');
  const owners: Owner[] = [...(state['projects'] as never[]).map(checkProject), ...(state['applications'] as never[]).map(checkApplication)];
  if (owners.length === 0) fail(400, 'Invalid state: it has no project or application.');
  return owners;
}

function record(value: unknown, what: string, store: Store, needsSession = true): Record<string, unknown> {
  if (!isObject(value) || typeof value['id'] !== 'string' || typeof value['apiKey'] !== 'string' || typeof value['sessionId'] !== 'string') {
    fail(400, `Invalid state: each of "${what}" needs string id, apiKey and sessionId.`);
  }
  if (!store.owners.has(value['apiKey']))
    fail(400, `Invalid state: ${what} ${value['id']} belongs to ${value['apiKey']}, which is neither a project nor an application of the state.`);
  if (needsSession && !store.sessions.has(value['sessionId']))
    fail(400, `Invalid state: ${what} ${value['id']} names session ${value['sessionId']}, which the state does not have.`);
  return value;
}

/**
 * Loads a state checked by {@link stateOwners} into an emptied store (its owners already set): records in
 * their exported order, the indexes, and the lifecycle steps that were pending (recomputed from the records).
 */
export function importState(store: Store, registry: CallbackRegistry, state: EmulatorState): void {
  for (const raw of state.sessions) {
    if (
      !isObject(raw) ||
      typeof raw['sessionId'] !== 'string' ||
      typeof raw['apiKey'] !== 'string' ||
      !Array.isArray(raw['connections']) ||
      !Array.isArray(raw['streams']) ||
      !Array.isArray(raw['signals'])
    ) {
      fail(400, 'Invalid state: each session needs sessionId, apiKey, connections, streams and signals.');
    }
    if (!store.owners.has(raw['apiKey'])) fail(400, `Invalid state: session ${raw['sessionId']} belongs to an unknown owner ${raw['apiKey']}.`);
    const copy = plain(raw) as Record<string, unknown>;
    const session = {
      ...copy,
      connections: new Map((copy['connections'] as ConnectionRecord[]).map((c) => [c.connectionId, c])),
      streams: new Map((copy['streams'] as StreamRecord[]).map((s) => [s.streamId, s])),
    } as unknown as SessionRecord;
    store.sessions.set(session.sessionId, session);
    let owned = store.sessionsByOwner.get(session.apiKey);
    if (owned === undefined) {
      owned = new Set();
      store.sessionsByOwner.set(session.apiKey, owned);
    }
    owned.add(session.sessionId);
  }
  for (const kind of KINDS) {
    const records = store[kind] as unknown as Records<{ id: string; apiKey: string; sessionId: string; status: string }>;
    for (const raw of state[kind]) {
      const item = plain(record(raw, kind, store)) as unknown as { id: string; apiKey: string; sessionId: string; status: string };
      records.set(item.id, item);
      if ((kind === 'archives' && isRecording(item as never)) || (kind === 'broadcasts' && item.status === 'started')) records.setActive(item, true);
    }
  }
  for (const archive of store.archives.values()) {
    scheduleArchive(store, archive);
    const session = store.sessions.get(archive.sessionId)!;
    if (session.emptySince !== undefined && archive.status === 'paused' && archive.id !== session.autoArchiveId)
      scheduleEmptyStop(store, session, archive, session.emptySince);
  }
  for (const broadcast of store.broadcasts.values()) scheduleBroadcast(store, broadcast);
  for (const render of store.renders.values()) scheduleRender(store, render);
  for (const captions of store.captions.values()) scheduleCaptions(store, captions);
  for (const raw of state.callbacks) {
    if (!isObject(raw) || typeof raw['id'] !== 'string' || typeof raw['url'] !== 'string') fail(400, 'Invalid state: each callback needs an id and a url.');
    const { ownerId, ...rest } = plain(raw) as Record<string, unknown>;
    const owner =
      ownerId === undefined
        ? undefined
        : (store.owners.get(String(ownerId)) ?? fail(400, `Invalid state: callback ${raw['id']} names an unknown owner ${String(ownerId)}.`));
    registry.set({ ...(rest as unknown as RegistrationRecord), ...(owner === undefined ? {} : { owner }) });
  }
}
