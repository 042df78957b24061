#!/usr/bin/env node
// Bundles the Worker the way wrangler would (esbuild, ESM, minified, workerd/worker/browser conditions) into
// dist/worker.js and prints its size, minified and gzipped.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = await build({
  entryPoints: [`${root}src/worker.ts`],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  conditions: ['workerd', 'worker', 'browser'],
  target: 'es2022',
  write: false,
  metafile: true,
  logLevel: 'warning',
});
const code = result.outputFiles[0].contents;
mkdirSync(`${root}dist`, { recursive: true });
writeFileSync(`${root}dist/worker.js`, code);
/** The package an input file belongs to: the last node_modules/<name>, or @opentok/<name> for packages/<name>. */
const owner = (input) => input.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? input.match(/packages\/([^/]+)\//)?.[1]?.replace(/^/, '@opentok/') ?? 'the worker itself';
const packages = [...new Set(Object.keys(result.metafile.inputs).map(owner))];
const gzip = gzipSync(code, { level: 9 }).length;
console.log(`edge-token worker bundle: ${code.length} bytes minified, ${gzip} bytes gzip (${(gzip / 1024).toFixed(1)} KiB); contains: ${packages.sort().join(', ')}`);
