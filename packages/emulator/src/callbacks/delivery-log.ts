import type { CallbackDelivery } from './types.js';

/** A delivery as the dispatcher updates it. */
export type DeliveryEntry = { -readonly [K in keyof CallbackDelivery]: CallbackDelivery[K] };

/** The last `limit` deliveries, oldest dropped first; read as frozen copies. */
export class DeliveryLog {
  #entries: DeliveryEntry[] = [];
  #next = 1;

  constructor(private readonly limit: number) {}

  /** Records a new delivery (status `pending`, no attempt yet) and returns the entry to update. */
  add(entry: Omit<DeliveryEntry, 'id' | 'status' | 'attempts'>): DeliveryEntry {
    const added: DeliveryEntry = { id: this.#next++, ...entry, status: 'pending', attempts: 0 };
    this.#entries.push(added);
    // Trimmed in batches, so an add costs O(1) however long the log.
    if (this.#entries.length >= this.limit * 2) this.#entries.splice(0, this.#entries.length - this.limit);
    return added;
  }

  /** The deliveries kept, oldest first. */
  list(): readonly CallbackDelivery[] {
    if (this.#entries.length > this.limit) this.#entries.splice(0, this.#entries.length - this.limit);
    return this.#entries.map((entry) => Object.freeze({ ...entry }));
  }

  /** Forgets every delivery (numbering goes on). */
  clear(): void {
    this.#entries = [];
  }
}
