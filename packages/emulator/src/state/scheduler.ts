/** Work to run once emulator time reaches `at`. */
interface Job {
  readonly at: number;
  readonly seq: number;
  readonly run: () => void;
}

function before(a: Job, b: Job): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

/**
 * Runs jobs in time order (ties in the order they were scheduled) once the emulator clock passes them (lazily:
 * on each request and on `advance`). A binary heap: scheduling costs O(log n), a tick with nothing due one
 * comparison.
 */
export class Scheduler {
  #heap: Job[] = [];
  #seq = 0;
  #running = false;

  constructor(private readonly now: () => number) {}

  /** How many jobs wait. */
  get size(): number {
    return this.#heap.length;
  }

  /** Schedules `run` for emulator time `at` (epoch ms). */
  at(at: number, run: () => void): void {
    const heap = this.#heap;
    const job: Job = { at, seq: this.#seq++, run };
    let i = heap.push(job) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(job, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = job;
  }

  /** Runs every job that is due, including jobs scheduled by jobs that ran, in time order. */
  tick(): void {
    if (this.#running) return;
    this.#running = true;
    try {
      while (this.#heap.length > 0 && this.#heap[0]!.at <= this.now()) this.#pop().run();
    } finally {
      this.#running = false;
    }
  }

  /** Forgets every pending job. */
  clear(): void {
    this.#heap = [];
  }

  #pop(): Job {
    const heap = this.#heap;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= heap.length) break;
        const right = left + 1;
        const child = right < heap.length && before(heap[right]!, heap[left]!) ? right : left;
        if (!before(heap[child]!, last)) break;
        heap[i] = heap[child]!;
        i = child;
      }
      heap[i] = last;
    }
    return top;
  }
}
