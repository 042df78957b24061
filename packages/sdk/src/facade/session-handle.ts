import type { OpenTokClient } from '@opentok/core';
import type { Session } from '@opentok/session';
import { type GenerateTokenParams, generateToken } from '@opentok/tokens';
import { merge, withMethods } from './internal/bind.js';

/** What a token grants, as {@link OpenTok.generateToken} and {@link SessionHandle.generateToken} take it: everything but the session. */
export type TokenOptions = Omit<GenerateTokenParams, 'sessionId'>;

/**
 * A session made by {@link OpenTok.createSession}: the `Session` data of `@opentok/session` (its ID,
 * media mode, archive mode, location...) plus `generateToken`, as the classic SDKs' `Session` object.
 * Frozen; `JSON.stringify` shows only the data.
 */
export interface SessionHandle extends Session {
  /**
   * Mints a client token for this session (no network call).
   *
   * @throws {ValidationError} (from `@opentok/core`) for a bad role, expire time, data or layout class list.
   * @example
   * ```ts
   * import { OpenTok, Roles } from '@opentok/sdk';
   * const token = await session.generateToken({ role: Roles.moderator, data: 'name=Johnny' });
   * ```
   */
  generateToken(options?: TokenOptions): Promise<string>;
}

/** Wraps a created session. */
export function sessionHandle(client: OpenTokClient, session: Session): SessionHandle {
  return withMethods(session, {
    generateToken: (options?: TokenOptions) => generateToken(client, merge(options, 'options', { sessionId: session.sessionId })),
  });
}
