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

type RawEntry = Omit<LoggedRequest, 'id' | 'headers' | 'body' | 'bodyLength'> & { headers: Headers; body: string };

interface Entry {
  readonly logged: LoggedRequest;
  readonly bytes: number;
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
  if (operation !== 'dial' || !body.includes('password')) return body;
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

  /** Records one request. */
  record(raw: RawEntry): void {
    const headers: Record<string, string> = {};
    let headerBytes = 0;
    raw.headers.forEach((value, name) => {
      const shown = REDACTED.has(name) ? '[redacted]' : value.length > 1024 ? detached(value.slice(0, 1024)) : value;
      headers[name] = shown;
      headerBytes += name.length + shown.length;
    });
    const redacted = redactBody(raw.operation, raw.body);
    const body = detached(redacted.length > this.limits.bodyBytes ? redacted.slice(0, this.limits.bodyBytes) : redacted);
    const logged: LoggedRequest = Object.freeze({ ...raw, id: this.#next++, headers: Object.freeze(headers), body, bodyLength: raw.body.length });
    const bytes = ENTRY_OVERHEAD + headerBytes + body.length + raw.path.length + raw.query.length;
    this.#items.push({ logged, bytes });
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
    for (let i = this.#head; i < this.#items.length; i++) out.push(this.#items[i]!.logged);
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
