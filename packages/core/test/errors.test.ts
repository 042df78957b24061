import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../src/errors/error-from-response.js';
import {
  AbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  MethodNotAllowedError,
  NotFoundError,
  OpenTokApiError,
  OpenTokError,
  PayloadTooLargeError,
  RateLimitError,
  ServerError,
  ValidationError,
} from '../src/index.js';

const details = { operation: 'stopArchive', method: 'POST', url: 'https://api.opentok.com/v2/project/1/archive/a/stop', retryable: false } as const;

describe('errorFromResponse', () => {
  it.each([
    [400, BadRequestError, 'BAD_REQUEST'],
    [401, AuthenticationError, 'AUTHENTICATION'],
    [403, AuthenticationError, 'AUTHENTICATION'],
    [404, NotFoundError, 'NOT_FOUND'],
    [405, MethodNotAllowedError, 'METHOD_NOT_ALLOWED'],
    [409, ConflictError, 'CONFLICT'],
    [413, PayloadTooLargeError, 'PAYLOAD_TOO_LARGE'],
    [429, RateLimitError, 'RATE_LIMITED'],
    [500, ServerError, 'SERVER_ERROR'],
    [503, ServerError, 'SERVER_ERROR'],
    [418, OpenTokApiError, 'API_ERROR'],
  ])('maps %i to %o with code %s', (status, type, code) => {
    const error = errorFromResponse({ ...details, status, body: { code: -1, message: 'msg' } });
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(OpenTokApiError);
    expect(error).toBeInstanceOf(OpenTokError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(code);
    expect(error.name).toBe(type.name);
    expect(error.status).toBe(status);
    expect(error.apiMessage).toBe('msg');
  });

  it('names the operation, uses the operation hint and keeps the API message', () => {
    const error = errorFromResponse(
      { ...details, status: 409, body: { message: 'Conflict. You are trying to stop an archive that is not recording.' } },
      { 409: 'the archive is not recording' },
    );
    expect(error.message).toBe(
      'stopArchive failed: the archive is not recording (HTTP 409: Conflict. You are trying to stop an archive that is not recording.)',
    );
    expect(error.body).toEqual({ message: 'Conflict. You are trying to stop an archive that is not recording.' });
  });

  it("quotes the API's message up to 300 characters, with an ellipsis when it is longer or the body was cut short", () => {
    const quote = (body: string | { message: string }, truncated?: boolean) => errorFromResponse({ ...details, status: 400, body }, {}, truncated).message;
    const long = 'x'.repeat(301);
    expect(quote(long)).toBe(`stopArchive failed: the API refused the request as invalid (HTTP 400: ${'x'.repeat(300)}…)`);
    expect(quote({ message: long })).toBe(`stopArchive failed: the API refused the request as invalid (HTTP 400: ${'x'.repeat(300)}…)`);
    expect(quote('x'.repeat(300))).toBe(`stopArchive failed: the API refused the request as invalid (HTTP 400: ${'x'.repeat(300)})`);
    expect(quote('{"message":"cut sh', true)).toBe('stopArchive failed: the API refused the request as invalid (HTTP 400: {"message":"cut sh…)');
  });

  it('keeps a non-JSON body as text and carries Retry-After on 429 and 5xx', () => {
    const error = errorFromResponse({ ...details, status: 429, body: 'slow down', retryAfter: 2000 });
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toBe('stopArchive failed: rate limited; slow down and try again later (HTTP 429: slow down)');
    expect(error.retryAfter).toBe(2000);
    const unavailable = errorFromResponse({ ...details, status: 503, retryAfter: 5000 });
    expect(unavailable).toBeInstanceOf(ServerError);
    expect(unavailable.retryAfter).toBe(5000);
    expect(errorFromResponse({ ...details, status: 503 }).retryAfter).toBeUndefined();
  });
});

describe('branding', () => {
  it('recognises errors from another copy of core by their Symbol.for brand', () => {
    const foreign = Object.create(Error.prototype) as Record<symbol, unknown>;
    Object.defineProperty(foreign, Symbol.for('@opentok/core:error-kinds'), { value: ['NotFoundError', 'OpenTokApiError', 'OpenTokError'] });
    expect(foreign).toBeInstanceOf(NotFoundError);
    expect(foreign).toBeInstanceOf(OpenTokError);
    expect(foreign).not.toBeInstanceOf(ConflictError);
    expect(new Error('plain')).not.toBeInstanceOf(OpenTokError);
    expect(null).not.toBeInstanceOf(OpenTokError);
  });

  it('serialises to plain data with name and message', () => {
    const error = new ValidationError({ parameter: 'role', rule: 'must be one of "publisher"', value: 'owner' });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'VALIDATION',
      parameter: 'role',
      rule: 'must be one of "publisher"',
      name: 'ValidationError',
      message: 'role must be one of "publisher" (got "owner")',
    });
    expect(new AbortError('stopped', { cause: 'x' }).cause).toBe('x');
  });

  it('never shows a redacted value', () => {
    const error = new ValidationError({ parameter: 'apiSecret', rule: 'must be a string', value: 'TOPSECRET', redact: true });
    expect(error.message).toBe('apiSecret must be a string');
    expect(JSON.stringify(error)).not.toContain('TOPSECRET');
  });
});
