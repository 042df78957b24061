import { resolve } from 'node:path';
import { libraryConfig } from '../../tsup.shared';

// Two builds of one source: `dist/index.js` (Web Crypto, every runtime) and `dist/index.node.js` (node:crypto,
// chosen by the `node` export condition), with the same declarations (the exports map names index.d.ts for both). The node build differs in one module: an
// esbuild plugin swaps `internal/bound-platform.ts` for its `.node.ts` twin.
export default [
  libraryConfig({ index: 'src/index.ts' }),
  libraryConfig(
    { 'index.node': 'src/index.ts' },
    {
      // Its own declarations too (the same as index.d.ts), so the tests can import the built file typed.
      dts: { entry: { 'index.node': 'src/index.ts' } },
      clean: false,
      removeNodeProtocol: false,
      external: [/^node:/],
      esbuildPlugins: [
        {
          name: 'node-twin',
          setup(build) {
            build.onResolve({ filter: /\/bound-platform\.js$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.replace(/\.js$/, '.node.ts')) }));
          },
        },
      ],
    },
  ),
];
