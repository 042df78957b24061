import { resolve } from 'node:path';
import { libraryConfig } from '../../tsup.shared';

// Two builds of one API, with the same declarations: `dist/` (Web Crypto, every runtime) and `dist/node/`
// (REST auth signed with node:crypto, ky imported on the first request; chosen by the `node` export condition).
// The node build differs only in those two modules: an esbuild plugin swaps `auth/signers.ts` and
// `transport/load-ky.ts` for their `.node.ts` twins.
const entry = { index: 'src/index.ts', kernel: 'src/kernel.ts', internal: 'src/internal.ts' };

export default [
  libraryConfig(entry),
  libraryConfig(entry, {
    outDir: 'dist/node',
    dts: false,
    clean: false,
    removeNodeProtocol: false,
    external: [/^node:/],
    esbuildPlugins: [
      {
        name: 'node-twins',
        setup(build) {
          build.onResolve({ filter: /\/(signers|load-ky)\.js$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.replace(/\.js$/, '.node.ts')) }));
        },
      },
    ],
  }),
];
