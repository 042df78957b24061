/** Every stable error code the SDK uses; `switch (error.code)` is exhaustive over this union. */
export type OpenTokErrorCode =
  | 'VALIDATION'
  | 'INVALID_TOKEN'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'ABORTED'
  | 'INVALID_RESPONSE'
  | 'BAD_REQUEST'
  | 'AUTHENTICATION'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'SERVER_ERROR'
  | 'API_ERROR';

const KINDS = Symbol.for('@opentok/core:error-kinds');

/** Options every SDK error accepts. */
export interface OpenTokErrorOptions {
  /** The underlying error, kept as the standard `cause`. */
  readonly cause?: unknown;
}

/**
 * The root of every error this SDK throws. `instanceof` checks work even when two copies of
 * `@opentok/core` are installed (errors carry a `Symbol.for` brand naming their classes).
 *
 * @example
 * ```ts
 * import { OpenTokError } from '@opentok/core';
 * try { await stopArchive(client, { archiveId }); }
 * catch (error) { if (error instanceof OpenTokError) console.error(error.code, error.message); }
 * ```
 */
export class OpenTokError extends Error {
  /** The class name used for branding and as `error.name`. */
  static readonly kind: string = 'OpenTokError';
  /** A stable, machine-readable code. */
  declare readonly code: OpenTokErrorCode;

  constructor(message: string, code: OpenTokErrorCode, options: OpenTokErrorOptions = {}) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.code = code;
    const kinds: string[] = [];
    for (let c: unknown = new.target; typeof c === 'function' && c !== Error; c = Object.getPrototypeOf(c)) {
      kinds.push((c as typeof OpenTokError).kind);
    }
    Object.defineProperty(this, KINDS, { value: kinds });
    Object.defineProperty(this, 'name', { value: kinds[0], writable: true, configurable: true });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of instanceof, a subclass included
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    const kinds = (value as { [KINDS]?: unknown } | null | undefined)?.[KINDS];
    // biome-ignore lint/complexity/noThisInStatic: as above: the kind of the class instanceof asks about
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }

  /** A plain, secret-free representation for logs and `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}
