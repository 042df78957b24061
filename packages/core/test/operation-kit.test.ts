// The kit every REST operation is written with (see CONTRIBUTING.md, "The template of an operation").
import { describe, expect, it } from 'vitest';
import { createClient, InvalidResponseError, type OpenTokClient, type Page, ValidationError } from '../src/index.js';
import type { FieldReader } from '../src/internal.js';
import {
  checkCall,
  checkPaging,
  checkParams,
  checkStreamIds,
  checkString,
  compact,
  HTTP_URL,
  invalid,
  isObject,
  iterateList,
  LANGUAGE_CODE,
  RTMP_URL,
  readAnswer,
  readPage,
  sessionPath,
  UUID,
  unreadable,
  WEBSOCKET_URL,
} from '../src/internal.js';

const client = createClient({ apiKey: '12345678', apiSecret: '0123456789abcdef0123456789abcdef01234567' });
const SECRET = 'T1==SECRET-TOKEN-VALUE';

/** The error `run` throws, synchronously or from the promise it returns. */
async function thrown(run: () => unknown): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('checks that never print a secret', () => {
  it('checkParams shows what a non-object was, unless the object holds a secret', () => {
    expect(() => checkParams('hi' as never, 'params', ['a'])).toThrow(new ValidationError({ parameter: 'params', rule: 'must be an object', value: 'hi' }));
    expect(() => checkParams('hi' as never, 'params', ['a'])).toThrow('params must be an object (got "hi")');
    const error = (() => {
      try {
        checkParams(SECRET as never, 'params', ['token'], true);
      } catch (caught) {
        return caught as ValidationError;
      }
      throw new Error('expected a throw');
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ parameter: 'params', rule: 'must be an object', message: 'params must be an object' });
    expect(JSON.stringify(error)).not.toContain('SECRET');
  });

  it('checkParams never shows the value of an unknown key, secret or not', () => {
    expect(() => checkParams({ tokn: SECRET }, 'params', ['token'])).toThrow(/^params\.tokn is not a known option \(expected token\)$/);
  });

  it('checkString with secret names the parameter and the rule only', () => {
    expect(() => checkString(42, 'websocket.headers.Authorization', { allowEmpty: true, secret: true })).toThrow(
      /^websocket\.headers\.Authorization must be a string$/,
    );
    expect(() => checkString(SECRET, 'x', { maxLength: 3, secret: true })).toThrow(/^x must be at most 3 characters$/);
    expect(() => checkString('', 'x', { secret: true })).toThrow(/^x must not be empty$/);
    expect(checkString('', 'x', { allowEmpty: true, secret: true })).toBe('');
  });

  it('invalid shows the value unless it is secret', () => {
    expect(() => invalid('a', 'must be b', 'c')).toThrow(/^a must be b \(got "c"\)$/);
    expect(() => invalid('a', 'must be b', SECRET, true)).toThrow(/^a must be b$/);
  });
});

