import { fail } from '../errors.js';
import type { Scheduler } from './scheduler.js';
import type {
  ArchiveRecord,
  AudioConnectionRecord,
  BroadcastRecord,
  CallbackRecord,
  CaptionsRecord,
  Project,
  RenderRecord,
  SessionRecord,
  SipCallRecord,
} from './types.js';

/** Everything the emulator remembers, for all projects. One instance per emulator. */
export class Store {
  readonly projects = new Map<string, Project>();
  readonly sessions = new Map<string, SessionRecord>();
  readonly archives = new Map<string, ArchiveRecord>();
  readonly broadcasts = new Map<string, BroadcastRecord>();
  readonly sipCalls = new Map<string, SipCallRecord>();
  readonly renders = new Map<string, RenderRecord>();
  readonly audioConnections = new Map<string, AudioConnectionRecord>();
  readonly captions = new Map<string, CaptionsRecord>();
  readonly callbacks = new Map<string, CallbackRecord>();

  constructor(
    readonly now: () => number,
    /** The time client tokens are verified at (see `MutableClock.tokenNow`). */
    readonly tokenNow: () => number,
    readonly scheduler: Scheduler,
    /** The emulator's current base URL (archive download and HLS links are built on it). */
    readonly baseUrl: () => string,
    private readonly initialProjects: readonly Project[],
  ) {
    this.reset();
  }

  /** The session `sessionId` of project `apiKey`, or a 404. */
  session(apiKey: string, sessionId: string): SessionRecord {
    const session = this.sessions.get(sessionId);
    if (session === undefined || session.apiKey !== apiKey) fail(404, `Session not found: ${sessionId} is not a session of project ${apiKey}`);
    return session;
  }

  /** Forgets every session, recording, call and callback; keeps (only) the projects the emulator was created with. */
  reset(): void {
    for (const map of [this.projects, this.sessions, this.archives, this.broadcasts, this.sipCalls, this.renders, this.audioConnections, this.captions, this.callbacks]) {
      map.clear();
    }
    for (const project of this.initialProjects) this.projects.set(project.apiKey, project);
    this.scheduler.clear();
  }
}

/** Items of `map` belonging to `apiKey` (and `sessionId` when given), most recent first. */
export function listFor<T extends { apiKey: string; sessionId: string; createdAt: number }>(map: Map<string, T>, apiKey: string, sessionId?: string): T[] {
  const items = [...map.values()].filter((item) => item.apiKey === apiKey && (sessionId === undefined || item.sessionId === sessionId));
  return items.reverse().sort((a, b) => b.createdAt - a.createdAt);
}
