/**
 * Lifecycle timings, in emulator milliseconds (move the clock with `emulator.clock.advance(ms)`).
 * Documented in the README; chosen to be short enough for tests and long enough to observe each state.
 */
export const TIMINGS = {
  /** A stopped archive becomes `available` (with url, size, duration) this long after it stopped. */
  archiveProcessingMs: 5_000,
  /** A manual archive pauses when the last connection leaves and stops if nobody returns within this time. */
  archivePauseTimeoutMs: 60_000,
  /** A broadcast's HLS and RTMP outputs go from `connecting` to `live` this long after start. */
  broadcastLiveMs: 2_000,
  /** Default archive `maxDuration` in seconds (4 hours, as the service). */
  archiveMaxDurationS: 14_400,
  /** Default broadcast `maxDuration` in seconds. */
  broadcastMaxDurationS: 7_200,
  /** Default Experience Composer `maxDuration` in seconds. */
  renderMaxDurationS: 7_200,
  /** Default Live Captions `maxDuration` in seconds. */
  captionsMaxDurationS: 14_400,
} as const;
