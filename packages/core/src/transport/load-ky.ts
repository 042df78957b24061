/** ky's module, loaded on the first request: importing it builds a `Request` to probe the platform, which a cold start that only mints tokens should not pay for. */
export type KyModule = typeof import('ky');

let loading: Promise<KyModule> | undefined;

/** ky, imported once (bundlers inline the dynamic import in single-file builds). */
export function loadKy(): Promise<KyModule> {
  return (loading ??= import('ky'));
}
