import type { Fields } from '../kernel/fields.js';
import type { Params } from './params.js';

/** At most this many unknown fields are named per request (a warning each); the rest are counted. */
const MAX_NAMED = 10;
/** Names are cut to this many characters in warnings and errors. */
const MAX_NAME = 64;

/** A field name as a warning quotes it: JSON-quoted, printable ASCII only (a header carries it), cut when long. */
function quote(name: string): string {
  const cut = name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}...` : name;
  return JSON.stringify(cut).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The top-level keys of a JSON object body no route reads (a route without a body of its own), else none. */
function bodyKeys(text: string): string[] {
  if (text.trim() === '') return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
    return Object.entries(parsed as Record<string, unknown>).flatMap(([name, value]) => (value === null ? [] : [name]));
  } catch {
    return [];
  }
}

/**
 * What a request carries that its route did not read, one message each, e.g. `unknown field "excludedStreams" in
 * POST /v2/project/{apiKey}/session/{sessionId}/mute`: query parameters, and the fields of the JSON or form body
 * (`read` is what the route read the body as; nested fields by path, `sip.foo`). The service ignores them.
 */
export function unknownFields(
  route: { readonly method: string; readonly path: string },
  query: Params,
  read: Fields | Params | undefined,
  body: string,
): string[] {
  const queryNames = query.unread();
  const bodyNames = read === undefined ? bodyKeys(body) : read.unread();
  if (queryNames.length === 0 && bodyNames.length === 0) return [];
  const names = [...queryNames.map((name) => ['query parameter', name] as const), ...bodyNames.map((name) => ['field', name] as const)];
  const where = `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`;
  const messages = names.slice(0, MAX_NAMED).map(([kind, name]) => `unknown ${kind} ${quote(name)} in ${where}`);
  if (names.length > MAX_NAMED) messages.push(`${names.length - MAX_NAMED} more unknown fields in ${where}`);
  return messages;
}
