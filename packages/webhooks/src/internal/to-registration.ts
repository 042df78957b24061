import { readAnswer } from '@opentok/core/internal';
import type { CallbackRegistration } from '../callback-registration.js';

/** Maps the API's callback JSON to a {@link CallbackRegistration} by the one response rule; unknown fields are ignored. */
export function toRegistration(value: unknown, operation: string): CallbackRegistration {
  const field = readAnswer(value, operation, 'without a callback object');
  return {
    id: field('id', 'string'),
    group: field('group', 'string'),
    event: field('event', 'string'),
    url: field('url', 'string'),
    createdAt: field('createdAt', 'number', 0),
  } as CallbackRegistration;
}
