/** A JSON object as it was parsed, its fields not checked yet. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** Whether `value` is an object that is neither `null` nor an array: what a JSON object parses to. */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
