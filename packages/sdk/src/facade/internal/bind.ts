import { checkParams } from '@opentok/core/internal';

/**
 * Freezes `data` with `methods` attached as non-enumerable properties, so that the result still
 * reads (and serialises, and compares) as the plain data object it wraps.
 */
export function withMethods<D extends object, M extends object>(data: D, methods: M): Readonly<D & M> {
  const descriptors = Object.fromEntries(Reflect.ownKeys(methods).map((key) => [key, { value: (methods as Record<PropertyKey, unknown>)[key] }]));
  return Object.freeze(Object.defineProperties({ ...data }, descriptors)) as Readonly<D & M>;
}

/** Merges a facade method's options object (checked to be an object when given) with its positional arguments. */
export function merge<O extends object, F extends object>(options: O | undefined, parameter: string, fixed: F): O & F {
  if (options !== undefined) checkParams(options, parameter);
  return { ...options, ...fixed } as O & F;
}

/** A frozen `{ items, total }` page that is also iterable over its items. */
export function iterablePage<T>(items: readonly T[], total: number): { readonly items: readonly T[]; readonly total: number } & Iterable<T> {
  const frozen = Object.freeze([...items]);
  return withMethods({ items: frozen, total }, { [Symbol.iterator]: () => frozen[Symbol.iterator]() });
}
