// The node export condition imports ky on the first request (a Node cold start that only mints tokens does not
// load it); the build for every other runtime imports it with the request code, which bundlers then inline
// without a deferring wrapper. Both hand the request path the same ky.
import { describe, expect, it, vi } from 'vitest';

const loaded = vi.hoisted(() => ({ ky: 0 }));
vi.mock('ky', async (original: () => Promise<typeof import('ky')>) => {
  loaded.ky += 1;
  return original();
});

describe('loading ky', () => {
  it('node build: not with the module, on the first request', async () => {
    const { loadKy } = await import('../src/transport/load-ky.node.js');
    expect(loaded.ky).toBe(0);
    const first = await loadKy();
    expect(loaded.ky).toBe(1);
    expect(await loadKy()).toBe(first);
  });

  it('both builds hand the request path the same ky: its request function and the two error classes', async () => {
    const { loadKy: lazily } = await import('../src/transport/load-ky.node.js');
    const { loadKy: withTheModule } = await import('../src/transport/load-ky.js');
    const ky = await vi.importActual<typeof import('ky')>('ky');
    for (const load of [lazily, withTheModule]) {
      const { default: send, HTTPError, TimeoutError } = await load();
      expect([send, HTTPError, TimeoutError]).toEqual([ky.default, ky.HTTPError, ky.TimeoutError]);
    }
  });
});
