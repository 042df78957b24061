import { ValidationError } from '../errors/validation-error.js';

/** Throws a {@link ValidationError} naming the parameter, the rule and the value. */
export function invalid(parameter: string, rule: string, value: unknown): never {
  throw new ValidationError({ parameter, rule, value });
}

/**
 * The params object of an operation must be a plain object; with `known`, every key must be one of
 * them, so that a misspelt option from untyped JavaScript is refused instead of silently ignored.
 * The value of an unknown key is never shown: a misspelt `token` or `password` may hold a secret.
 */
export function checkParams<T extends object>(params: T, parameter = 'params', known?: readonly string[]): T {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) invalid(parameter, 'must be an object', params);
  for (const key of known ? Object.keys(params) : []) {
    if (!known?.includes(key)) throw new ValidationError({ parameter: `${parameter}.${key}`, rule: `is not a known option (expected ${known?.join(', ')})`, redact: true });
  }
  return params;
}

/** A required secret string (a client token, a password): non-empty, and never shown in an error. */
export function checkSecret(value: unknown, parameter: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new ValidationError({ parameter, rule: 'must be a non-empty string', redact: true });
  return value;
}

/** A required string, optionally bounded in length and matching a pattern. */
export function checkString(value: unknown, parameter: string, rules: { maxLength?: number; minLength?: number; pattern?: RegExp; patternRule?: string } = {}): string {
  const { minLength = 1, maxLength, pattern, patternRule } = rules;
  if (typeof value !== 'string') invalid(parameter, 'must be a string', value);
  if (value.length < minLength) invalid(parameter, minLength === 1 ? 'must not be empty' : `must be at least ${minLength} characters`, value);
  if (maxLength !== undefined && value.length > maxLength) invalid(parameter, `must be at most ${maxLength} characters`, value);
  if (pattern && !pattern.test(value)) invalid(parameter, patternRule ?? `must match ${String(pattern)}`, value);
  return value;
}

/** Unreserved URL characters only, and not `.` or `..`, which URL resolution would turn into another path. */
const ID_PATTERN = /^(?!\.\.?$)[A-Za-z0-9._~-]+$/;

/**
 * An ID that goes into a URL path (API keys and session, archive, broadcast, stream, connection IDs),
 * from a caller or from a response: a value that URL resolution leaves as it is.
 */
export function checkId(value: unknown, parameter: string): string {
  return checkString(value, parameter, { pattern: ID_PATTERN, patternRule: 'must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".."' });
}

/** An optional value that must be one of a fixed set. */
export function checkOneOf<T extends string>(value: unknown, parameter: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) invalid(parameter, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value);
  return value as T;
}

/** An optional boolean. */
export function checkBoolean(value: unknown, parameter: string): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') invalid(parameter, 'must be a boolean', value);
  return value as boolean | undefined;
}

/** An optional integer within inclusive bounds. */
export function checkInteger(value: unknown, parameter: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) invalid(parameter, 'must be an integer', value);
  if (value < min || value > max) invalid(parameter, `must be from ${min} to ${max}`, value);
  return value;
}

/** An optional array of strings, each checked with {@link checkString}'s rules. */
export function checkStringArray(value: unknown, parameter: string, rules: Parameters<typeof checkString>[2] = {}): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) invalid(parameter, 'must be an array of strings', value);
  return value.map((item, index) => checkString(item, `${parameter}[${index}]`, rules));
}
