const JSON_HEADERS = { 'content-type': 'application/json' } as const;

/** A JSON response with `Content-Type: application/json` exactly (Python ≥3.11 and Node 2.23 compare it). */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

/** A response without a body (204s, and the 200s the SDKs ignore the body of). */
export function empty(status: number): Response {
  return new Response(null, { status });
}

/** The service's error body: `{ code, message }` as JSON. */
export function errorResponse(status: number, message: string): Response {
  return json({ code: status, message }, status);
}
