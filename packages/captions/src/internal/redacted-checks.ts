import { ValidationError } from '@opentok/core';

/**
 * An object with only `known` keys, whose errors never show a value: a misspelt `token` would
 * otherwise put the token into the message (core's `checkParams` shows the value).
 */
export function checkKeys<T extends object>(value: T, parameter: string, known: readonly string[]): T {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError({ parameter, rule: `must be an object { ${known.join(', ')} }`, redact: true });
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw new ValidationError({ parameter: `${parameter}.${key}`, rule: `is not a known option (expected ${known.join(', ')})`, redact: true });
  }
  return value;
}

/** A client token: a non-empty string, never shown in an error. */
export function checkToken(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) throw new ValidationError({ parameter: 'token', rule: 'must be a non-empty string', redact: true });
  return value;
}
