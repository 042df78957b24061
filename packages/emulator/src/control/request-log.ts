/** One OpenTok API request the emulator received (control-API requests are not logged). */
export interface LoggedRequest {
  /** Sequence number, from 1. */
  readonly id: number;
  /** Emulator time it arrived, epoch ms. */
  readonly at: number;
  readonly method: string;
  /** Path without the query. */
  readonly path: string;
  /** The query string, without `?` (`''` when none). */
  readonly query: string;
  /** The operation it matched (e.g. `startArchive`), or `''` for unknown routes. */
  readonly operation: string;
  /** Request headers, names lower-cased; `x-opentok-auth` and `authorization` are shown as `[redacted]`. */
  readonly headers: Readonly<Record<string, string>>;
  /** The request body as text (first 64 KiB). */
  readonly body: string;
  /** The status answered; `0` when an injected fault dropped the connection. */
  readonly status: number;
  /** Real time it took to answer, ms. */
  readonly durationMs: number;
}

const MAX_LOGGED_BODY = 65_536;
/** Headers that carry credentials: logged as `[redacted]`. */
const REDACTED = new Set(['x-opentok-auth', 'authorization']);

type RawEntry = Omit<LoggedRequest, 'id' | 'headers' | 'body'> & { headers: Headers; body: string };

function present(id: number, raw: RawEntry): LoggedRequest {
  const headers: Record<string, string> = {};
  raw.headers.forEach((value, name) => {
    headers[name] = REDACTED.has(name) ? '[redacted]' : value;
  });
  return Object.freeze({ ...raw, id, headers: Object.freeze(headers), body: raw.body.slice(0, MAX_LOGGED_BODY) });
}

/** A bounded log of requests, oldest dropped first. Entries are shaped when read, not on the hot path. */
export class RequestLog {
  #items: { id: number; raw?: RawEntry; shaped?: LoggedRequest }[] = [];
  #next = 1;

  constructor(private readonly limit: number) {}

  /** Records one request. */
  record(entry: RawEntry): void {
    this.#items.push({ id: this.#next++, raw: entry });
    if (this.#items.length > this.limit * 2) this.#items.splice(0, this.#items.length - this.limit);
  }

  /** The logged requests, oldest first. */
  list(): readonly LoggedRequest[] {
    if (this.#items.length > this.limit) this.#items.splice(0, this.#items.length - this.limit);
    return this.#items.map((item) => {
      if (item.shaped === undefined) {
        item.shaped = present(item.id, item.raw!);
        delete item.raw;
      }
      return item.shaped;
    });
  }

  /** Empties the log. */
  clear(): void {
    this.#items = [];
  }
}
