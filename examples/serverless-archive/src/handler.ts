import { type Archive, startArchive, stopArchive } from '@opentok/archive';
import { OpenTokApiError, type OpenTokClient, ValidationError } from '@opentok/core';

/** The parts of an API Gateway HTTP API (payload v2) event the handler reads. */
export interface HttpEvent {
  readonly rawPath: string;
  readonly requestContext: { readonly http: { readonly method: string } };
  readonly body?: string | undefined;
  readonly isBase64Encoded?: boolean | undefined;
}

/** What the handler answers, in the API Gateway proxy format. */
export interface HttpResult {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

function reply(statusCode: number, body: unknown): HttpResult {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** The archive fields the caller needs; the rest stays on the server. */
function summary({ id, sessionId, name, status, createdAt, duration }: Archive) {
  return { id, sessionId, name, status, createdAt, duration };
}

function readJson(event: HttpEvent): unknown {
  const text = event.isBase64Encoded ? atob(event.body ?? '') : (event.body ?? '');
  try {
    return text === '' ? {} : JSON.parse(text);
  } catch {
    throw new ValidationError({ parameter: 'body', rule: 'must be JSON such as {"sessionId":"…","name":"…"}', value: text });
  }
}

/**
 * Creates the handler: `POST /archives` with `{ sessionId, name? }` starts a composed archive of the session;
 * `POST /archives/{archiveId}/stop` stops it. Bad input answers 400 with the validation message; an OpenTok
 * refusal answers with its status (404 unknown or empty session, 409 not routed or already recording...) and
 * message; anything else is a 500 without details.
 */
export function createHandler(client: OpenTokClient): (event: HttpEvent) => Promise<HttpResult> {
  return async (event) => {
    const method = event.requestContext.http.method;
    const stop = /^\/archives\/([^/]+)\/stop$/.exec(event.rawPath);
    try {
      if (method === 'POST' && event.rawPath === '/archives') {
        const { sessionId, name } = readJson(event) as { sessionId?: unknown; name?: unknown };
        const archive = await startArchive(client, { sessionId: sessionId as string, ...(name === undefined ? {} : { name: name as string }) });
        return reply(201, summary(archive));
      }
      if (method === 'POST' && stop) return reply(200, summary(await stopArchive(client, { archiveId: decodeURIComponent(stop[1] as string) })));
      return reply(404, { error: 'Not found: use POST /archives or POST /archives/{archiveId}/stop' });
    } catch (error) {
      if (error instanceof ValidationError) return reply(400, { error: error.message });
      if (error instanceof OpenTokApiError) return reply(error.status, { error: error.message });
      console.error(error);
      return reply(500, { error: 'Internal error' });
    }
  };
}
