import { invalid, isObject, type JsonObject } from '@opentok/core/kernel';
import type { CallbackEvent } from './callback-event.js';
import { readBody } from './internal/json-object.js';
import { checkFields, SCHEMAS } from './internal/schemas.js';
import { refuse } from './invalid-callback-error.js';

/** A callback body: the raw text or bytes, or the object a JSON body parser already made of it. */
export type CallbackBody = string | Uint8Array | Readonly<Record<string, unknown>>;

function kindOf(json: JsonObject): string {
  const { event } = json;
  // A documented `event` name is the kind itself; captions bodies have no documented event name.
  if (typeof event === 'string' && event !== 'captions' && Object.hasOwn(SCHEMAS, event)) return event;
  return typeof json['captionId'] === 'string' ? 'captions' : 'unknown';
}

/** Classifies a parsed body and checks the fields its kind documents; the event is the body plus `kind`. */
export function toEvent(json: JsonObject): CallbackEvent {
  const kind = kindOf(json);
  if (kind !== 'unknown') checkFields(json, SCHEMAS[kind]!, kind);
  return { ...json, kind } as CallbackEvent;
}

const isPlainObject = (value: unknown): value is JsonObject => isObject(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/**
 * Reads a callback body into a typed event, told apart by `kind`: the six session-monitoring events, `archive`,
 * `broadcast`, `render`, `captions`, or `unknown` for anything else (SIP call events, new families). Every field
 * of the body is kept as it came; a known event's documented fields are checked. This does not check a
 * signature: use `verifyCallback` for callbacks signed with a signature secret.
 *
 * @param body - The body as text, bytes (UTF-8) or an already parsed JSON object.
 * @returns The event: the body's fields plus `kind`.
 * @throws {InvalidCallbackError} `malformed-body` when the body is not (UTF-8 JSON of) an object; `invalid-payload`
 * when a known event lacks a documented field or has one of the wrong type.
 * @throws {ValidationError} when `body` is none of a string, a Uint8Array and an object.
 * @example
 * ```ts
 * import { parseCallback } from '@opentok/webhooks';
 * const event = parseCallback(await request.text());
 * if (event.kind === 'connectionCreated') console.log(event.connection.id, 'joined', event.sessionId);
 * ```
 */
export function parseCallback(body: CallbackBody): CallbackEvent {
  if (typeof body === 'string' || body instanceof Uint8Array) return toEvent(readBody(body));
  if (Array.isArray(body)) refuse('malformed-body', 'the body is not a JSON object');
  if (isPlainObject(body)) return toEvent(body);
  return invalid('body', 'must be a string, a Uint8Array or a plain object parsed from JSON', body);
}
