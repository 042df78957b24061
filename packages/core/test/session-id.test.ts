import { describe, expect, it } from 'vitest';
import { decodeSessionId, encodeSessionId, ValidationError } from '../src/index.js';

describe('decodeSessionId', () => {
  it.each([
    ['1_MX4xMjM0NTZ-fk1vbiBNYXIgMTcgMDA6NDE6MzEgUERUIDIwMTR-MC42ODM3ODk1MzQ0OTQyODA4fg', '123456', '', 'Mon Mar 17 00:41:31 PDT 2014'],
    ['1_MX4xMDB-MTI3LjAuMC4xflR1ZSBKYW4gMjggMTU6NDg6NDAgUFNUIDIwMTR-MC43NjAyOTYyfg', '100', '127.0.0.1', 'Tue Jan 28 15:48:40 PST 2014'],
    ['1_MX40NzY2NTk3MX5-MTczOTUzODg5NDk1OX5ROW1jWEcxUXJOM1RJWXU4eStwcHgvZ3N-UH5-', '47665971', '', '1739538894959'],
  ])('decodes the real service ID %s', (id, apiKey, location, createdAt) => {
    const decoded = decodeSessionId(id);
    expect(decoded).toMatchObject({ version: '1', apiKey, location, createdAt });
  });

  it('decodes the vectors ID into all its fields', () => {
    expect(decodeSessionId('1_MX4xMjM0NTY3OH5-MTY5OTk5OTk5NTAwMH5BYkNkRWZHaElqS2xNbk9wUXJTdFV2V3h-fg')).toEqual({
      version: '1',
      apiKey: '12345678',
      location: '',
      createdAt: '1699999995000',
      random: 'AbCdEfGhIjKlMnOpQrStUvWx',
      fields: ['1', '12345678', '', '1699999995000', 'AbCdEfGhIjKlMnOpQrStUvWx', '', ''],
    });
  });

  it('is lenient like the official SDKs: standard alphabet, padding and stray characters', () => {
    const id = '1_MX4xMjM0NTY3OH5-MTY5OTk5OTk5NTAwMH5BYkNkRWZHaElqS2xNbk9wUXJTdFV2V3h-fg';
    expect(decodeSessionId(`${id}==`).apiKey).toBe('12345678');
    expect(decodeSessionId(id.replace(/-/g, '+')).apiKey).toBe('12345678');
    expect(decodeSessionId(`${id.slice(0, 10)}!${id.slice(10)}`).apiKey).toBe('12345678');
    expect(decodeSessionId(`2_${id.slice(2)}`).version).toBe('1');
  });

  it.each([
    ['', 'sessionId must be a non-empty string (got "")'],
    [42, 'sessionId must be a non-empty string (got 42)'],
    ['abc', 'sessionId must start with "1_" or "2_" (got "abc")'],
    ['1_', 'sessionId is not a valid OpenTok session ID (it names no API key) (got "1_")'],
    ['1_aGVsbG8', 'sessionId is not a valid OpenTok session ID (it names no API key) (got "1_aGVsbG8")'],
    ['1_A', 'sessionId is not a valid OpenTok session ID (its payload is not base64url-encoded UTF-8) (got "1_A")'],
    [
      `1_${btoa('\xff\xfe~1~').replace(/=/g, '')}`,
      'sessionId is not a valid OpenTok session ID (its payload is not base64url-encoded UTF-8) (got "1_//5+MX4")',
    ],
  ])('rejects %j with a clear ValidationError', (id, message) => {
    expect(() => decodeSessionId(id as string)).toThrow(ValidationError);
    expect(() => decodeSessionId(id as string)).toThrow(message);
  });
});

describe('encodeSessionId', () => {
  it('builds the documented format byte for byte', () => {
    expect(encodeSessionId({ apiKey: '12345678', createdAt: 1699999995000, random: 'AbCdEfGhIjKlMnOpQrStUvWx' })).toBe(
      '1_MX4xMjM0NTY3OH5-MTY5OTk5OTk5NTAwMH5BYkNkRWZHaElqS2xNbk9wUXJTdFV2V3h-fg',
    );
  });

  it('round-trips with a location and random defaults', () => {
    const id = encodeSessionId({ apiKey: '47665971', location: '10.1.1.1' });
    const decoded = decodeSessionId(id);
    expect(decoded).toMatchObject({ apiKey: '47665971', location: '10.1.1.1' });
    expect(decoded.random).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(id).toMatch(/^1_[A-Za-z0-9_-]+$/);
  });

  it('refuses fields that would break the record', () => {
    expect(() => encodeSessionId({ apiKey: '' })).toThrow('apiKey must be a non-empty string');
    expect(() => encodeSessionId({ apiKey: '1~2' })).toThrow('apiKey must be a string without "~" (got "1~2")');
  });

  it('refuses an unknown option key, naming it', () => {
    const misspelt = () => encodeSessionId({ apiKey: '12345678', locaton: '10.1.1.1' } as never);
    expect(misspelt).toThrow(ValidationError);
    expect(misspelt).toThrow('params.locaton is not a known option (expected apiKey, location, createdAt, random)');
    expect(() => encodeSessionId(null as never)).toThrow('params must be an object (got null)');
  });
});
