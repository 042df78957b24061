import { libraryConfig } from '../../tsup.shared';

// Two builds of one API: `index` (Web Crypto, every runtime) and `index.node` (node:crypto, chosen by the
// `node` export condition). Both have the same declarations, generated once from the edge-pure entry.
export default libraryConfig(
  { index: 'src/index.ts', 'index.node': 'src/index.node.ts' },
  { dts: { entry: { index: 'src/index.ts' } }, removeNodeProtocol: false, external: [/^node:/] },
);
