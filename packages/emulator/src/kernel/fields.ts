import { fail } from './errors.js';

type Body = Readonly<Record<string, unknown>>;

function bad(path: string, rule: string): never {
  return fail(400, `Invalid request: "${path}" ${rule}.`);
}

function isObject(value: unknown): value is Body {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What the reads of one body touched: members read as values, and objects and arrays whose members were read. */
interface Reads {
  readonly values: Set<string>;
  readonly containers: Set<string>;
}

/**
 * Typed, path-aware reads of a parsed JSON body; every wrong value is a 400 naming the field. It remembers what was
 * read, so {@link Fields.unread} lists the members nobody looked at (the fields a reader does not know). Only members
 * present are remembered (an absent one cannot be unread), and nothing is allocated for that until one is read.
 */
export class Fields {
  readonly #body: Body;
  readonly #prefix: string;
  /** Shared by a body and the Fields of its nested objects; created on the first read of a member present. */
  #reads: Reads | undefined;

  constructor(body: Body, prefix = '', reads?: Reads) {
    this.#body = body;
    this.#prefix = prefix;
    this.#reads = reads;
  }

  #recorded(): Reads {
    this.#reads ??= { values: new Set(), containers: new Set() };
    return this.#reads;
  }

  #path(name: string): string {
    return this.#prefix === '' ? name : `${this.#prefix}.${name}`;
  }

  #member(name: string): unknown {
    return Object.hasOwn(this.#body, name) ? this.#body[name] : undefined;
  }

  /** The raw member (undefined when absent or null), read as a whole value. */
  raw(name: string): unknown {
    const value = this.#member(name);
    if (value !== undefined) this.#recorded().values.add(this.#path(name));
    return value;
  }

  /** An optional string, length-checked. */
  optString(name: string, options: { min?: number; max?: number; pattern?: RegExp; rule?: string } = {}): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const path = this.#path(name);
    if (typeof value !== 'string') bad(path, 'must be a string');
    const { min = 0, max = Number.POSITIVE_INFINITY } = options;
    if (value.length < min) bad(path, min === 1 ? 'must not be empty' : `must have at least ${min} characters`);
    if (value.length > max) bad(path, `must have at most ${max} characters`);
    if (options.pattern !== undefined && !options.pattern.test(value)) bad(path, options.rule ?? `must match ${String(options.pattern)}`);
    return value;
  }

  /** A required non-empty string. */
  string(name: string, options: { max?: number; pattern?: RegExp; rule?: string } = {}): string {
    return this.optString(name, { min: 1, ...options }) ?? bad(this.#path(name), 'is required');
  }

  /** An optional boolean; with `strings`, the strings `"true"` and `"false"` too (as some SDKs send them). */
  optBool(name: string, options: { strings?: boolean } = {}): boolean | undefined {
    const value = this.raw(name);
    if (value === undefined || typeof value === 'boolean') return value;
    if (options.strings !== true) return bad(this.#path(name), 'must be true or false');
    if (value === 'true' || value === 'false') return value === 'true';
    return bad(this.#path(name), 'must be true or false (a boolean, or the string "true" or "false")');
  }

  /** An optional integer in [min, max]. */
  optInt(name: string, min: number, max: number): number | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      bad(this.#path(name), `must be an integer from ${min} to ${max}`);
    }
    return value;
  }

  /** An optional number in [min, max]. */
  optNumber(name: string, min: number, max: number): number | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) bad(this.#path(name), `must be a number from ${min} to ${max}`);
    return value;
  }

  /** An optional member of `allowed`. */
  optOneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) bad(this.#path(name), `must be one of ${allowed.join(', ')}`);
    return value as T;
  }

  /** An optional array of strings. */
  optStringArray(name: string, options: { maxItems?: number; maxLength?: number } = {}): string[] | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const path = this.#path(name);
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) bad(path, 'must be an array of strings');
    if (options.maxItems !== undefined && value.length > options.maxItems) bad(path, `must have at most ${options.maxItems} items`);
    if (options.maxLength !== undefined && value.some((item: string) => item.length > options.maxLength!))
      bad(path, `items must have at most ${options.maxLength} characters`);
    return value as string[];
  }

  /** An optional nested object, as Fields (its members are read one by one). */
  optObject(name: string): Fields | undefined {
    const value = this.#member(name);
    if (value === undefined) return undefined;
    const path = this.#path(name);
    if (!isObject(value)) bad(path, 'must be an object');
    const reads = this.#recorded();
    reads.containers.add(path);
    return new Fields(value, path, reads);
  }

  /** An optional object whose members are all strings (e.g. custom headers), read as a whole. */
  optStringRecord(name: string): Record<string, string> | undefined {
    const value = this.optObject(name);
    if (value === undefined) return undefined;
    this.#recorded().values.add(this.#path(name));
    const record = value.#body;
    for (const [key, member] of Object.entries(record)) if (typeof member !== 'string') bad(`${this.#path(name)}.${key}`, 'must be a string');
    return { ...(record as Record<string, string>) };
  }

  /**
   * An optional array of objects, each as Fields at `name[i]` (`rule` says what the array must be when it is
   * not one; an item that is not an object is a 400 naming it).
   */
  optObjects(name: string, rule = 'must be an array'): Fields[] | undefined {
    const value = this.#member(name);
    if (value === undefined) return undefined;
    const path = this.#path(name);
    if (!Array.isArray(value)) bad(path, rule);
    const reads = this.#recorded();
    reads.containers.add(path);
    return value.map((item: unknown, index) => {
      const itemPath = `${path}[${index}]`;
      if (!isObject(item)) bad(itemPath, 'must be an object');
      reads.containers.add(itemPath);
      return new Fields(item, itemPath, reads);
    });
  }

  /** The names of the members present (each read as a value by listing it). */
  keys(): string[] {
    const names = Object.keys(this.#body);
    for (const name of names) this.#recorded().values.add(this.#path(name));
    return names;
  }

  /**
   * The paths of the members no read looked at (`sip.foo`, `outputs.rtmp[0].bar`), in body order: the fields the
   * reader does not know. Members inside one read as a whole value are not listed.
   */
  unread(): string[] {
    const found: string[] = [];
    const reads = this.#recorded();
    const { values, containers } = reads;
    // Every member read as a value and none nested (a route's usual body): nothing to walk.
    if (containers.size === 0 && this.#prefix === '' && values.size === Object.keys(this.#body).length) return found;
    const walk = (body: Body, prefix: string): void => {
      for (const [name, member] of Object.entries(body)) {
        const path = prefix === '' ? name : `${prefix}.${name}`;
        if (values.has(path)) continue;
        if (!containers.has(path)) found.push(path);
        else if (isObject(member)) walk(member, path);
        else if (Array.isArray(member))
          for (const [index, item] of member.entries()) if (isObject(item) && containers.has(`${path}[${index}]`)) walk(item, `${path}[${index}]`);
      }
    };
    walk(this.#body, this.#prefix);
    return found;
  }
}
