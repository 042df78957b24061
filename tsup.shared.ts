import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/**
 * The one tsup setup every published package uses: ESM only, `.d.ts`, ES2022, and the package
 * version injected at build time as `__SDK_VERSION__` (never read from package.json at run time).
 */
export function libraryConfig(entry: Record<string, string> = { index: 'src/index.ts' }, extra: Options = {}) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  return defineConfig({
    entry,
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    sourcemap: true,
    treeshake: true,
    define: { __SDK_VERSION__: JSON.stringify(pkg.version) },
    ...extra,
  });
}
