#!/usr/bin/env node
// Bundles the Worker the way wrangler would (esbuild, ESM, minified, workerd/worker/browser conditions) into
// dist/worker.js and prints its size, minified and gzipped, and the packages that put code into it.
// The README's figures come from bundleWorker() (scripts/figures.mjs at the repository root).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { APP_BUNDLE, kb, measureBundle } from '../../../scripts/measure-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles src/worker.ts; resolves with `{ code, min, gzip, packages }`. */
export function bundleWorker() {
  return measureBundle({ ...APP_BUNDLE, entryPoints: [`${root}src/worker.ts`], conditions: ['workerd', 'worker', 'browser'], logLevel: 'warning' });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { code, min, gzip, packages } = await bundleWorker();
  mkdirSync(`${root}dist`, { recursive: true });
  writeFileSync(`${root}dist/worker.js`, code);
  console.log(`edge-token worker bundle: ${min} bytes minified, ${gzip} bytes gzip (${kb(gzip)}); contains: ${packages.join(', ')} and the worker itself`);
}
