/**
 * The wait a server asks for, in milliseconds, from a `Retry-After` value: delta-seconds or an HTTP date
 * (a date in the past is no wait). `undefined` when the header is absent or unreadable (`soon`).
 */
export function retryAfterMs(value: string | null): number | undefined {
  if (value === null) return undefined;
  const seconds = Number(value);
  const ms = Number.isNaN(seconds) ? Date.parse(value) - Date.now() : seconds * 1000;
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}
