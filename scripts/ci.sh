#!/usr/bin/env bash
# The whole verification, in the order a failure is cheapest to find. Run by `pnpm run ci`
# (the README's test command) and by .ci/run.
set -euo pipefail
export TURBO_TELEMETRY_DISABLED=1 DENO_NO_UPDATE_CHECK=1
step() { printf '\n=== %s ===\n' "$*"; }
step build;        pnpm run build
step typecheck;    pnpm run typecheck
step lint;         pnpm run lint
step test;         pnpm run test
step size;         pnpm run size
step docs;         pnpm run docs:build
step changesets;   pnpm run changeset:status
step "test on Node 24"; pnpm run test:node24
