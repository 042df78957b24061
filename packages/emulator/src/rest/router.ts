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

/** A matched OpenTok API request, as middleware sees it (its body read, not yet authenticated). */
export interface MatchedRequest {
  /** The SDK function that made it (`dialSip`, `removeArchiveStream`, …): the request log's `operation`. */
  readonly operation: string;
  /** Other SDK functions whose requests these are too (`iterateArchives` pages through `listArchives`). */
  readonly alsoMadeBy: readonly string[];
  readonly method: string;
  readonly path: string;
  /** The request's log entry in the making. */
  readonly meta: RequestMeta;
}

/**
 * Runs once a request's route matched and its body was read, before authentication, and may answer it instead
 * (fault injection, from the control API, is one); undefined (not a promise) when it has nothing to do, so the
 * common case costs no await.
 */
export type RestMiddleware = (request: MatchedRequest) => Promise<Response | undefined> | undefined;

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
  /**
   * The SDK function that makes the request (as `@opentok/*` exports it, e.g. `startArchive`, `dialSip`): the
   * request log's `operation`, and what a fault's `operation` matches.
   */
  readonly operation: string;
  /** A second SDK function that shares the route, and how its requests are told apart by their body. */
  readonly alternative?: { readonly operation: string; readonly when: (body: Fields) => boolean };
  /** Other SDK functions whose requests these are too (the `iterate*` generators page through `list*`). */
  readonly alsoMadeBy?: readonly string[];
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

  /** The name of every SDK function whose requests the routes serve. */
  operations(): string[] {
    return this.routes.flatMap((def) => [def.operation, ...(def.alternative === undefined ? [] : [def.alternative.operation]), ...(def.alsoMadeBy ?? [])]);
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

const NONE: readonly string[] = [];

/** Whether a request is the route's alternative operation (a body that cannot be read is the route's own). */
function alternativeMatches(alternative: NonNullable<RouteDef['alternative']>, readFields: () => Fields): boolean {
  try {
    return alternative.when(readFields());
  } catch {
    return false;
  }
}

async function handle(c: Context, def: RouteDef, runtime: Runtime): Promise<Response> {
  const request = c.req.raw;
  const meta = c.env as RequestMeta;
  meta.operation = def.operation;
  try {
    const text = def.method === 'GET' ? '' : await readText(request);
    meta.body = text;
    let fields: Fields | undefined;
    const readFields = () => (fields ??= new Fields(parseJsonObject(request, text)));
    if (def.alternative !== undefined && alternativeMatches(def.alternative, readFields)) meta.operation = def.alternative.operation;
    const pending = runtime.middleware({ operation: meta.operation, alsoMadeBy: def.alsoMadeBy ?? NONE, method: def.method, path: c.req.path, meta });
    const answer = pending === undefined ? undefined : await pending;
    if (answer !== undefined) return answer;
    const params = c.req.param() as Record<string, string>;
    const project = await authenticate(request.headers, runtime.store.owners, runtime.projectAuth, params['apiKey'], Date.now());
    runtime.store.scheduler.tick();
    let query: URLSearchParams | undefined;
    const ctx: ApiContext = {
      request,
      params,
      get query() {
        return (query ??= new URL(request.url).searchParams);
      },
      project,
      store: runtime.store,
      fields: readFields,
      form: () => parseForm(request, text),
    };
    return await def.handler(ctx);
  } catch (error) {
    if (error instanceof EmulatorError) return errorResponse(error.status, error.message);
    throw error;
  }
}
