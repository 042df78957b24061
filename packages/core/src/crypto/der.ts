/** One DER element: its tag, and where its content starts and ends in the bytes it was read from. */
export interface DerElement {
  readonly tag: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Reads the DER element that starts at `offset` and must end by `limit`: `undefined` when the bytes there are
 * not one (no definite length, a length over four bytes, or content running past the limit).
 */
export function readDer(der: Uint8Array, offset = 0, limit = der.length): DerElement | undefined {
  let start = offset + 2;
  let length = der[offset + 1] ?? 0x80;
  if (length > 0x7f) {
    const count = length - 0x80;
    if (count < 1 || count > 4) return undefined;
    length = 0;
    for (const end = start + count; start < end; start++) length = length * 256 + (der[start] ?? NaN);
  }
  const end = start + length;
  return end <= limit ? { tag: der[offset]!, start, end } : undefined;
}

/** The `index`-th element inside a constructed element (`undefined` when it has fewer, or when `parent` is). */
export function derChild(der: Uint8Array, parent: DerElement | undefined, index: number): DerElement | undefined {
  let element = parent && readDer(der, parent.start, parent.end);
  for (let i = 0; i < index && element; i++) element = readDer(der, element.end, parent!.end);
  return element;
}
