/**
 * A Cloudflare Worker that hands out client tokens: `GET /token?sessionId=…&role=…&data=…` answers
 * `{ token, sessionId, role, expireTime }`. It imports nothing but `@opentok/tokens` (Web Crypto, no Node
 * APIs), so the whole Worker stays small. The credentials come from Worker bindings: a Vonage application
 * (`VONAGE_APPLICATION_ID`, and `VONAGE_PRIVATE_KEY` set with `wrangler secret put VONAGE_PRIVATE_KEY <
 * private.key`) or else an OpenTok project (`OPENTOK_API_KEY`, and `OPENTOK_API_SECRET` as a secret).
 *
 * A real app would check who is asking (a session cookie, an access token) before minting a token and
 * would decide the role itself; this example takes it from the query to show the options.
 */
import { generateToken, type TokenRole } from '@opentok/tokens';

/** The Worker's bindings: one pair or the other (the Vonage application's when both are set). */
export interface Env {
  readonly VONAGE_APPLICATION_ID?: string;
  /** The text of the application's private.key (PEM). */
  readonly VONAGE_PRIVATE_KEY?: string;
  readonly OPENTOK_API_KEY?: string;
  readonly OPENTOK_API_SECRET?: string;
}

const NO_CREDENTIALS =
  'The Worker has no credentials: bind VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY (a Vonage application), or OPENTOK_API_KEY and OPENTOK_API_SECRET (an OpenTok project)';

/** The credentials the bindings hold: the Vonage application's first, else the OpenTok project's. */
function credentials(env: Env) {
  if (env.VONAGE_APPLICATION_ID && env.VONAGE_PRIVATE_KEY) return { applicationId: env.VONAGE_APPLICATION_ID, privateKey: env.VONAGE_PRIVATE_KEY };
  if (env.OPENTOK_API_KEY && env.OPENTOK_API_SECRET) return { apiKey: env.OPENTOK_API_KEY, apiSecret: env.OPENTOK_API_SECRET };
  return undefined;
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
    const bound = credentials(env);
    if (bound === undefined) return json({ error: NO_CREDENTIALS }, 500);
    try {
      const token = await generateToken(bound, { sessionId, role, expireTime, ...(data === undefined ? {} : { data }) });
      return json({ token, sessionId, role, expireTime });
    } catch (error) {
      // Bad input (unknown role, a session of another application or project...): the message names the parameter, never the secret or key.
      if (isValidationError(error)) return json({ error: error.message }, 400);
      throw error;
    }
  },
};
