import type { Context, Hono } from 'hono';
import { EmulatorError } from '../kernel/errors.js';
import { Fields } from '../kernel/fields.js';
import type { Store } from '../state/store.js';
import type { Owner } from '../state/types.js';
import { parseForm, parseJsonObject, readText } from '../wire/body.js';
import type { RequestMeta } from '../wire/request-meta.js';
import { errorResponse } from '../wire/responses.js';
import { authenticate } from './auth/auth.js';
import type { ProjectAuth } from './auth/project-auth.js';

/**
 * Runs before a matched request is read and authenticated, and may answer it instead (fault injection, from the
 * control API, is one); undefined (not a promise) when it has nothing to do, so the common case costs no await.
 * `meta` is the request's log entry in the making.
 */
export type RestMiddleware = (request: { readonly operation: string; readonly method: string; readonly path: string; readonly meta: RequestMeta }) => Promise<Response | undefined> | undefined;

/** What route handlers share: the state, the project auth of this emulator, and the middleware. */
export interface Runtime {
  readonly store: Store;
  readonly projectAuth: ProjectAuth;
  readonly middleware: RestMiddleware;
}

/** One authenticated OpenTok API request, as a handler sees it. */
export interface ApiContext {
  readonly request: Request;
  /** Decoded path parameters. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /**
   * The project (X-OPENTOK-AUTH) or Vonage application (Bearer) the request authenticated: its
   * `apiKey` (an application's ID) owns the sessions and recordings the route touches.
   */
  readonly project: Owner;
  readonly store: Store;
  /** The JSON body (empty → `{}`, `null`s removed) as typed field reads. */
  fields(): Fields;
  /** The form body of `/session/create`. */
  form(): URLSearchParams;
}

/** One operation of the OpenTok REST API. */
export interface RouteDef {
  /** The SDK-style operation name, used by the request log and fault filters (e.g. `startArchive`). */
  readonly operation: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Hono path pattern, e.g. `/v2/project/:apiKey/archive/:archiveId` (`:apiKey` is a project's key or an application's ID). */
  readonly path: string;
  readonly handler: (ctx: ApiContext) => Response | Promise<Response>;
}

/** Collects route definitions, then mounts them on a Hono app with the middleware, body limits, auth and 405s. */
export class ApiRouter {
  readonly routes: RouteDef[] = [];

  /** Adds one route. */
  add(def: RouteDef): void {
    this.routes.push(def);
  }

  /** Registers every route, then a 405 answer for other methods on each known path. */
  mount(app: Hono, runtime: Runtime): void {
    for (const def of this.routes) app.on(def.method, def.path, (c) => handle(c, def, runtime));
    const allowed = new Map<string, string[]>();
    for (const def of this.routes) allowed.set(def.path, [...(allowed.get(def.path) ?? []), def.method]);
    for (const [path, methods] of allowed) {
      app.all(path, (c) => {
        const response = errorResponse(405, `Method Not Allowed: ${c.req.method} ${new URL(c.req.url).pathname} accepts ${methods.join(', ')}.`);
        response.headers.set('allow', methods.join(', '));
        return response;
      });
    }
  }
}

async function handle(c: Context, def: RouteDef, runtime: Runtime): Promise<Response> {
  const request = c.req.raw;
  const meta = c.env as RequestMeta;
  meta.operation = def.operation;
  try {
    const pending = runtime.middleware({ operation: def.operation, method: def.method, path: c.req.path, meta });
    const answer = pending === undefined ? undefined : await pending;
    if (answer !== undefined) return answer;
    const text = def.method === 'GET' ? '' : await readText(request);
    meta.body = text;
    const params = c.req.param() as Record<string, string>;
    const project = await authenticate(request.headers, runtime.store.owners, runtime.projectAuth, params['apiKey'], Date.now());
    runtime.store.scheduler.tick();
    let fields: Fields | undefined;
    let query: URLSearchParams | undefined;
    const ctx: ApiContext = {
      request,
      params,
      get query() {
        return (query ??= new URL(request.url).searchParams);
      },
      project,
      store: runtime.store,
      fields: () => (fields ??= new Fields(parseJsonObject(request, text))),
      form: () => parseForm(request, text),
    };
    return await def.handler(ctx);
  } catch (error) {
    if (error instanceof EmulatorError) return errorResponse(error.status, error.message);
    throw error;
  }
}
