import type { Context, Hono } from 'hono';
import { EmulatorError } from '../kernel/errors.js';
import type { Faults } from '../control/faults.js';
import type { Store } from '../state/store.js';
import type { Owner } from '../state/types.js';
import { authenticate } from './auth/auth.js';
import { parseForm, parseJsonObject, readText } from '../wire/body.js';
import { Fields } from '../kernel/fields.js';
import { empty, errorResponse, json } from '../wire/responses.js';

/** What route handlers share: the state and the fault queue. */
export interface Runtime {
  readonly store: Store;
  readonly faults: Faults;
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

/**
 * Per-request facts the outer fetch reads for the request log, passed to the app as its `env` (a plain object per
 * request: no WeakMap entry per request for the collector to carry).
 */
export interface RequestMeta {
  /** The operation the request matched (`''` until a route matches). */
  operation: string;
  /** The request body as text (`''` for GETs and requests refused before it was read). */
  body: string;
  /** True when an injected fault says to drop the connection instead of answering. */
  dropped: boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Collects route definitions, then mounts them on a Hono app with faults, body limits, auth and 405s. */
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
    const fault = runtime.faults.take(def.operation, def.method, c.req.path);
    if (fault !== undefined) {
      if (fault.delayMs !== undefined && fault.delayMs > 0) await sleep(fault.delayMs);
      if (fault.drop === true) {
        meta.dropped = true;
        return empty(503);
      }
      if (fault.status !== undefined) {
        if (fault.body !== undefined) return json(fault.body, fault.status);
        return fault.status < 300 ? empty(fault.status) : errorResponse(fault.status, fault.message ?? `Injected fault (HTTP ${fault.status}).`);
      }
    }
    const text = def.method === 'GET' ? '' : await readText(request);
    meta.body = text;
    const params = c.req.param() as Record<string, string>;
    const project = await authenticate(request.headers, runtime.store.owners, params['apiKey'], Date.now());
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
