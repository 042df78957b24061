import { fail } from '../kernel/errors.js';

/** Largest request body accepted (1 MiB); larger ones get a 413. */
export const MAX_BODY_BYTES = 1_048_576;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a request body as UTF-8 text, refusing bodies over {@link MAX_BODY_BYTES} (413) and invalid UTF-8 (400). */
export async function readText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const length = request.headers.get('content-length');
  const declared = Number(length ?? '0');
  if (declared > limit) fail(413, `Request body too large: at most ${limit} bytes are accepted.`);
  if (length !== null && /^\d+$/.test(length)) {
    // A declared length is enforced by the HTTP layer: read it in one go (the fast path of server adapters).
    return decode(new Uint8Array(await request.arrayBuffer()), limit);
  }
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      fail(413, `Request body too large: at most ${limit} bytes are accepted.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decode(bytes, limit);
}

function decode(bytes: Uint8Array, limit: number): string {
  if (bytes.byteLength > limit) fail(413, `Request body too large: at most ${limit} bytes are accepted.`);
  try {
    return decoder.decode(bytes);
  } catch {
    return fail(400, 'Invalid request: the body is not valid UTF-8.');
  }
}

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Deepest nesting of a JSON body accepted (no real request comes near it); deeper ones get a 400. */
export const MAX_JSON_DEPTH = 64;

/** Drops `null` members (recursively in objects): the SDKs send explicit nulls for unset options. */
function withoutNulls(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_JSON_DEPTH) fail(400, `Invalid request: the JSON body is nested more than ${MAX_JSON_DEPTH} levels deep.`);
  if (Array.isArray(value)) return value.map((item) => withoutNulls(item, depth + 1));
  // A null prototype: a "__proto__" member stays an ordinary (ignored) field.
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, member] of Object.entries(value)) if (member !== null) out[key] = withoutNulls(member, depth + 1);
  return out;
}

/**
 * Parses a JSON object body. An empty body is `{}` whatever its content type (Python sends
 * `Content-Type: application/json` on bodiless requests); a non-empty body must be JSON (415
 * otherwise; no content type is taken as JSON), an object (400), and has its `null`s removed.
 */
export function parseJsonObject(request: Request, text: string): Record<string, unknown> {
  if (text.trim().length === 0) return {};
  const type = mediaType(request);
  if (type !== '' && type !== 'application/json' && !type.endsWith('+json')) {
    fail(415, `Unsupported Media Type: expected an application/json body, got ${type}.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    fail(400, 'Invalid request: the body is not valid JSON.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) fail(400, 'Invalid request: the JSON body must be an object.');
  return withoutNulls(parsed, 1) as Record<string, unknown>;
}

/** Parses an `application/x-www-form-urlencoded` body (415 for other non-empty content types). */
export function parseForm(request: Request, text: string): URLSearchParams {
  if (text.trim().length === 0) return new URLSearchParams();
  const type = mediaType(request);
  if (type !== '' && type !== 'application/x-www-form-urlencoded') {
    fail(415, `Unsupported Media Type: expected an application/x-www-form-urlencoded body, got ${type}.`);
  }
  return new URLSearchParams(text);
}
