import { ValidationError } from '../errors/validation-error.js';
import { isObject } from './json-object.js';

/**
 * Throws a {@link ValidationError} naming the parameter, the rule and the value; with `secret`, the value is
 * left out of the message (a token, a password, a header that may carry a credential).
 */
export function invalid(parameter: string, rule: string, value: unknown, secret = false): never {
  throw new ValidationError({ parameter, rule, value, redact: secret });
}

/**
 * The params object of an operation (or an object inside it) must be a plain object; with `known`, every key
 * must be one of them, so that a misspelt option from untyped JavaScript is refused instead of silently ignored.
 * The value of an unknown key is never shown: a misspelt `token` or `password` may hold a secret. With `secret`
 * (an object that holds a secret), a value that is not an object is not shown either:
 * `dialSip(client, token)` must not print the token.
 */
export function checkParams<T extends object>(params: T, parameter = 'params', known?: readonly string[], secret?: boolean): T {
  if (!isObject(params)) invalid(parameter, 'must be an object', params, secret);
  for (const key of known ? Object.keys(params) : []) {
    if (!known!.includes(key)) invalid(`${parameter}.${key}`, `is not a known option (expected ${known!.join(', ')})`, undefined, true);
  }
  return params;
}

/** A required secret string (a client token, a password): non-empty, and never shown in an error. */
export function checkSecret(value: unknown, parameter: string): string {
  if (typeof value !== 'string' || value.length === 0) invalid(parameter, 'must be a non-empty string', undefined, true);
  return value;
}

/** A pattern a string must match, and the rule a value that does not match breaks (`must be a language code such as "en-US"`). */
export interface PatternRule {
  readonly pattern: RegExp;
  readonly patternRule: string;
}

/** What {@link checkString} checks besides the type; `secret` leaves the value out of every message. */
export interface StringRules extends Partial<PatternRule> {
  /** Accept `""` (default: refused, `must not be empty`). */
  readonly allowEmpty?: boolean;
  readonly maxLength?: number;
  readonly secret?: boolean;
}

/** A required string, optionally empty, bounded in length and matching a pattern. */
export function checkString(value: unknown, parameter: string, rules: StringRules = {}): string {
  const { allowEmpty, maxLength, pattern, patternRule, secret } = rules;
  if (typeof value !== 'string') invalid(parameter, 'must be a string', value, secret);
  if (!allowEmpty && value === '') invalid(parameter, 'must not be empty', value, secret);
  if (maxLength !== undefined && value.length > maxLength) invalid(parameter, `must be at most ${maxLength} characters`, value, secret);
  if (pattern && !pattern.test(value)) invalid(parameter, patternRule as string, value, secret);
  return value;
}

/** Unreserved URL characters only, and not `.` or `..`, which URL resolution would turn into another path. */
const ID_PATTERN = /^(?!\.\.?$)[A-Za-z0-9._~-]+$/;

/**
 * An ID that goes into a URL path (API keys and session, archive, broadcast, stream, connection IDs),
 * from a caller or from a response: a value that URL resolution leaves as it is.
 */
export function checkId(value: unknown, parameter: string): string {
  return checkString(value, parameter, {
    pattern: ID_PATTERN,
    patternRule: 'must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".."',
  });
}

/** A list of stream IDs (the streams a SIP call or an Audio Connector receives), each checked with {@link checkId}. */
export function checkStreamIds(value: unknown, parameter: string): string[] {
  if (!Array.isArray(value)) invalid(parameter, 'must be an array of stream IDs', value);
  return value.map((id: unknown, index) => checkId(id, `${parameter}[${index}]`));
}

/** An optional value that must be one of a fixed set. */
export function checkOneOf<T extends string>(value: unknown, parameter: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) invalid(parameter, `must be one of "${allowed.join('", "')}"`, value);
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
  if (!Number.isInteger(value)) invalid(parameter, 'must be an integer', value);
  if ((value as number) < min || (value as number) > max) invalid(parameter, `must be from ${min} to ${max}`, value);
  return value as number;
}

/** An optional array of strings, each checked with {@link checkString}'s rules. */
export function checkStringArray(value: unknown, parameter: string, rules: StringRules = {}): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) invalid(parameter, 'must be an array of strings', value);
  return value.map((item, index) => checkString(item, `${parameter}[${index}]`, rules));
}
