import { libraryConfig } from '../../tsup.shared';

// Two builds of one API, with the same declarations: `dist/` (Web Crypto, every runtime) and `dist/node/`
// (REST auth signed with node:crypto, chosen by the `node` export condition). The node build differs only
// in the module that signs: an esbuild plugin swaps `auth/signers.ts` for `auth/signers.node.ts`.
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
        name: 'node-signers',
        setup(build) {
          build.onResolve({ filter: /\/signers\.js$/ }, (args) => ({ path: `${args.resolveDir}/signers.node.ts` }));
        },
      },
    ],
  }),
];
