import { InvalidResponseError } from '../errors/transport-errors.js';
import { isObject, type JsonObject } from '../validation/json-object.js';

/** The kinds of JSON value a field can be promised to have. */
export type JsonKind = 'string' | 'number' | 'boolean' | 'object' | 'array';
/** One kind, or two joined by `|`: `'string|number'`. */
export type KindRule = JsonKind | `${JsonKind}|${JsonKind}`;
/** The type of a value of a {@link KindRule}. */
export type KindValue<R extends string> = R extends `${infer A}|${infer B}`
  ? KindValue<A> | KindValue<B>
  : { string: string; number: number; boolean: boolean; object: JsonObject; array: readonly unknown[] }[R & JsonKind];

/** Throws the {@link InvalidResponseError} of an answer the operation cannot read: `<operation> failed: OpenTok answered <detail>`. */
export function unreadable(operation: string, detail: string): never {
  throw new InvalidResponseError(`${operation} failed: OpenTok answered ${detail}`);
}

/**
 * Reads the fields of an object of an answer by the one rule: a field of its promised kind is returned; an absent
 * one (missing or `null`) is `fallback`, the service's default, when the type has one (`undefined` for an optional
 * field); anything else breaks the promise.
 */
export interface FieldReader {
  <R extends KindRule>(name: string, kind: R): KindValue<R>;
  <R extends KindRule, D>(name: string, kind: R, fallback: D): KindValue<R> | D;
}

/**
 * The one response rule. `value` (an answer, an item of a list, an object inside one) must be a JSON object, and
 * every field read from it must keep the promise of its type; fields nobody reads (the ones the service adds
 * later) are ignored, never an error. A broken promise is an {@link InvalidResponseError} that names the operation
 * and says what it expected: `detail`, e.g. `without an archive object`.
 */
export function readAnswer(value: unknown, operation: string, detail: string): FieldReader {
  if (!isObject(value)) unreadable(operation, detail);
  return (name: string, kind: KindRule, ...fallback: unknown[]) => {
    const field = value[name];
    if (field == null && fallback.length) return fallback[0];
    return field != null && kind.includes(Array.isArray(field) ? 'array' : typeof field) ? field : unreadable(operation, detail);
  };
}
