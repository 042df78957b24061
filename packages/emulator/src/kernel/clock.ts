import { fail } from './errors.js';

/** The emulator's notion of time: wall-clock time plus an offset, or frozen and moved only by hand. */
export interface EmulatorClock {
  /** Current emulator time in epoch milliseconds. */
  now(): number;
  /** Moves emulator time forward by `ms` (≥ 0) and runs everything that became due; returns the new time. */
  advance(ms: number): number;
}

/** How the emulator clock starts. */
export interface ClockOptions {
  /** Emulator time at creation, in epoch milliseconds (default: the wall clock). */
  readonly start?: number;
  /** When true, time stands still except through `advance` (default false: it follows the wall clock). */
  readonly frozen?: boolean;
}

/** A clock whose time can be moved forward; `advance` does not run scheduled work (the emulator wraps it). */
export interface MutableClock {
  now(): number;
  shift(ms: number): void;
  /** Sets emulator time (a state import); client-token time is left alone. */
  set(ms: number): void;
  /**
   * Wall-clock time plus everything `shift` added: the time client tokens are checked at. Tokens are
   * minted on the wall clock, so a clock that starts elsewhere or stands still must not expire them,
   * while advancing the clock past a token's expiry does.
   */
  tokenNow(): number;
}

/** Creates the time source behind {@link EmulatorClock}. */
export function createMutableClock(options: ClockOptions = {}): MutableClock {
  const { start, frozen = false } = options;
  if (start !== undefined && !Number.isFinite(start)) fail(400, '"clock.start" must be a finite number of epoch milliseconds.');
  let offset = (start ?? Date.now()) - Date.now();
  let fixed = start ?? Date.now();
  let advanced = 0;
  return {
    now: () => (frozen ? fixed : Date.now() + offset),
    shift(ms) {
      advanced += ms;
      if (frozen) fixed += ms;
      else offset += ms;
    },
    set(ms) {
      if (frozen) fixed = ms;
      else offset = ms - Date.now();
    },
    tokenNow: () => Date.now() + advanced,
  };
}
