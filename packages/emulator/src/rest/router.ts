import type { Context, Hono } from 'hono';
import { EmulatorError, fail } from '../kernel/errors.js';
import { Fields } from '../kernel/fields.js';
import type { Store } from '../state/store.js';
import type { Owner } from '../state/types.js';
import { parseForm, parseJsonObject, readText } from '../wire/body.js';
import type { RequestMeta } from '../wire/request-meta.js';
import { errorResponse } from '../wire/responses.js';
import { authenticate } from './auth/auth.js';
import type { ProjectAuth } from './auth/project-auth.js';
import { Params } from './params.js';
import { unknownFields } from './unknown-fields.js';

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
 * (fault injection, from the control API, is one).
 */
export interface RestMiddleware {
  /** False when it has nothing to do (no fault registered): the router then skips it, so the common case costs one check. */
  readonly active: boolean;
  /** The answer instead of the API's, or undefined (not a promise) to let the request through without an await. */
  intercept(request: MatchedRequest): Promise<Response | undefined> | undefined;
}

/** What route handlers share: the state, the project auth of this emulator, the middleware, strict mode. */
export interface Runtime {
  readonly store: Store;
  readonly projectAuth: ProjectAuth;
  readonly middleware: RestMiddleware;
  /** Refuse (400) request fields the route does not know, instead of answering with a warning. */
  readonly strict: boolean;
}

/** What an OpenTok API request carries, as a route reads it: path parameters, query, body. */
export interface ApiRequest {
  readonly request: Request;
  /** Decoded path parameters. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: Params;
  /** The JSON body (empty → `{}`, `null`s removed) as typed field reads. */
  fields(): Fields;
  /** The form body of `/session/create`. */
  form(): Params;
}

/** One authenticated OpenTok API request, as a handler sees it. */
export interface ApiContext extends ApiRequest {
  /**
   * The project (X-OPENTOK-AUTH) or Vonage application (Bearer) the request authenticated: its
   * `apiKey` (an application's ID) owns the sessions and recordings the route touches.
   */
  readonly project: Owner;
  readonly store: Store;
}

/** One operation of the OpenTok REST API: it reads what the request carries, then calls the domain and answers. */
export interface RouteDef<I = undefined> {
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
  /**
   * Reads and checks the query and body (a 400 names a bad field) before anything changes; what it does not read
   * is unknown to the route (a warning, or a 400 in strict mode).
   */
  readonly read?: (request: ApiRequest) => I;
  /** Calls the domain with what `read` returned and renders the answer. */
  readonly handle: (ctx: ApiContext, input: I) => Response | Promise<Response>;
  /**
   * How the route answers a request it refuses to read (a bad or, in strict mode, unknown field), when not with
   * JSON `{code, message}` (the XML of `/session/create`).
   */
  readonly refusal?: (request: ApiRequest, error: EmulatorError) => Response;
}

/** A route of any input type, as the router keeps it. */
type Route = RouteDef<unknown>;

/** Collects route definitions, then mounts them on a Hono app with the middleware, body limits, auth and 405s. */
export class ApiRouter {
  readonly routes: Route[] = [];

  /** Adds one route. */
  add<I>(def: RouteDef<I>): void {
    this.routes.push(def as Route);
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
/** The query of a URL without one: it holds no name, so reading it records nothing and one serves every request. */
const NO_QUERY = new Params(new URLSearchParams());

/** Whether a request is the route's alternative operation (a body that cannot be read is the route's own). */
function alternativeMatches(alternative: NonNullable<Route['alternative']>, request: ApiRequest): boolean {
  try {
    return alternative.when(request.fields());
  } catch {
    return false;
  }
}

/** The URL's query parameters, without a URL parse (and without a new object) when there is none. */
function queryOf(url: string): Params {
  const at = url.indexOf('?');
  return at < 0 ? NO_QUERY : new Params(new URLSearchParams(url.slice(at + 1).split('#')[0]));
}

/**
 * One request as its route reads and handles it: one object per request, its query and body parsed when first read
 * (most requests have no query, GETs no body). `project` is set once the request authenticated.
 */
class Exchange implements ApiContext {
  readonly request: Request;
  readonly params: Readonly<Record<string, string>>;
  readonly store: Store;
  project!: Owner;
  /** The body as text (`''` for GETs). */
  text = '';
  #query: Params | undefined;
  #fields: Fields | undefined;
  #form: Params | undefined;

  constructor(request: Request, params: Readonly<Record<string, string>>, store: Store) {
    this.request = request;
    this.params = params;
    this.store = store;
  }

  get query(): Params {
    this.#query ??= queryOf(this.request.url);
    return this.#query;
  }

  fields(): Fields {
    this.#fields ??= new Fields(parseJsonObject(this.request, this.text));
    return this.#fields;
  }

  form(): Params {
    this.#form ??= new Params(parseForm(this.request, this.text));
    return this.#form;
  }

  /** What the route read the body as (undefined when it did not read it). */
  get readBody(): Fields | Params | undefined {
    return this.#fields ?? this.#form;
  }
}

async function handle(c: Context, def: Route, runtime: Runtime): Promise<Response> {
  const request = c.req.raw;
  const meta = c.env as RequestMeta;
  meta.operation = def.operation;
  const exchange = new Exchange(request, c.req.param() as Record<string, string>, runtime.store);
  let unknown: readonly string[] = NONE;
  try {
    if (def.method !== 'GET') exchange.text = await readText(request);
    meta.body = exchange.text;
    if (def.alternative !== undefined && alternativeMatches(def.alternative, exchange)) meta.operation = def.alternative.operation;
    if (runtime.middleware.active) {
      const answer = await runtime.middleware.intercept({
        operation: meta.operation,
        alsoMadeBy: def.alsoMadeBy ?? NONE,
        method: def.method,
        path: c.req.path,
        meta,
      });
      if (answer !== undefined) return answer;
    }
    exchange.project = await authenticate(request.headers, runtime.store.owners, runtime.projectAuth, exchange.params['apiKey'], Date.now());
    runtime.store.scheduler.tick();
    let input: unknown;
    try {
      input = def.read?.(exchange);
      unknown = unknownFields(def, exchange.query, exchange.readBody, exchange.text);
      if (unknown.length > 0) meta.warnings = unknown;
      if (unknown.length > 0 && runtime.strict)
        fail(400, `Invalid request (strict mode): ${unknown.join('; ')}. The service ignores fields it does not know; this emulator runs with strict: true.`);
    } catch (error) {
      if (error instanceof EmulatorError && def.refusal !== undefined) return def.refusal(exchange, error);
      throw error;
    }
    return warn(await def.handle(exchange, input), unknown);
  } catch (error) {
    if (error instanceof EmulatorError) return warn(errorResponse(error.status, error.message), runtime.strict ? NONE : unknown);
    throw error;
  }
}

/** The answer with an `X-Emulator-Warning` header per unknown field (the service would have ignored them). */
function warn(response: Response, unknown: readonly string[]): Response {
  for (const warning of unknown) response.headers.append('x-emulator-warning', warning);
  return response;
}
