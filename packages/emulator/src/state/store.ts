import { fail } from '../kernel/errors.js';
import type { CallbackRegistry } from './callback-registrations.js';
import type { DomainEvent, EventSink } from './events.js';
import { addOwner } from './owners.js';
import { Records } from './records.js';
import type { Scheduler } from './scheduler.js';
import type { ArchiveRecord, AudioConnectionRecord, BroadcastRecord, CaptionsRecord, Owner, RenderRecord, SessionRecord, SipCallRecord } from './types.js';

/** Everything the emulator remembers, for all projects and applications. One instance per emulator. */
export class Store {
  /** Projects by API key and applications by lower-case application ID: who may call and owns what. */
  readonly owners = new Map<string, Owner>();
  readonly sessions = new Map<string, SessionRecord>();
  /** Sessions of each owner, oldest first. */
  readonly sessionsByOwner = new Map<string, Set<string>>();
  readonly archives = new Records<ArchiveRecord>();
  readonly broadcasts = new Records<BroadcastRecord>();
  readonly sipCalls = new Records<SipCallRecord>();
  readonly renders = new Records<RenderRecord>();
  readonly audioConnections = new Records<AudioConnectionRecord>();
  readonly captions = new Records<CaptionsRecord>();
  /** The session a read-after-write lag hides until emulator time `until` (see `EmulatorOptions.readAfterWriteLagMs`). */
  readonly lagging = new Map<string, number>();
  /** When the emulator was created: when its first owners (and imported ones) count as created. */
  readonly #createdAt: number;
  /** When the owners added at run time were added. */
  readonly #ownersAdded = new Map<string, number>();

  constructor(
    readonly now: () => number,
    /** The time client tokens are verified at (see `MutableClock.tokenNow`). */
    readonly tokenNow: () => number,
    readonly scheduler: Scheduler,
    /** The emulator's current base URL (archive download and HLS links are built on it). */
    readonly baseUrl: () => string,
    private readonly initialOwners: readonly Owner[],
    /** The URLs registered to receive callbacks. */
    readonly callbackRegistrations: CallbackRegistry,
    /** Where state changes are announced (the callbacks, plugged in by `createEmulator`). */
    private readonly sink: EventSink,
    /** Bounds and switches (see `EmulatorOptions`). */
    readonly limits: StoreLimits,
  ) {
    this.#createdAt = now();
    this.reset();
  }

  /** Adds a project or application at run time (409 when the ID is taken); it counts as created now. */
  addOwner<T extends Owner>(owner: T): T {
    addOwner(this.owners, owner);
    this.#ownersAdded.set(owner.apiKey, this.now());
    return owner;
  }

  /** When an owner was created on this emulator, epoch ms (the emulator's creation for those it started with). */
  ownerCreatedAt(ownerId: string): number {
    return this.#ownersAdded.get(ownerId) ?? this.#createdAt;
  }

  /** The session `sessionId` of owner `apiKey` (project API key or application ID), or a 404. */
  session(apiKey: string, sessionId: string): SessionRecord {
    const session = this.sessions.get(sessionId);
    if (session === undefined || session.apiKey !== apiKey || this.#lagging(sessionId))
      fail(404, `Session not found: ${sessionId} is not a session of ${apiKey}`);
    return session;
  }

  /** Whether the read-after-write lag still hides a new session. */
  #lagging(sessionId: string): boolean {
    const until = this.lagging.get(sessionId);
    if (until === undefined) return false;
    if (this.now() < until) return true;
    this.lagging.delete(sessionId);
    return false;
  }

  /** Announces a state change (callbacks deliver it in the background). */
  emit(event: DomainEvent): void {
    this.sink.emit(event);
  }

  /**
   * Forgets every session, recording, call and callback registration; keeps (only) the projects, applications
   * and callback registrations the emulator was created with.
   */
  reset(): void {
    for (const map of [
      this.owners,
      this.#ownersAdded,
      this.sessions,
      this.sessionsByOwner,
      this.archives,
      this.broadcasts,
      this.sipCalls,
      this.renders,
      this.audioConnections,
      this.captions,
      this.lagging,
    ]) {
      map.clear();
    }
    for (const owner of this.initialOwners) this.owners.set(owner.apiKey, owner);
    this.scheduler.clear();
    this.callbackRegistrations.reset();
  }
}

/** What the store bounds and switches. */
export interface StoreLimits {
  /** Signals kept per session (the last ones). */
  readonly signalsPerSession: number;
  /** How long a new session answers "not found" to operations on it, emulator ms (0: never). */
  readonly readAfterWriteLagMs: number;
}

/** Items of `records` belonging to `apiKey` (and `sessionId` when given), oldest first. */
export function listFor<T extends { apiKey: string; sessionId: string }>(
  records: Records<T & { id: string }>,
  apiKey: string,
  sessionId?: string,
): readonly T[] {
  if (sessionId === undefined) return records.ofOwner(apiKey);
  const items = records.ofSession(sessionId);
  return items.length > 0 && items[0]!.apiKey !== apiKey ? [] : items;
}
