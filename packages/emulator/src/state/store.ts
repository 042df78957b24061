import type { CallbackDispatcher } from '../callbacks/dispatcher.js';
import type { CallbackEmission } from '../callbacks/emission.js';
import { fail } from '../errors.js';
import type { Scheduler } from './scheduler.js';
import type {
  ArchiveRecord,
  AudioConnectionRecord,
  BroadcastRecord,
  CaptionsRecord,
  Owner,
  RenderRecord,
  SessionRecord,
  SipCallRecord,
} from './types.js';

/** Everything the emulator remembers, for all projects and applications. One instance per emulator. */
export class Store {
  /** Projects by API key and applications by lower-case application ID: who may call and owns what. */
  readonly owners = new Map<string, Owner>();
  readonly sessions = new Map<string, SessionRecord>();
  readonly archives = new Map<string, ArchiveRecord>();
  readonly broadcasts = new Map<string, BroadcastRecord>();
  readonly sipCalls = new Map<string, SipCallRecord>();
  readonly renders = new Map<string, RenderRecord>();
  readonly audioConnections = new Map<string, AudioConnectionRecord>();
  readonly captions = new Map<string, CaptionsRecord>();

  constructor(
    readonly now: () => number,
    /** The time client tokens are verified at (see `MutableClock.tokenNow`). */
    readonly tokenNow: () => number,
    readonly scheduler: Scheduler,
    /** The emulator's current base URL (archive download and HLS links are built on it). */
    readonly baseUrl: () => string,
    private readonly initialOwners: readonly Owner[],
    /** Callback registrations and deliveries. */
    readonly callbacks: CallbackDispatcher,
  ) {
    this.reset();
  }

  /** The session `sessionId` of owner `apiKey` (project API key or application ID), or a 404. */
  session(apiKey: string, sessionId: string): SessionRecord {
    const session = this.sessions.get(sessionId);
    if (session === undefined || session.apiKey !== apiKey) fail(404, `Session not found: ${sessionId} is not a session of ${apiKey}`);
    return session;
  }

  /** Announces a state change to the callbacks that receive it (delivered in the background). */
  emit(emission: CallbackEmission): void {
    this.callbacks.emit(emission);
  }

  /**
   * Forgets every session, recording, call, callback registration and delivery; keeps (only) the projects,
   * applications and callback registrations the emulator was created with.
   */
  reset(): void {
    for (const map of [this.owners, this.sessions, this.archives, this.broadcasts, this.sipCalls, this.renders, this.audioConnections, this.captions]) {
      map.clear();
    }
    for (const owner of this.initialOwners) this.owners.set(owner.apiKey, owner);
    this.scheduler.clear();
    this.callbacks.reset();
  }
}

/** Items of `map` belonging to `apiKey` (and `sessionId` when given), most recent first. */
export function listFor<T extends { apiKey: string; sessionId: string; createdAt: number }>(map: Map<string, T>, apiKey: string, sessionId?: string): T[] {
  const items = [...map.values()].filter((item) => item.apiKey === apiKey && (sessionId === undefined || item.sessionId === sessionId));
  return items.reverse().sort((a, b) => b.createdAt - a.createdAt);
}
