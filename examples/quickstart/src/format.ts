/** Shortens a long ID or token for display: the first `keep` characters and an ellipsis. */
export function short(value: string, keep = 20): string {
  return value.length <= keep + 1 ? value : `${value.slice(0, keep)}…`;
}

/** A byte count in kB or MB. */
export function bytes(size: number): string {
  return size >= 1_000_000 ? `${(size / 1_000_000).toFixed(1)} MB` : `${(size / 1000).toFixed(1)} kB`;
}
