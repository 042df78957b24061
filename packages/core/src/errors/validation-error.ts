import { OpenTokError } from './opentok-error.js';

/** What a {@link ValidationError} says about the rejected parameter. */
export interface ValidationErrorDetails {
  /** Dotted path of the parameter, e.g. `layout.stylesheet`. */
  readonly parameter: string;
  /** The rule it broke, phrased to follow the parameter name: `must be at most 1000 characters`. */
  readonly rule: string;
  /** The rejected value; left out of the message when `redact` is set. */
  readonly value?: unknown;
  /** Set for secrets: the value is never shown. */
  readonly redact?: boolean;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Bad input, found before any request is made or anything is signed. The message names the
 * parameter, the rule and the value: `expireTime must be at most 30 days in the future (got 1799999999)`.
 *
 * @example
 * ```ts
 * import { ValidationError } from '@opentok/core';
 * try { await generateToken(client, { sessionId, role: 'owner' as never }); }
 * catch (error) { if (error instanceof ValidationError) console.error(error.parameter, error.rule); }
 * ```
 */
export class ValidationError extends OpenTokError {
  static override readonly kind: string = 'ValidationError';
  /** Dotted path of the parameter. */
  declare readonly parameter: string;
  /** The rule it broke. */
  declare readonly rule: string;

  constructor(details: ValidationErrorDetails) {
    const shown = details.redact ? '' : ` (got ${describe(details.value)})`;
    super(`${details.parameter} ${details.rule}${shown}`, 'VALIDATION');
    this.parameter = details.parameter;
    this.rule = details.rule;
  }
}
