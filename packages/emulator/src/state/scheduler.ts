/** Work to run once emulator time reaches `at`. */
interface Job {
  readonly at: number;
  readonly seq: number;
  readonly run: () => void;
}

/**
 * Runs jobs in time order once the emulator clock passes them (lazily: on each request and on
 * `advance`). Jobs are kept sorted, so a tick with nothing due costs one comparison.
 */
export class Scheduler {
  #jobs: Job[] = [];
  #seq = 0;
  #running = false;

  constructor(private readonly now: () => number) {}

  /** Schedules `run` for emulator time `at` (epoch ms). */
  at(at: number, run: () => void): void {
    const job = { at, seq: this.#seq++, run };
    let low = 0;
    let high = this.#jobs.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#jobs[mid]!.at <= at) low = mid + 1;
      else high = mid;
    }
    this.#jobs.splice(low, 0, job);
  }

  /** Runs every job that is due, including jobs scheduled by jobs that ran, in time order. */
  tick(): void {
    if (this.#running) return;
    this.#running = true;
    try {
      while (this.#jobs.length > 0 && this.#jobs[0]!.at <= this.now()) this.#jobs.shift()!.run();
    } finally {
      this.#running = false;
    }
  }

  /** Forgets every pending job. */
  clear(): void {
    this.#jobs = [];
  }
}
