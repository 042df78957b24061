/** Work to run once emulator time reaches `at`. */
interface Job {
  readonly at: number;
  readonly seq: number;
  readonly run: () => void;
}

/** Runs jobs in time order once the emulator clock passes them (lazily: on each request and on `advance`). */
export class Scheduler {
  #jobs: Job[] = [];
  #seq = 0;
  #running = false;

  constructor(private readonly now: () => number) {}

  /** Schedules `run` for emulator time `at` (epoch ms). */
  at(at: number, run: () => void): void {
    this.#jobs.push({ at, seq: this.#seq++, run });
  }

  /** Runs every job that is due, including jobs scheduled by jobs that ran, in time order. */
  tick(): void {
    if (this.#running) return;
    this.#running = true;
    try {
      for (;;) {
        const now = this.now();
        let next: Job | undefined;
        for (const job of this.#jobs) {
          if (job.at <= now && (next === undefined || job.at < next.at || (job.at === next.at && job.seq < next.seq))) next = job;
        }
        if (next === undefined) return;
        this.#jobs.splice(this.#jobs.indexOf(next), 1);
        next.run();
      }
    } finally {
      this.#running = false;
    }
  }

  /** Forgets every pending job. */
  clear(): void {
    this.#jobs = [];
  }
}
