#!/usr/bin/env node
// Bundles the Lambda the way a deploy tool would (esbuild, ESM, minified, platform node) into
// dist/lambda.js and prints its size, minified and gzipped.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = await build({
  entryPoints: [`${root}src/lambda.ts`],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  write: false,
  metafile: true,
  logLevel: 'warning',
});
const code = result.outputFiles[0].contents;
mkdirSync(`${root}dist`, { recursive: true });
writeFileSync(`${root}dist/lambda.js`, code);
/** The package an input file belongs to: the last node_modules/<name>, or @opentok/<name> for packages/<name>. */
const owner = (input) => input.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? input.match(/packages\/([^/]+)\//)?.[1]?.replace(/^/, '@opentok/') ?? 'the handler itself';
const packages = [...new Set(Object.keys(result.metafile.inputs).map(owner))];
const gzip = gzipSync(code, { level: 9 }).length;
console.log(`serverless-archive Lambda bundle: ${code.length} bytes minified, ${gzip} bytes gzip (${(gzip / 1024).toFixed(1)} KiB); contains: ${packages.sort().join(', ')}`);
