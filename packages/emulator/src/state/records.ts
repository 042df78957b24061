/** A record the emulator indexes: its ID, its owner (project API key or application ID) and its session. */
export interface Indexed {
  readonly id: string;
  readonly apiKey: string;
  readonly sessionId: string;
}

const EMPTY: readonly never[] = Object.freeze([]);
const NONE: ReadonlySet<never> = new Set();

function remove<T>(list: T[] | undefined, item: T): void {
  if (list === undefined) return;
  const at = list.lastIndexOf(item);
  if (at >= 0) list.splice(at, 1);
}

/**
 * Records of one kind (archives, broadcasts, …) by ID, and per owner and per session in creation order, plus the
 * set of active ones (recording, started) per session: a list page, a lookup and an "is one already running"
 * check cost what they touch, not the number of records.
 */
export class Records<T extends Indexed> {
  readonly #byId = new Map<string, T>();
  readonly #byOwner = new Map<string, T[]>();
  readonly #bySession = new Map<string, T[]>();
  readonly #active = new Map<string, Set<T>>();

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): T | undefined {
    return this.#byId.get(id);
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  values(): IterableIterator<T> {
    return this.#byId.values();
  }

  /** Adds a new record (`id` is its own ID; kept for the Map-like call sites). */
  set(id: string, record: T): this {
    if (this.#byId.has(id)) this.delete(id);
    this.#byId.set(id, record);
    push(this.#byOwner, record.apiKey, record);
    push(this.#bySession, record.sessionId, record);
    return this;
  }

  delete(id: string): boolean {
    const record = this.#byId.get(id);
    if (record === undefined) return false;
    this.#byId.delete(id);
    drop(this.#byOwner, record.apiKey, record);
    drop(this.#bySession, record.sessionId, record);
    this.setActive(record, false);
    return true;
  }

  /** The records of an owner, oldest first (do not modify). */
  ofOwner(apiKey: string): readonly T[] {
    return this.#byOwner.get(apiKey) ?? EMPTY;
  }

  /** The records of a session, oldest first (do not modify). */
  ofSession(sessionId: string): readonly T[] {
    return this.#bySession.get(sessionId) ?? EMPTY;
  }

  /** Marks a record active (recording, started) or not. */
  setActive(record: T, active: boolean): void {
    let set = this.#active.get(record.sessionId);
    if (active) {
      if (set === undefined) {
        set = new Set();
        this.#active.set(record.sessionId, set);
      }
      set.add(record);
    } else if (set !== undefined) {
      set.delete(record);
      if (set.size === 0) this.#active.delete(record.sessionId);
    }
  }

  /** The active records of a session, in the order they became active. */
  activeIn(sessionId: string): ReadonlySet<T> {
    return this.#active.get(sessionId) ?? NONE;
  }

  /** Forgets every record of a session. */
  deleteSession(sessionId: string): void {
    for (const record of [...this.ofSession(sessionId)]) this.delete(record.id);
  }

  clear(): void {
    this.#byId.clear();
    this.#byOwner.clear();
    this.#bySession.clear();
    this.#active.clear();
  }
}

function push<T>(map: Map<string, T[]>, key: string, record: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [record]);
  else list.push(record);
}

function drop<T>(map: Map<string, T[]>, key: string, record: T): void {
  const list = map.get(key);
  remove(list, record);
  if (list !== undefined && list.length === 0) map.delete(key);
}
