/**
 * A Cloudflare Worker that hands out OpenTok client tokens: `GET /token?sessionId=…&role=…&data=…`
 * answers `{ token, sessionId, role, expireTime }`. It imports nothing but `@opentok/tokens` (Web Crypto,
 * no Node APIs), so the whole Worker stays small. The API key and secret come from Worker bindings
 * (`wrangler secret put OPENTOK_API_SECRET`).
 *
 * A real app would check who is asking (a session cookie, an access token) before minting a token and
 * would decide the role itself; this example takes it from the query to show the options.
 */
import { generateToken, type TokenRole } from '@opentok/tokens';

/** The Worker's bindings. */
export interface Env {
  readonly OPENTOK_API_KEY: string;
  readonly OPENTOK_API_SECRET: string;
}

/** How long a token lives, in seconds. */
const TOKEN_LIFETIME_S = 3600;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}

function isValidationError(error: unknown): error is Error {
  return error instanceof Error && (error as { code?: unknown }).code === 'VALIDATION';
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname !== '/token') return json({ error: 'Not found: use GET /token?sessionId=…' }, 404);
    if (request.method !== 'GET') return json({ error: 'Method not allowed: use GET' }, 405);
    const sessionId = url.searchParams.get('sessionId') ?? '';
    const role = (url.searchParams.get('role') ?? 'publisher') as TokenRole;
    const data = url.searchParams.get('data') ?? undefined;
    const expireTime = Math.floor(Date.now() / 1000) + TOKEN_LIFETIME_S;
    try {
      const credentials = { apiKey: env.OPENTOK_API_KEY, apiSecret: env.OPENTOK_API_SECRET };
      const token = await generateToken(credentials, { sessionId, role, expireTime, ...(data === undefined ? {} : { data }) });
      return json({ token, sessionId, role, expireTime });
    } catch (error) {
      // Bad input (unknown role, a session of another project...): the message names the parameter, never the secret.
      if (isValidationError(error)) return json({ error: error.message }, 400);
      throw error;
    }
  },
};
