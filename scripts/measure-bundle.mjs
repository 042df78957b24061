// Bundles code the way an app's build would and measures the result: minified bytes, gzip bytes (level 9) and
// what is in it. Shared by the size check (scripts/size.mjs), the README figures (scripts/figures.mjs) and
// the examples' bundle scripts, so that every figure the project prints or writes is measured one way.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The build of an app bundle for a browser or an edge runtime: ESM, minified, `worker`/`browser` conditions. */
export const APP_BUNDLE = { bundle: true, minify: true, format: 'esm', platform: 'browser', conditions: ['worker', 'browser'], target: 'es2022' };

/** The package an input file of a bundle belongs to: the last `node_modules/<name>`, `@opentok/<name>` for `packages/<name>`, else `''` (the app's own code). */
export function owner(input) {
  return input.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? input.match(/(?:^|\/)packages\/([^/]+)\//)?.[1]?.replace(/^/, '@opentok/') ?? '';
}

/**
 * Bundles with esbuild (`options` are esbuild's; nothing is written) and resolves with `{ code, min, gzip, inputs,
 * packages }`: the output bytes, their sizes, the input files that put code into the bundle (a module esbuild
 * loaded and then shook out entirely is not in it), and the packages those files belong to, sorted.
 */
export async function measureBundle(options) {
  const result = await build({ ...options, write: false, metafile: true, logLevel: options.logLevel ?? 'silent' });
  const code = result.outputFiles[0].contents;
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([input]) => input);
  const packages = [...new Set(inputs.map(owner).filter(Boolean))].sort();
  return { code, min: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs, packages };
}

/** Measures the bundle of one import statement (`contents`, JavaScript) as an app would write it, resolved from `resolveDir`. */
export function measureImport(contents, resolveDir) {
  return measureBundle({ ...APP_BUNDLE, stdin: { contents, resolveDir, loader: 'js' } });
}

/** Bytes as KB (1024 bytes) with one decimal: `5.4 KB`. */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
