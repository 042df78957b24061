import type { Owner } from '../state/types.js';

/** What the wire shapes read beside a record: who owns what (a project or an application), the base URL of links, the time. */
export interface WireContext {
  /** Projects by API key and applications by lower-case application ID. */
  readonly owners: ReadonlyMap<string, Owner>;
  /** The emulator's current base URL (archive download and HLS links are built on it). */
  baseUrl(): string;
  /** Emulator time, epoch ms. */
  now(): number;
}