describe('formats', () => {
  const rules = { http: HTTP_URL, rtmp: RTMP_URL, ws: WEBSOCKET_URL };

  it.each([
    ['http', 'https://example.com/cb?x=1'],
    ['http', 'HTTP://localhost:8080'],
    ['rtmp', 'rtmps://a.rtmp.youtube.com/live2'],
    ['ws', 'wss://bot.example.com/audio'],
  ] as const)('a %s URL: %s', (scheme, url) => {
    expect(checkString(url, 'url', rules[scheme])).toBe(url);
  });

  it.each([
    ['http', 'ftp://example.com', 'url must be an http:// or https:// URL (got "ftp://example.com")'],
    ['http', 'https:///path', 'url must be an http:// or https:// URL (got "https:///path")'],
    ['http', 'https://?q=1', 'url must be an http:// or https:// URL (got "https://?q=1")'],
    ['http', 'https://#top', 'url must be an http:// or https:// URL (got "https://#top")'],
    ['http', 'https://a b', 'url must be an http:// or https:// URL (got "https://a b")'],
    ['rtmp', 'http://host/app', 'url must be an rtmp:// or rtmps:// URL (got "http://host/app")'],
    ['rtmp', 'rtmp:///app', 'url must be an rtmp:// or rtmps:// URL (got "rtmp:///app")'],
    ['ws', 'https://x', 'url must be a ws:// or wss:// URL (got "https://x")'],
    ['ws', 'wss://?x', 'url must be a ws:// or wss:// URL (got "wss://?x")'],
  ] as const)('not a %s URL: %s', (scheme, url, message) => {
    expect(() => checkString(url, 'url', rules[scheme])).toThrow(new ValidationError({ parameter: 'url', rule: rules[scheme].patternRule, value: url }));
    expect(() => checkString(url, 'url', rules[scheme])).toThrow(message);
  });

  it('a URL rule takes a length bound and its own wording', () => {
    const absolute = { ...HTTP_URL, maxLength: 20, patternRule: 'must be an absolute http:// or https:// URL' };
    expect(() => checkString('/relative', 'url', absolute)).toThrow('url must be an absolute http:// or https:// URL (got "/relative")');
    expect(() => checkString(`https://example.com/${'a'.repeat(10)}`, 'url', absolute)).toThrow('url must be at most 20 characters');
  });

  it('checkString takes an empty string only when told', () => {
    expect(() => checkString('', 'name')).toThrow('name must not be empty (got "")');
    expect(checkString('', 'name', { allowEmpty: true })).toBe('');
    expect(() => checkString('abc', 'digits', { pattern: /^\d+$/, patternRule: 'must be digits' })).toThrow('digits must be digits (got "abc")');
  });

  it('a UUID, in any case', () => {
    expect(checkString('29F760F8-7ce1-46c9-ade3-f2dedee4ed5f', 'applicationId', UUID)).toBe('29F760F8-7ce1-46c9-ade3-f2dedee4ed5f');
    expect(() => checkString('29f760f8-7ce1-46c9-ade3', 'applicationId', UUID)).toThrow('applicationId must be a UUID (got "29f760f8-7ce1-46c9-ade3")');
  });

  it.each(['en-US', 'ja-JP'])('a language code: %s', (code) => {
    expect(checkString(code, 'languageCode', LANGUAGE_CODE)).toBe(code);
  });

  it.each(['en', 'en-us', 'EN-US', 'english'])('not a language code: %j', (code) => {
    expect(() => checkString(code, 'languageCode', LANGUAGE_CODE)).toThrow(`languageCode must be a language code such as "en-US" (got "${code}")`);
  });
});

describe('checkStreamIds', () => {
  it('takes a list of IDs and names the one that is not', () => {
    expect(checkStreamIds(['a', 'b-1'], 'sip.streams')).toEqual(['a', 'b-1']);
    expect(() => checkStreamIds('a', 'sip.streams')).toThrow('sip.streams must be an array of stream IDs (got "a")');
    expect(() => checkStreamIds(['a', '../b'], 'sip.streams')).toThrow(/^sip\.streams\[1\] must be an ID made of /);
  });
});

describe('checkCall', () => {
  it('checks the client first, then the params', () => {
    expect(() => checkCall(null as never, 'not params' as never, ['a'])).toThrow(/^client must be a client made by createClient\(\) \(got null\)$/);
    expect(() => checkCall(client, null as never, ['a'])).toThrow(/^params must be an object \(got null\)$/);
    expect(() => checkCall(client, { b: 1 }, ['a'])).toThrow(/^params\.b is not a known option \(expected a\)$/);
    expect(() => checkCall(client, SECRET as never, ['token'], true)).toThrow(/^params must be an object$/);
    const params = { a: 1 };
    expect(checkCall(client, params, ['a'])).toBe(params);
  });
});

describe('checkPaging', () => {
  it('leaves unset paging to the service and checks what is set', () => {
    expect(checkPaging({})).toStrictEqual({ offset: undefined, count: undefined });
    expect(checkPaging({ offset: 0, count: 1000 })).toStrictEqual({ offset: 0, count: 1000 });
    expect(() => checkPaging({ offset: -1 })).toThrow(`offset must be from 0 to ${Number.MAX_SAFE_INTEGER} (got -1)`);
    expect(() => checkPaging({ count: 0 })).toThrow('count must be from 1 to 1000 (got 0)');
    expect(() => checkPaging({ count: 1.5 })).toThrow('count must be an integer (got 1.5)');
  });
});

