// The dependency rules of the monorepo, checked in CI by `pnpm run lint:deps` (part of the lint step):
// the package rules of DESIGN.md ("Dependency rules") and the layers of @opentok/emulator (its README,
// "Layers"). Type-only imports count (tsPreCompilationDeps). @opentok/* imports resolve to each package's
// source entry (tsconfig.dependency-cruiser.json), so a rule sees the files, not the built bundles.
// The edge rules (tokens and the webhooks verifier carry no transport) are in .dependency-cruiser.edge.cjs.

const CAPABILITIES = '(session|archive|broadcast|sip|signal|render|audio-connector|captions|webhooks)';
/** ky, resolved (pnpm's store path ends node_modules/ky/…) or an import nobody could resolve. */
const KY = ['node_modules/ky/', '^ky$'];
const E = '^packages/emulator/src/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circle in any package, type imports included.',
      from: { path: '^packages/[^/]+/src/' },
      to: { circular: true },
    },

    // ---- Package rules (DESIGN.md, "Dependency rules")
    {
      name: 'capability-imports-only-core',
      severity: 'error',
      comment: 'A capability package depends on @opentok/core and on nothing else of ours: never on another capability package, the SDK or the emulator.',
      from: { path: `^packages/${CAPABILITIES}/src/` },
      to: { path: '^packages/', pathNot: ['^packages/core/', '^packages/$1/'] },
    },
    {
      name: 'only-core-imports-ky',
      severity: 'error',
      comment: 'ky is the transport, and only @opentok/core touches it: the other packages call core’s request.',
      from: { path: '^packages/[^/]+/src/', pathNot: '^packages/core/src/' },
      to: { path: KY },
    },
    {
      name: 'tokens-import-only-core',
      severity: 'error',
      comment: '@opentok/tokens depends on jose and, of ours, on @opentok/core alone.',
      from: { path: '^packages/tokens/src/' },
      to: { path: '^packages/', pathNot: ['^packages/core/', '^packages/tokens/'] },
    },
    {
      name: 'sdk-never-imports-the-emulator',
      severity: 'error',
      comment: 'The SDK never imports the emulator (tests and examples do).',
      from: { path: '^packages/sdk/src/' },
      to: { path: '^packages/emulator/' },
    },
    {
      name: 'emulator-imports-no-capability-package',
      severity: 'error',
      comment: 'The emulator may depend on @opentok/core and @opentok/tokens, never on a capability package or the SDK.',
      from: { path: E },
      to: { path: '^packages/', pathNot: ['^packages/emulator/', '^packages/core/', '^packages/tokens/'] },
    },

    // ---- The layers of @opentok/emulator (README, "Layers"): each imports only the ones below it.
    {
      name: 'emulator-kernel-is-the-bottom',
      severity: 'error',
      comment: 'kernel/ (errors, ids, clock, keys, the typed field reader) imports nothing else of the emulator.',
      from: { path: `${E}kernel/` },
      to: { path: E, pathNot: `${E}kernel/` },
    },
    {
      name: 'emulator-domain-over-kernel-only',
      severity: 'error',
      comment: 'state/ (the domain: records and every family’s rules) imports only kernel/; it announces changes into a sink it defines.',
      from: { path: `${E}state/` },
      to: { path: E, pathNot: `${E}(kernel|state)/` },
    },
    {
      name: 'emulator-wire-over-domain',
      severity: 'error',
      comment: 'wire/ (bodies, responses and the JSON the API shows, shared by the adapters) imports only kernel/ and state/.',
      from: { path: `${E}wire/` },
      to: { path: E, pathNot: `${E}(kernel|state|wire)/` },
    },
    {
      name: 'emulator-adapters-side-by-side',
      severity: 'error',
      comment: 'The adapters (rest/, control/, callbacks/) import kernel/, state/ and wire/, never each other or anything above.',
      from: { path: `${E}(rest|control|callbacks)/` },
      to: { path: E, pathNot: `${E}(kernel|state|wire|$1)/` },
    },
    {
      name: 'emulator-composition-under-node',
      severity: 'error',
      comment:
        'The composition (createEmulator’s parts, the app, options, persisted state, public types) never imports node/: it is handed Node’s HTTP server.',
      from: { path: `${E}[^/]+\\.ts$`, pathNot: `${E}index\\.ts$` },
      to: { path: `${E}(node/|index\\.ts$)` },
    },
    {
      name: 'emulator-node-under-the-entry',
      severity: 'error',
      comment: 'node/ (listen, the CLI, the relaunch) imports the composition and below, never the package entry.',
      from: { path: `${E}node/` },
      to: { path: `${E}index\\.ts$` },
    },
    {
      name: 'emulator-listen-only-on-demand',
      severity: 'error',
      comment: 'The package entry loads node/ with a dynamic import only (in listen()), so the fetch handler never loads Node code.',
      from: { path: `${E}index\\.ts$` },
      to: { path: `${E}node/`, dynamic: false },
    },
    {
      name: 'emulator-listen-is-a-leaf',
      severity: 'error',
      comment: 'node/listen.ts (the HTTP server of listen) imports nothing of the emulator: it is handed the fetch handler.',
      from: { path: `${E}node/listen\\.ts$` },
      to: { path: E },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.dependency-cruiser.json' },
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: { extensions: ['.ts', '.mts', '.js', '.mjs', '.d.ts'] },
  },
};
// Shared with .dependency-cruiser.edge.cjs; not enumerable, so dependency-cruiser's config check does not see it.
Object.defineProperty(module.exports, 'KY', { value: KY });
