import { libraryConfig } from '../../tsup.shared';

// `cli` is the `opentok-emulator` bin (Node only; it relaunches itself with a bounded young generation and
// imports `src/node/cli-run.ts`, its own chunk). `src/node/listen.ts` is reached through a dynamic
// import from `listen()`, so it lands in its own chunk and the fetch handler stays runtime-neutral.
// Declarations are built for the library entry only (the bin has no types to export).
export default libraryConfig({ index: 'src/index.ts', cli: 'src/node/cli.ts' }, { dts: { entry: { index: 'src/index.ts' } } });
