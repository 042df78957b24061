// The edge rules, checked in CI by `pnpm run lint:deps` after the rules of .dependency-cruiser.cjs: @opentok/tokens
// and the webhooks verifier run in edge runtimes and carry no transport (DESIGN.md, "Dependency rules").
// Cruised from packages/tokens/src and packages/webhooks/src only, following every import: both take what they need
// of core from its transport-free entry `@opentok/core/kernel`, so nothing they reach, by any path, may be ky,
// core's request path, REST auth or client, or one of core's other two entries (`@opentok/core`, whose
// createClient carries REST auth, and `@opentok/core/internal`, which carries `request`).
const { options, KY } = require('./.dependency-cruiser.cjs');

const CORE_TRANSPORT = ['^packages/core/src/(transport|auth|client|operation)/', '^packages/core/src/(index|internal)\\.ts$'];
const VERIFIER = '^packages/webhooks/src/verify-callback\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'tokens-carry-no-transport',
      severity: 'error',
      comment: 'Tokens run at the edge: nothing of @opentok/tokens reaches ky, core’s transport, REST auth or client, or a core entry other than the kernel.',
      from: { path: '^packages/tokens/src/' },
      to: { reachable: true, path: [...CORE_TRANSPORT, ...KY] },
    },
    {
      name: 'verifier-carries-no-transport',
      severity: 'error',
      comment:
        'verifyCallback and what it imports never reach ky, core’s transport, REST auth or client, or a core entry other than the kernel: only the registration functions use core’s request.',
      from: { path: VERIFIER },
      to: { reachable: true, path: [...CORE_TRANSPORT, ...KY] },
    },
  ],
  options,
};
