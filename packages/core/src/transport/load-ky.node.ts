import type { KyModule } from './load-ky.js';

let loading: Promise<KyModule> | undefined;

/** ky, imported on the first request, chosen by the `node` export condition (see `load-ky.ts`). */
export function loadKy(): Promise<KyModule> {
  loading ??= import('ky');
  return loading;
}
