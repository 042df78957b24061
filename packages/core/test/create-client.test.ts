import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient, ValidationError } from '../src/index.js';

const SECRET = 'super-secret-value-0123456789';

describe('createClient', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('resolves defaults into a frozen client', () => {
    const client = createClient({ apiKey: '12345678', apiSecret: SECRET });
    expect(client.apiKey).toBe('12345678');
    expect(client.apiUrl).toBe('https://api.opentok.com');
    expect(client.timeout).toBe(20_000);
    expect(client.retry).toEqual({ retries: 2, baseDelay: 500, maxDelay: 30_000 });
    expect(client.userAgent).toBe(`OpenTok-TS-SDK/0.0.0-test node/${process.versions.node}`);
    expect(Object.isFrozen(client)).toBe(true);
    expect(() => {
      (client as { timeout: number }).timeout = 1;
    }).toThrow(TypeError);
  });

  it('accepts a numeric API key, a user agent suffix, retry as a number and strips a trailing slash', () => {
    const client = createClient({ apiKey: 12345678 as never, apiSecret: SECRET, userAgent: 'my-app/1.0', retry: 0, apiUrl: 'http://127.0.0.1:4010/' });
    expect(client.apiKey).toBe('12345678');
    expect(client.userAgent).toMatch(/ my-app\/1\.0$/);
    expect(client.retry.retries).toBe(0);
    expect(client.apiUrl).toBe('http://127.0.0.1:4010');
  });

  it('falls back to OPENTOK_API_KEY, OPENTOK_API_SECRET and OPENTOK_API_URL', () => {
    vi.stubEnv('OPENTOK_API_KEY', '47665971');
    vi.stubEnv('OPENTOK_API_SECRET', SECRET);
    vi.stubEnv('OPENTOK_API_URL', 'http://localhost:4010');
    const client = createClient();
    expect(client.apiKey).toBe('47665971');
    expect(client.apiUrl).toBe('http://localhost:4010');
    expect(createClient({ apiKey: '1', apiSecret: 's' }).apiKey).toBe('1');
  });

  it('derives clients with with() without touching the original', () => {
    const client = createClient({ apiKey: '1', apiSecret: SECRET });
    const quick = client.with({ timeout: 5_000 });
    expect(quick.timeout).toBe(5_000);
    expect(quick.apiKey).toBe('1');
    expect(client.timeout).toBe(20_000);
    expect(() => client.with({ timeout: -1 })).toThrow('timeout must be from 1 to 2147483647 (got -1)');
  });

  it.each([
    [{ apiSecret: SECRET }, 'apiKey must be a non-empty string (pass it or set OPENTOK_API_KEY) (got undefined)'],
    [{ timeout: 5 }, 'credentials are missing: pass { applicationId, privateKey } or set VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY'],
    [{ apiKey: '  ', apiSecret: SECRET }, 'apiKey must be a non-empty string (pass it or set OPENTOK_API_KEY) (got "  ")'],
    [{ apiKey: '1' }, 'apiSecret must be a non-empty string (pass it or set OPENTOK_API_SECRET)'],
    [{ apiKey: '1', apiSecret: 42 }, 'apiSecret must be a non-empty string (pass it or set OPENTOK_API_SECRET)'],
    [{ apiKey: '1', apiSecret: SECRET, apiUrl: 'api.opentok.com' }, 'apiUrl must be an absolute http(s) URL (got "api.opentok.com")'],
    [{ apiKey: '1', apiSecret: SECRET, apiUrl: 'ftp://x' }, 'apiUrl must use http or https (got "ftp://x")'],
    [{ apiKey: '1', apiSecret: SECRET, apiUrl: 'https://u:p@x' }, 'apiUrl must not contain credentials, a query or a fragment'],
    [{ apiKey: '1', apiSecret: SECRET, timeout: 0 }, 'timeout must be from 1 to 2147483647 (got 0)'],
    [{ apiKey: '1', apiSecret: SECRET, timeout: '5s' }, 'timeout must be an integer (got "5s")'],
    [{ apiKey: '1', apiSecret: SECRET, retry: 11 }, 'retry.retries must be from 0 to 10 (got 11)'],
    [{ apiKey: '1', apiSecret: SECRET, retry: { baseDelay: -5 } }, 'retry.baseDelay must be from 0 to 60000 (got -5)'],
    [{ apiKey: '1', apiSecret: SECRET, retry: 'yes' }, 'retry must be a number of retries or { retries, baseDelay, maxDelay } (got "yes")'],
    [{ apiKey: '1', apiSecret: SECRET, fetch: 'fetch' }, 'fetch must be a function (got "fetch")'],
    [{ apiKey: '1', apiSecret: SECRET, logger: {} }, 'logger must have debug, info, warn and error methods (got an object)'],
    [{ apiKey: '1', apiSecret: SECRET, userAgent: 'bad\nheader' }, 'userAgent must be printable ASCII text to append to the User-Agent header'],
  ])('rejects invalid config %j at construction', (config, message) => {
    for (const name of ['OPENTOK_API_KEY', 'OPENTOK_API_SECRET', 'VONAGE_APPLICATION_ID', 'VONAGE_PRIVATE_KEY']) vi.stubEnv(name, '');
    expect(() => createClient(config as never)).toThrow(ValidationError);
    expect(() => createClient(config as never)).toThrow(message);
  });

  it('never shows the secret in JSON, inspect, keys or errors', () => {
    const client = createClient({ apiKey: '1', apiSecret: SECRET });
    expect(JSON.stringify(client)).not.toContain(SECRET);
    expect(inspect(client, { showHidden: true, depth: 10 })).not.toContain(SECRET);
    expect(Object.keys(client).join()).not.toMatch(/secret/i);
    expect(String(client.with)).not.toContain(SECRET);
    try {
      createClient({ apiKey: '1', apiSecret: SECRET, timeout: -1 });
    } catch (error) {
      expect(JSON.stringify(error)).not.toContain(SECRET);
      expect(inspect(error, { showHidden: true, depth: 10 })).not.toContain(SECRET);
    }
  });
});
