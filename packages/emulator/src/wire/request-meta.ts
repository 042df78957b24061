/**
 * Per-request facts the emulator's fetch reads for the request log, passed to the app as its `env` (a plain object
 * per request: no WeakMap entry per request for the collector to carry).
 */
export interface RequestMeta {
  /** The operation the request matched (`''` until a route matches). */
  operation: string;
  /** The request body as text (`''` for GETs and requests refused before it was read). */
  body: string;
  /** True when an injected fault says to drop the connection instead of answering. */
  dropped: boolean;
  /** What the request carried that its route does not know (the service would ignore it), one message each. */
  warnings?: readonly string[];
}
