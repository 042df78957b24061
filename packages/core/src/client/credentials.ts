import { ValidationError } from '../errors/validation-error.js';

/** An OpenTok project's API key and secret. */
export interface Credentials {
  /** The project's API key (a decimal string such as `"12345678"`). */
  readonly apiKey: string;
  /** The project's API secret. Never logged, serialised or put in an error. */
  readonly apiSecret: string;
}

/** Where the secret hides on a client: a non-enumerable symbol-keyed getter, invisible to JSON and inspect. */
export const CREDENTIALS: unique symbol = Symbol.for('@opentok/core:credentials') as never;

/** Anything that carries credentials: a client from `createClient`, or a bare `{ apiKey, apiSecret }`. */
export type CredentialSource = Credentials | { readonly [CREDENTIALS]: () => Credentials };

/** Checks an API key and secret, naming the bad one (the secret's value is never shown). */
export function checkCredentials(apiKey: unknown, apiSecret: unknown): Credentials {
  if (typeof apiKey === 'number' && Number.isSafeInteger(apiKey)) apiKey = String(apiKey);
  if (typeof apiKey !== 'string' || apiKey.trim().length === 0) {
    throw new ValidationError({
      parameter: 'apiKey',
      rule: 'must be a non-empty string (pass it or set OPENTOK_API_KEY)',
      value: apiKey,
    });
  }
  if (typeof apiSecret !== 'string' || apiSecret.length === 0) {
    throw new ValidationError({
      parameter: 'apiSecret',
      rule: 'must be a non-empty string (pass it or set OPENTOK_API_SECRET)',
      redact: true,
    });
  }
  return { apiKey: apiKey as string, apiSecret };
}

/**
 * Reads the credentials from a client or a bare `{ apiKey, apiSecret }` object.
 *
 * @throws {ValidationError} when neither holds a usable key and secret.
 * @example
 * ```ts
 * import { readCredentials } from '@opentok/core';
 * const { apiKey } = readCredentials(client);
 * ```
 */
export function readCredentials(source: CredentialSource): Credentials {
  if (source === null || typeof source !== 'object') {
    throw new ValidationError({ parameter: 'client', rule: 'must be a client from createClient or { apiKey, apiSecret }', value: source });
  }
  const getter = (source as { [CREDENTIALS]?: unknown })[CREDENTIALS];
  if (typeof getter === 'function') return getter() as Credentials;
  const { apiKey, apiSecret } = source as Partial<Credentials>;
  return checkCredentials(apiKey, apiSecret);
}