describe('isObject', () => {
  it('tells JSON objects from arrays and null', () => {
    expect([{}, { a: 1 }, [], null, 'x', 1].map(isObject)).toEqual([true, true, false, false, false, false]);
  });
});

describe('the one response rule', () => {
  const archive = { id: 'A', status: 'started', name: null, size: 5, partnerId: 123, extra: { anything: true } };
  const read = (value: unknown) => readAnswer(value, 'getArchive', 'without an archive object');
  const broken = new InvalidResponseError('getArchive failed: OpenTok answered without an archive object');

  it('returns the fields of their promised kind; unknown fields are never looked at', () => {
    const field = read(archive);
    expect(field('id', 'string')).toBe('A');
    expect(field('size', 'number')).toBe(5);
    expect(field('projectId', 'string|number', field('partnerId', 'string|number', ''))).toBe(123);
    expect(field('extra', 'object')).toEqual({ anything: true });
  });

  it('gives an absent or null field its default, and an optional one undefined', () => {
    const field = read(archive);
    expect(field('name', 'string', null)).toBeNull();
    expect(field('reason', 'string', '')).toBe('');
    expect(field('updatedAt', 'number', undefined)).toBeUndefined();
  });

  it.each([
    ['an array', ['A']],
    ['null', null],
    ['an empty answer', undefined],
    ['a string', 'A'],
  ])('an answer that is %s says what the operation expected', (_what, value) => {
    expect(() => read(value)).toThrow(broken);
  });

  it.each([
    ['s', 'string'],
    [1, 'number'],
    [false, 'boolean'],
    [{}, 'object'],
    [[], 'array'],
    ['1', 'string|number'],
    [1, 'string|number'],
    [{}, 'array|object'],
    [[], 'array|object'],
  ] as const)('a field %j is of the kind %s', (value, kind) => {
    expect(read({ value })('value', kind)).toBe(value);
  });

  it.each([
    [[], 'object'],
    [{}, 'array'],
    [null, 'object'],
    ['1', 'number'],
    [true, 'string|number'],
    [0, 'boolean'],
  ] as const)('a field %j is not of the kind %s', (value, kind) => {
    expect(() => read({ value })('value', kind)).toThrow(broken);
  });

  it.each([
    ['a field without a default, missing', (f: FieldReader) => f('url', 'string')],
    ['a field without a default, null', (f: FieldReader) => f('name', 'string')],
    ['a field of another kind', (f: FieldReader) => f('size', 'string', '')],
    ['a field of neither kind', (f: FieldReader) => f('status', 'number|boolean', 0)],
    ['an array where an object is promised', (f: FieldReader) => f('list', 'object', {})],
    ['an object where an array is promised', (f: FieldReader) => f('extra', 'array', [])],
  ])('%s breaks the promise: an InvalidResponseError naming the operation', (_what, readField) => {
    const field = read({ ...archive, list: [] });
    expect(() => readField(field)).toThrow(broken);
    let error: unknown;
    try {
      readField(field);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', message: broken.message });
  });

  it('unreadable is the one way to say so', () => {
    expect(() => unreadable('createSession', 'with an unexpected body (expected a JSON array)')).toThrow(
      new InvalidResponseError('createSession failed: OpenTok answered with an unexpected body (expected a JSON array)'),
    );
  });

  it('compact leaves out the optional fields the answer did not have', () => {
    const result: { a: number; b?: string; c: null; d: string; e: boolean; f: number } = compact({
      a: 1,
      b: undefined as string | undefined,
      c: null,
      d: '',
      e: false,
      f: 0,
    });
    expect(result).toStrictEqual({ a: 1, c: null, d: '', e: false, f: 0 });
    expect(Object.keys(result)).toEqual(['a', 'c', 'd', 'e', 'f']);
  });
});

describe('readPage', () => {
  const toItem = (item: unknown, operation: string) => readAnswer(item, operation, 'without a thing')('id', 'string');

  it('maps the items and takes the count as the total', () => {
    expect(readPage({ count: 9, items: [{ id: 'a' }, { id: 'b' }] }, 'listThings', toItem)).toStrictEqual({ items: ['a', 'b'], total: 9 });
  });

  it('counts the items when the service leaves the count out', () => {
    expect(readPage({ items: [{ id: 'a' }] }, 'listThings', toItem)).toStrictEqual({ items: ['a'], total: 1 });
  });

  it.each([
    [{ count: 3 }, 'listThings failed: OpenTok answered without an "items" list'],
    [[{ id: 'a' }], 'listThings failed: OpenTok answered without an "items" list'],
    [{ items: [null] }, 'listThings failed: OpenTok answered without a thing'],
    [{ count: '1', items: [] }, 'listThings failed: OpenTok answered without an "items" list'],
    [{ items: {} }, 'listThings failed: OpenTok answered without an "items" list'],
  ])('refuses %j', (answer, message) => {
    expect(() => readPage(answer, 'listThings', toItem)).toThrow(new InvalidResponseError(message));
  });

  it('says what the operation expected in its own words', () => {
    expect(() => readPage({}, 'listRenders', toItem, 'without an items list')).toThrow('listRenders failed: OpenTok answered without an items list');
  });
});

describe('iterateList', () => {
  type Filter = { readonly sessionId?: string };
  function lister(total: number) {
    const calls: unknown[] = [];
    const list = async (c: OpenTokClient, params: Filter & { readonly offset?: number; readonly count?: number }): Promise<Page<number>> => {
      calls.push(params);
      expect(c).toBe(client);
      const offset = params.offset ?? 0;
      return { items: Array.from({ length: Math.max(0, Math.min(params.count ?? 50, total - offset)) }, (_, i) => offset + i), total };
    };
    return { calls, list };
  }

  it('walks every page of the list with its filters, from an offset, pageSize at a time', async () => {
    const { calls, list } = lister(7);
    const seen: number[] = [];
    for await (const item of iterateList(list, client, { sessionId: 'S', pageSize: 2, offset: 1 }, undefined, ['sessionId'])) seen.push(item);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    expect(calls).toEqual([1, 3, 5].map((offset) => ({ sessionId: 'S', offset, count: 2 })));
  });

  it('defaults to 100 a page from the start', async () => {
    const { calls, list } = lister(3);
    const seen: number[] = [];
    for await (const item of iterateList(list, client, {}, undefined, ['sessionId'])) seen.push(item);
    expect(seen).toEqual([0, 1, 2]);
    expect(calls).toEqual([{ offset: 0, count: 100 }]);
  });

  it.each([
    ['a client that is not one', null, {}, 'client must be a client made by createClient() (got null)'],
    ['params that are not an object', client, 'S', 'params must be an object (got "S")'],
    ['an unknown param', client, { sessionID: 'S' }, 'params.sessionID is not a known option (expected sessionId, pageSize, offset)'],
    ['a page size of 0', client, { pageSize: 0 }, 'pageSize must be from 1 to 1000 (got 0)'],
    ['a negative offset', client, { offset: -1 }, `offset must be from 0 to ${Number.MAX_SAFE_INTEGER} (got -1)`],
  ])('refuses %s lazily: nothing is thrown before the first next(), and no page is asked for', async (_what, c, params, message) => {
    const { calls, list } = lister(3);
    const iterator = iterateList(list, c as OpenTokClient, params as Filter, undefined, ['sessionId']);
    const error = await thrown(() => iterator.next());
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(message);
    expect(calls).toEqual([]);
  });
});
describe('sessionPath', () => {
  it('builds the path of a session resource', () => {
    expect(sessionPath(client, 'S1', '/stream/X')).toBe('/v2/project/12345678/session/S1/stream/X');
    expect(() => sessionPath(null as never, 'S1', '')).toThrow('client must be a client made by createClient() (got null)');
  });
});
