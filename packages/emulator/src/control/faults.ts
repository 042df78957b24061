import { fail } from '../kernel/errors.js';
import type { RequestMeta } from '../wire/request-meta.js';
import { empty, errorResponse, json } from '../wire/responses.js';

/** A failure to inject into the next matching OpenTok API requests. */
export interface FaultSpec {
  /** Answer with this HTTP status (and a JSON `{code, message}` body) instead of handling the request. */
  readonly status?: number;
  /** The error message of that answer (default: "Injected fault"). */
  readonly message?: string;
  /** The exact JSON body of that answer instead of `{code, message}` (e.g. the service's `{"code": -1, …}`). */
  readonly body?: unknown;
  /** Wait this long (real milliseconds, at most 60 000) before answering. */
  readonly delayMs?: number;
  /** Drop the connection instead of answering (in-process `fetch` rejects with a TypeError; over HTTP the socket is destroyed). */
  readonly drop?: boolean;
  /** How many matching requests it applies to (default 1). */
  readonly times?: number;
  /**
   * Only requests made by this SDK function: its name as `@opentok/*` exports it (`startArchive`, `dialSip`,
   * `connectAudioToWebsocket`, `iterateArchives`, …; see the README's route table). Another name is a 400.
   */
  readonly operation?: string;
  /** Only requests with this HTTP method. */
  readonly method?: string;
  /** Only requests whose path starts with this pattern (`*` matches one path segment). */
  readonly path?: string;
}

/** A fault waiting to fire. */
export interface Fault extends FaultSpec {
  readonly id: number;
  /** Requests it still applies to. */
  readonly remaining: number;
}

/** What a fault filter looks at: the SDK function that made the request (and any other that makes it), method, path. */
interface FaultTarget {
  readonly operation: string;
  readonly alsoMadeBy: readonly string[];
  readonly method: string;
  readonly path: string;
}

interface Entry {
  id: number;
  spec: FaultSpec;
  remaining: number;
  pattern?: RegExp;
}

/** The options of a fault: any other key is refused. */
const OPTIONS = ['status', 'message', 'body', 'delayMs', 'drop', 'times', 'operation', 'method', 'path'];

function checkSpec(spec: FaultSpec, operations: ReadonlySet<string>): FaultSpec {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) fail(400, 'A fault must be an object.');
  for (const key of Object.keys(spec)) if (!OPTIONS.includes(key)) fail(400, `"${key}" is not a fault option (expected ${OPTIONS.join(', ')}).`);
  const { status, delayMs, drop, times, operation, method, path, message } = spec;
  if (status !== undefined && (!Number.isInteger(status) || status < 200 || status > 599)) fail(400, 'fault.status must be an HTTP status from 200 to 599.');
  if (delayMs !== undefined && (typeof delayMs !== 'number' || !(delayMs >= 0) || delayMs > 60_000)) fail(400, 'fault.delayMs must be 0 to 60000.');
  if (drop !== undefined && typeof drop !== 'boolean') fail(400, 'fault.drop must be a boolean.');
  if (times !== undefined && (!Number.isInteger(times) || times < 1 || times > 1_000_000)) fail(400, 'fault.times must be a positive integer.');
  for (const [name, value] of Object.entries({ operation, method, path, message })) {
    if (value !== undefined && typeof value !== 'string') fail(400, `fault.${name} must be a string.`);
  }
  if (operation !== undefined && !operations.has(operation)) {
    fail(
      400,
      `fault.operation: "${operation}" is not an operation of the OpenTok API; name the SDK function that makes the request (${[...operations].sort().join(', ')}).`,
    );
  }
  if (status === undefined && delayMs === undefined && drop !== true) fail(400, 'A fault needs status, delayMs or drop.');
  if (spec.body !== undefined) {
    let text: string | undefined;
    try {
      text = JSON.stringify(spec.body);
    } catch {
      text = undefined;
    }
    if (text === undefined) fail(400, 'fault.body must be JSON-serialisable.');
  }
  return spec;
}

function compile(path: string): RegExp {
  const escaped = path
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${escaped}`);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The answer a fault gives instead of the API's (undefined: a delay only, then the request goes on). */
async function answer(fault: FaultSpec, meta: RequestMeta): Promise<Response | undefined> {
  if (fault.delayMs !== undefined && fault.delayMs > 0) await sleep(fault.delayMs);
  if (fault.drop === true) {
    meta.dropped = true;
    return empty(503);
  }
  if (fault.status === undefined) return undefined;
  if (fault.body !== undefined) return json(fault.body, fault.status);
  return fault.status < 300 ? empty(fault.status) : errorResponse(fault.status, fault.message ?? `Injected fault (HTTP ${fault.status}).`);
}

/** The queue of injected faults. */
export class Faults {
  #entries: Entry[] = [];
  #next = 1;
  readonly #operations: ReadonlySet<string>;

  /** `operations`: the SDK functions whose requests the API serves (what a fault may name). */
  constructor(operations: readonly string[]) {
    this.#operations = new Set(operations);
  }

  /** Adds a fault (400 for an unknown option or operation); returns its id. */
  add(spec: FaultSpec): number {
    checkSpec(spec, this.#operations);
    const entry: Entry = { id: this.#next++, spec: { ...spec }, remaining: spec.times ?? 1 };
    if (spec.path !== undefined) entry.pattern = compile(spec.path);
    this.#entries.push(entry);
    return entry.id;
  }

  /** Takes one use of the first fault matching the request, if any. */
  take(request: FaultTarget): FaultSpec | undefined {
    if (this.#entries.length === 0) return undefined;
    const { operation, alsoMadeBy, method, path } = request;
    const entry = this.#entries.find(
      (e) =>
        (e.spec.operation === undefined || e.spec.operation === operation || alsoMadeBy.includes(e.spec.operation)) &&
        (e.spec.method === undefined || e.spec.method.toUpperCase() === method) &&
        (e.pattern === undefined || e.pattern.test(path)),
    );
    if (entry === undefined) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.#entries.splice(this.#entries.indexOf(entry), 1);
    return entry.spec;
  }

  /** Whether any fault is waiting (the router consults the middleware only then). */
  get active(): boolean {
    return this.#entries.length > 0;
  }

  /**
   * The fault middleware of the OpenTok API: takes the first fault matching a request and answers (or delays, or
   * drops) it; undefined when none matches, so a request without a fault costs one check.
   */
  intercept(request: FaultTarget & { readonly meta: RequestMeta }): Promise<Response | undefined> | undefined {
    const fault = this.take(request);
    return fault === undefined ? undefined : answer(fault, request.meta);
  }

  /** The faults still waiting. */
  list(): Fault[] {
    return this.#entries.map((e) => ({ ...e.spec, id: e.id, remaining: e.remaining }));
  }

  /** Removes all faults. */
  clear(): void {
    this.#entries = [];
  }
}
