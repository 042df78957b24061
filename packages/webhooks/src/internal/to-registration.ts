import { InvalidResponseError } from '@opentok/core';
import type { CallbackRegistration } from '../callback-registration.js';
import { isObject } from './json-object.js';

/** Maps the API's callback JSON to a {@link CallbackRegistration}; unknown fields are dropped. */
export function toRegistration(json: unknown, operation: string): CallbackRegistration {
  if (!isObject(json) || typeof json['id'] !== 'string') throw new InvalidResponseError(`${operation} failed: OpenTok answered without a callback object`);
  const { id, group, event, url, createdAt } = json;
  return { id, group, event, url, createdAt: typeof createdAt === 'number' ? createdAt : 0 } as CallbackRegistration;
}
