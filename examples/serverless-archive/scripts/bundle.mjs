#!/usr/bin/env node
// Bundles the Lambda the way a deploy tool would (esbuild, ESM, minified, platform node) into dist/lambda.js
// and prints its size, minified and gzipped, and the packages that put code into it.
// The README's figures come from bundleLambda() (scripts/figures.mjs at the repository root).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { APP_BUNDLE, kb, measureBundle } from '../../../scripts/measure-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// For Node: esbuild's own platform defaults, no browser or worker conditions.
const { conditions: _browser, ...NODE_BUNDLE } = APP_BUNDLE;

/** Bundles src/lambda.ts; resolves with `{ code, min, gzip, packages }`. */
export function bundleLambda() {
  return measureBundle({ ...NODE_BUNDLE, entryPoints: [`${root}src/lambda.ts`], platform: 'node', logLevel: 'warning' });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { code, min, gzip, packages } = await bundleLambda();
  mkdirSync(`${root}dist`, { recursive: true });
  writeFileSync(`${root}dist/lambda.js`, code);
  console.log(
    `serverless-archive Lambda bundle: ${min} bytes minified, ${gzip} bytes gzip (${kb(gzip)}); contains: ${packages.join(', ')} and the handler itself`,
  );
}
