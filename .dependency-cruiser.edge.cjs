// The edge rules, checked in CI by `pnpm run lint:deps` after the rules of .dependency-cruiser.cjs: @opentok/tokens
// and the webhooks verifier run in edge runtimes and carry no transport (DESIGN.md, "Dependency rules").
// Cruised from packages/tokens/src and packages/webhooks/src only. Core's two entry points (the barrels
// `@opentok/core` and `@opentok/core/internal`) are not followed: a barrel re-exports everything, so following it
// would "reach" the transport from any import at all; what is checked is that tokens and the verifier reach no
// transport or ky by any other way (an import of ky, of a core source file, of a module that uses core's request),
// and that the verifier never imports the internal barrel (which carries `request`).
// Known exception, not caught here: the tokens import checkParams from `@opentok/core/internal`, so a module-level
// check cannot tell an import of `request` from that barrel; scripts/size.mjs bundles generateToken and
// verifyCallback and fails when either bundle holds core's transport or ky (tree-shaking is what keeps them out).
const { options } = require('./.dependency-cruiser.cjs');

const KY = ['node_modules/ky/', '^ky$'];
const CORE_TRANSPORT = '^packages/core/src/(transport|auth)/';
const VERIFIER = '^packages/webhooks/src/verify-callback\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'tokens-carry-no-transport',
      severity: 'error',
      comment: 'Tokens run at the edge: nothing of @opentok/tokens reaches ky or core’s transport and REST auth.',
      from: { path: '^packages/tokens/src/' },
      to: { reachable: true, path: [CORE_TRANSPORT, ...KY] },
    },
    {
      name: 'verifier-carries-no-transport',
      severity: 'error',
      comment: 'verifyCallback and what it imports never reach ky, core’s transport and REST auth, or core’s internal barrel (which carries request): only the registration functions use core’s request.',
      from: { path: VERIFIER },
      to: { reachable: true, path: [CORE_TRANSPORT, '^packages/core/src/internal\\.ts$', ...KY] },
    },
  ],
  options: {
    ...options,
    doNotFollow: { path: ['node_modules', '^packages/core/src/(index|internal)\\.ts$'] },
  },
};
