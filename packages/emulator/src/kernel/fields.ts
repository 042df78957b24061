import { fail } from './errors.js';

type Body = Readonly<Record<string, unknown>>;

function bad(path: string, rule: string): never {
  return fail(400, `Invalid request: "${path}" ${rule}.`);
}

/** Typed, path-aware reads of a parsed JSON body; every wrong value is a 400 naming the field. */
export class Fields {
  constructor(
    private readonly body: Body,
    private readonly prefix = '',
  ) {}

  private path(name: string): string {
    return this.prefix === '' ? name : `${this.prefix}.${name}`;
  }

  /** The raw member (undefined when absent or null). */
  raw(name: string): unknown {
    return Object.hasOwn(this.body, name) ? this.body[name] : undefined;
  }

  /** An optional string, length-checked. */
  optString(name: string, options: { min?: number; max?: number; pattern?: RegExp; rule?: string } = {}): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const path = this.path(name);
    if (typeof value !== 'string') bad(path, 'must be a string');
    const { min = 0, max = Number.POSITIVE_INFINITY } = options;
    if (value.length < min) bad(path, min === 1 ? 'must not be empty' : `must have at least ${min} characters`);
    if (value.length > max) bad(path, `must have at most ${max} characters`);
    if (options.pattern !== undefined && !options.pattern.test(value)) bad(path, options.rule ?? `must match ${String(options.pattern)}`);
    return value;
  }

  /** A required non-empty string. */
  string(name: string, options: { max?: number; pattern?: RegExp; rule?: string } = {}): string {
    return this.optString(name, { min: 1, ...options }) ?? bad(this.path(name), 'is required');
  }

  /** An optional boolean; with `strings`, the strings `"true"` and `"false"` too (as some SDKs send them). */
  optBool(name: string, options: { strings?: boolean } = {}): boolean | undefined {
    const value = this.raw(name);
    if (value === undefined || typeof value === 'boolean') return value;
    if (options.strings !== true) return bad(this.path(name), 'must be true or false');
    if (value === 'true' || value === 'false') return value === 'true';
    return bad(this.path(name), 'must be true or false (a boolean, or the string "true" or "false")');
  }

  /** An optional integer in [min, max]. */
  optInt(name: string, min: number, max: number): number | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      bad(this.path(name), `must be an integer from ${min} to ${max}`);
    }
    return value;
  }

  /** An optional number in [min, max]. */
  optNumber(name: string, min: number, max: number): number | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) bad(this.path(name), `must be a number from ${min} to ${max}`);
    return value;
  }

  /** An optional member of `allowed`. */
  optOneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) bad(this.path(name), `must be one of ${allowed.join(', ')}`);
    return value as T;
  }

  /** An optional array of strings. */
  optStringArray(name: string, options: { maxItems?: number; maxLength?: number } = {}): string[] | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const path = this.path(name);
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) bad(path, 'must be an array of strings');
    if (options.maxItems !== undefined && value.length > options.maxItems) bad(path, `must have at most ${options.maxItems} items`);
    if (options.maxLength !== undefined && value.some((item: string) => item.length > options.maxLength!)) bad(path, `items must have at most ${options.maxLength} characters`);
    return value as string[];
  }

  /** An optional nested object, as Fields. */
  optObject(name: string): Fields | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) bad(this.path(name), 'must be an object');
    return new Fields(value as Body, this.path(name));
  }

  /** An optional object whose members are all strings (e.g. custom headers). */
  optStringRecord(name: string): Record<string, string> | undefined {
    const value = this.optObject(name);
    if (value === undefined) return undefined;
    const record = value.body;
    for (const [key, member] of Object.entries(record)) if (typeof member !== 'string') bad(`${this.path(name)}.${key}`, 'must be a string');
    return { ...(record as Record<string, string>) };
  }

  /** The names of the members present. */
  keys(): string[] {
    return Object.keys(this.body);
  }
}
