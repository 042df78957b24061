import { InvalidResponseError } from '@opentok/core';

/** A JSON object from the API, fields not yet checked. */
export type RawObject = Readonly<Record<string, unknown>>;

/** Throws {@link InvalidResponseError}: the API answered with a body this operation cannot read. */
export function unexpected(operation: string, expected: string): never {
  throw new InvalidResponseError(`${operation} failed: OpenTok answered with an unexpected body (expected ${expected})`);
}

export function isObject(value: unknown): value is RawObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
