/** `T` with the fields that may be `undefined` made optional instead. */
export type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/**
 * The record without its `undefined` fields: a result leaves out the optional fields the answer did not have, and a
 * query or form body the options the caller did not set.
 */
export function compact<T extends object>(record: T): Compact<T> {
  // A loop, not Object.fromEntries(Object.entries(…).filter(…)): no arrays per call, and results that have the same
  // fields share one object shape. A list of a thousand archives maps in a third of the time.
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const value = (record as Record<string, unknown>)[key];
    if (value !== undefined) result[key] = value;
  }
  return result as Compact<T>;
}
