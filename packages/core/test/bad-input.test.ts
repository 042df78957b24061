// Bad input from untyped callers is a ValidationError before any I/O: never retried, never a raw
// TypeError, never silently ignored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Recorder, startRecorder } from '../../testing/src/recorder.js';
import { createClient, encodeSessionId, paginate, ValidationError } from '../src/index.js';
import { checkId, projectPath, request } from '../src/internal.js';

const TEST_CREDENTIALS = { apiKey: '12345678', apiSecret: '0123456789abcdef0123456789abcdef01234567' } as const;

let recorder: Recorder;
beforeEach(async () => {
  recorder = await startRecorder();
});
afterEach(() => recorder.close());

const client = () => createClient({ ...TEST_CREDENTIALS, apiUrl: recorder.url, retry: 2 });
const call = { operation: 'getArchive', method: 'GET', path: '/a' } as const;

async function refused(promise: Promise<unknown>, message: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as Error).message).toBe(message);
  expect(recorder.requests).toHaveLength(0);
}

describe('per-call headers', () => {
  it.each([
    [{ 'X-Trace': 'a\r\nX-Injected: 1' }, 'options.headers.X-Trace must be a header value without CR, LF or NUL, in Latin-1'],
    [{ 'X-Trace': 'nul\0byte' }, 'options.headers.X-Trace must be a header value without CR, LF or NUL, in Latin-1'],
    [{ 'X-Trace': 'euro €' }, 'options.headers.X-Trace must be a header value without CR, LF or NUL, in Latin-1'],
    [{ 'Bad Name': 'x' }, "options.headers.Bad Name must be a header name (letters, digits and !#$%&'*+-.^_`|~)"],
    [{ 'X-Bad\n': 'x' }, "options.headers.X-Bad\n must be a header name (letters, digits and !#$%&'*+-.^_`|~)"],
  ])('refuses %j before any request (not a retried NetworkError)', async (headers, rule) => {
    await refused(request(client(), call, { headers }), rule);
  });

  it('accepts Latin-1 values such as "ü"', async () => {
    await request(client(), call, { headers: { 'X-Name': 'Jürgen' } });
    expect(recorder.requests[0]?.headers['x-name']).toBe(Buffer.from('Jürgen', 'latin1').toString('latin1'));
  });
});

describe('per-call options', () => {
  it.each([
    [{ timout: 5 }, 'options.timout is not a known option (expected signal, timeout, headers)'],
    [{ signall: new AbortController().signal }, 'options.signall is not a known option (expected signal, timeout, headers)'],
    [{ header: {} }, 'options.header is not a known option (expected signal, timeout, headers)'],
    [{ signal: { aborted: false } }, 'options.signal must be an AbortSignal (got an object)'],
    [null, 'options must be an object (got null)'],
  ])('refuses %j', async (options, message) => {
    await refused(request(client(), call, options as never), message);
  });
});

describe('anything that is not a client from createClient', () => {
  it.each([
    ['a spread copy', () => ({ ...client() })],
    ['a plain object with the credentials', () => ({ ...TEST_CREDENTIALS, apiUrl: recorder.url })],
    ['null', () => null],
  ])('%s is refused by every REST call with one ValidationError', async (_, make) => {
    await refused(request(make() as never, call), `client must be a client made by createClient() (got ${make() === null ? 'null' : 'an object'})`);
    expect(() => projectPath(make() as never, '/archive')).toThrow(ValidationError);
  });
});

describe('createClient, with(), retry and paginate refuse unknown keys, null and wrong types', () => {
  it.each([
    [() => createClient(null as never), 'config must be an object (got null)'],
    [() => createClient({ ...TEST_CREDENTIALS, apiURL: 'http://x' } as never), 'config.apiURL is not a known option'],
    [() => client().with(null as never), 'overrides must be an object (got null)'],
    [() => client().with({ timeOut: 5 } as never), 'overrides.timeOut is not a known option'],
    [
      () => createClient({ ...TEST_CREDENTIALS, retry: { retries: 1, jitter: true } } as never),
      'retry.jitter is not a known option (expected retries, baseDelay, maxDelay)',
    ],
    [() => createClient({ ...TEST_CREDENTIALS, retry: null } as never), 'retry must be a number of retries or { retries, baseDelay, maxDelay } (got null)'],
    [() => createClient({ ...TEST_CREDENTIALS, maxResponseBytes: 0 }), 'maxResponseBytes must be from 1024 to 1073741824 (got 0)'],
    [() => encodeSessionId(null as never), 'params must be an object (got null)'],
  ])('%s', (make, message) => {
    expect(make).toThrow(ValidationError);
    expect(make).toThrow(message);
  });

  it('paginate refuses null, unknown keys and a missing page function', async () => {
    const page = async () => ({ items: [], total: 0 });
    await expect(paginate(page, null as never).next()).rejects.toThrow('options must be an object (got null)');
    await expect(paginate(page, { pagesize: 10 } as never).next()).rejects.toThrow('options.pagesize is not a known option (expected pageSize, offset)');
    await expect(paginate(null as never).next()).rejects.toThrow('fetchPage must be a function (got null)');
  });
});

describe('path segments that URL resolution would change', () => {
  it.each(['.', '..'])('%j is not an ID', (id) => {
    expect(() => checkId(id, 'archiveId')).toThrow(ValidationError);
    expect(() => checkId(id, 'archiveId')).toThrow(`archiveId must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".." (got "${id}")`);
  });

  it.each(['.', '..', '../x', 'a/b', 'a?b', ''])('the API key %j is refused by createClient', (apiKey) => {
    expect(() => createClient({ apiKey, apiSecret: TEST_CREDENTIALS.apiSecret })).toThrow(ValidationError);
  });

  it('IDs with dots inside still pass', () => {
    expect(checkId('a.b', 'archiveId')).toBe('a.b');
    expect(checkId('...', 'archiveId')).toBe('...');
  });
});
