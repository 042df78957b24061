import ky, { HTTPError, TimeoutError } from 'ky';

/** What the request path uses of ky: its request function and the two error classes it tells apart. */
export type KyModule = Pick<typeof import('ky'), 'default' | 'HTTPError' | 'TimeoutError'>;

/**
 * ky, imported with this module. The `node` export condition swaps in `load-ky.node.ts`, which imports ky on the
 * first request instead: importing ky builds a `Request` to probe the platform and, unbundled, loads a dozen
 * modules, which a Node cold start that only mints tokens should not pay for. Everywhere else the SDK is bundled,
 * and a bundler pays for a lazy import with a wrapper around every module of ky (about 380 B gzip).
 */
export async function loadKy(): Promise<KyModule> {
  return { default: ky, HTTPError, TimeoutError };
}
