#!/usr/bin/env bash
# The whole verification, in the order a failure is cheapest to find. Run by `pnpm run ci`
# (the README's test command) and so by .ci/run. Ends with one summary line of all test counts.
set -euo pipefail
export TURBO_TELEMETRY_DISABLED=1 DENO_NO_UPDATE_CHECK=1 FORCE_COLOR=0
log=$(mktemp)
step() { printf '\n=== %s ===\n' "$*"; }
step build;        pnpm run build
step typecheck;    pnpm run typecheck
step lint;         pnpm run lint
step "test (Node $(node --version))"; pnpm run test 2>&1 | tee -a "$log"
step size;         pnpm run size
step docs;         pnpm run docs
step changesets;   pnpm run changeset:status
step "test on Node 24"; pnpm run test:node24 2>&1 | tee -a "$log"
node scripts/test-summary.mjs "$log"
