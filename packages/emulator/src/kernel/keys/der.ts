/** One DER element: its tag, where its content starts and ends, and where the whole element ends. */
export interface DerElement {
  readonly tag: number;
  readonly start: number;
  readonly end: number;
  /** The offset of the element's first byte (its tag). */
  readonly offset: number;
}

/** DER tags used by RSA key structures. */
export const TAG = { integer: 0x02, bitString: 0x03, octetString: 0x04, oid: 0x06, sequence: 0x30 } as const;

/** Reads the element at `offset` of `bytes`, or undefined when the bytes are not DER (bad or overlong length). */
export function readElement(bytes: Uint8Array, offset: number, limit = bytes.length): DerElement | undefined {
  if (offset + 2 > limit) return undefined;
  const tag = bytes[offset]!;
  let length = bytes[offset + 1]!;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || start + count > limit) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!;
    start += count;
  }
  const end = start + length;
  return end > limit ? undefined : { tag, start, end, offset };
}

/** The elements directly inside a constructed element (or undefined when its content is not a run of DER elements). */
export function children(bytes: Uint8Array, parent: DerElement): DerElement[] | undefined {
  const items: DerElement[] = [];
  for (let offset = parent.start; offset < parent.end; ) {
    const item = readElement(bytes, offset, parent.end);
    if (item === undefined) return undefined;
    items.push(item);
    offset = item.end;
  }
  return items;
}

/** The bytes of a whole element, tag and length included. */
export function elementBytes(bytes: Uint8Array, element: DerElement): Uint8Array {
  return bytes.subarray(element.offset, element.end);
}

/** Encodes one element from its tag and content. */
export function encodeElement(tag: number, ...content: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const length = content.reduce((sum, part) => sum + part.length, 0);
  const lengthBytes: number[] = [];
  if (length < 0x80) lengthBytes.push(length);
  else {
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) lengthBytes.unshift(rest % 256);
    lengthBytes.unshift(0x80 | lengthBytes.length);
  }
  const out = new Uint8Array(1 + lengthBytes.length + length);
  out[0] = tag;
  out.set(lengthBytes, 1);
  let offset = 1 + lengthBytes.length;
  for (const part of content) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
