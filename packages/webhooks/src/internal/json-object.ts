import { isObject, type JsonObject } from '@opentok/core/kernel';
import { type InvalidCallbackReason, refuse } from '../invalid-callback-error.js';

const encoder = /* @__PURE__ */ new TextEncoder();
const strictUtf8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes of `text`. */
export const utf8Bytes = (text: string): Uint8Array<ArrayBuffer> => encoder.encode(text);

/** Strict UTF-8 decoding: malformed bytes throw instead of turning into U+FFFD. */
export const utf8 = (bytes: Uint8Array): string => strictUtf8.decode(bytes);

/** The JSON object of the text `read` returns; a throw, bad JSON or a non-object is refused with `reason`, naming `what`. */
export function jsonObject(read: () => string, reason: InvalidCallbackReason, what: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(read());
  } catch {
    return refuse(reason, `${what} is not UTF-8 JSON`);
  }
  return isObject(value) ? value : refuse(reason, `${what} is not a JSON object`);
}

/** The JSON object of a raw callback body. */
export const readBody = (body: string | Uint8Array): JsonObject =>
  jsonObject(() => (typeof body === 'string' ? body : utf8(body)), 'malformed-body', 'the body');
