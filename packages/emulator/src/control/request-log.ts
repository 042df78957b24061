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
  /**
   * An excerpt of the request body as text: its first `requestLog.bodyBytes` characters (default 8192), SIP
   * passwords (`sip.auth.password`) shown as `[redacted]`.
   */
  readonly body: string;
  /** The length of the whole body, in characters (more than `body.length` when the excerpt is cut). */
  readonly bodyLength: number;
  /** The status answered; `0` when an injected fault dropped the connection. */
  readonly status: number;
  /**
   * What the request carried that the route does not know, one message each (`unknown field "excludedStreams" in
   * POST /v2/project/{apiKey}/session/{sessionId}/mute`): the service ignores such fields. Absent when none.
   */
  readonly warnings?: readonly string[];
  /** Real time it took to answer, ms. */
  readonly durationMs: number;
}

/** Limits of the request log (see `EmulatorOptions.requestLog`). */
export interface RequestLogLimits {
  /** How many requests are kept (the oldest are dropped first). */
  readonly entries: number;
  /** How much of each body is kept, in characters. */
  readonly bodyBytes: number;
  /** The most the kept entries may take together (body excerpts and headers, in characters, estimated). */
  readonly totalBytes: number;
}

/** Headers that carry credentials: logged as `[redacted]`. */
const REDACTED = new Set(['x-opentok-auth', 'authorization']);
/** What an entry costs beside its body and headers (fields, object overhead), estimated. */
const ENTRY_OVERHEAD = 256;
/** What an entry's headers are counted as (they are kept as received, and each value is shown cut to 1 KiB). */
const HEADER_ESTIMATE = 1024;

/**
 * The headers of a request as received: a `Headers` object, or name/value pairs in order as Node's
 * `IncomingMessage.rawHeaders` has them (what the HTTP server passes: keeping the server's lazy `Headers` would keep
 * the whole incoming message, socket state included, alive for as long as the entry is logged).
 */
export type ReceivedHeaders = Headers | readonly string[];

type RawEntry = Omit<LoggedRequest, 'id' | 'headers' | 'body' | 'bodyLength'> & { headers: ReceivedHeaders; body: string };

/** Calls `each(value, name)` for every header, names lower-cased, repeated names joined with `, ` (as `Headers` does). */
function forEachHeader(headers: ReceivedHeaders, each: (value: string, name: string) => void): void {
  if (!Array.isArray(headers)) {
    (headers as Headers).forEach(each);
    return;
  }
  const joined = new Map<string, string>();
  for (let i = 0; i + 1 < headers.length; i += 2) {
    const name = headers[i]!.toLowerCase();
    const previous = joined.get(name);
    joined.set(name, previous === undefined ? headers[i + 1]! : `${previous}, ${headers[i + 1]!}`);
  }
  for (const name of [...joined.keys()].sort()) each(joined.get(name)!, name);
}

interface Entry {
  raw?: RawEntry;
  logged?: LoggedRequest;
  readonly id: number;
  readonly bodyLength: number;
  readonly bytes: number;
}

/** Shapes an entry for reading: headers as a plain record, credentials redacted, long values cut. */
function present(entry: Entry): LoggedRequest {
  if (entry.logged !== undefined) return entry.logged;
  const raw = entry.raw!;
  const headers: Record<string, string> = {};
  forEachHeader(raw.headers, (value, name) => {
    headers[name] = REDACTED.has(name) ? '[redacted]' : value.length > 1024 ? detached(value.slice(0, 1024)) : value;
  });
  entry.logged = Object.freeze({ ...raw, id: entry.id, headers: Object.freeze(headers), bodyLength: entry.bodyLength });
  delete entry.raw;
  return entry.logged;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A fresh copy of `text` (a `slice` of a large string keeps the whole string alive in V8; the log must not keep
 * a 1 MiB body for its 8 KiB excerpt).
 */
function detached(text: string): string {
  return text.length === 0 ? '' : decoder.decode(encoder.encode(text));
}

/** `sip.auth.password` of a dial body as `[redacted]` (the body is the caller's own, its SIP password is not ours to show). */
function redactBody(operation: string, body: string): string {
  if (operation !== 'dialSip' || !body.includes('password')) return body;
  try {
    const parsed = JSON.parse(body) as { sip?: { auth?: { password?: unknown } } };
    const auth = parsed?.sip?.auth;
    if (auth !== null && typeof auth === 'object' && 'password' in auth) {
      auth.password = '[redacted]';
      return JSON.stringify(parsed);
    }
    return body;
  } catch {
    // Not JSON: hide every "password" value that looks like one.
    return body.replace(/("password"\s*:\s*)"(?:[^"\\]|\\.)*"?/g, '$1"[redacted]"');
  }
}

/**
 * A bounded log of requests: the last `entries` requests, at most `bodyBytes` of each body, at most `totalBytes`
 * in all; the oldest are dropped first. Entries are shaped when recorded, so a large body is never kept.
 */
export class RequestLog {
  #items: Entry[] = [];
  #head = 0;
  #bytes = 0;
  #next = 1;

  constructor(private readonly limits: RequestLogLimits) {}

  /** Records one request (cheap: headers are shaped when the log is read; a long body is cut to its excerpt now). */
  record(raw: RawEntry): void {
    const redacted = redactBody(raw.operation, raw.body);
    const body = redacted.length > this.limits.bodyBytes ? detached(redacted.slice(0, this.limits.bodyBytes)) : redacted;
    const bytes = ENTRY_OVERHEAD + HEADER_ESTIMATE + body.length + raw.path.length + raw.query.length;
    this.#items.push({ raw: { ...raw, body }, bodyLength: raw.body.length, id: this.#next++, bytes });
    this.#bytes += bytes;
    while (this.#items.length - this.#head > this.limits.entries || (this.#bytes > this.limits.totalBytes && this.#items.length - this.#head > 1)) {
      this.#bytes -= this.#items[this.#head]!.bytes;
      this.#items[this.#head++] = undefined as unknown as Entry;
    }
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
  }

  /** The logged requests, oldest first. */
  list(): readonly LoggedRequest[] {
    const out: LoggedRequest[] = [];
    for (let i = this.#head; i < this.#items.length; i++) out.push(present(this.#items[i]!));
    return out;
  }

  /** About how many characters the kept entries take. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Empties the log. */
  clear(): void {
    this.#items = [];
    this.#head = 0;
    this.#bytes = 0;
  }
}
