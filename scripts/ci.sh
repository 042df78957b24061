#!/usr/bin/env bash
# The whole verification, in the order a failure is cheapest to find. Run by `pnpm run ci` (the README's
# test command) and so by .ci/run, after `pnpm install`.
#
# The log: one line per step (status, name, wall time, CPU time (user + sys) of its processes, what it found); each step's own output goes to a log file
# under $CI_LOGS (a temp dir unless set), and only a failing step's output is printed (its last 150 lines).
# A failing step does not stop the later ones (except the build), so one run shows every failure.
# No colour anywhere. It ends with the test summary (scripts/test-summary.mjs): a table of the runs as their
# runners counted them, then the plain `N passed, M failed` line, which counts distinct test cases.
set -uo pipefail
cd "$(dirname "$0")/.."

export CI="${CI:-true}" NO_COLOR=1 FORCE_COLOR=0 TERM=dumb
export TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1 TURBO_PRINT_VERSION_DISABLED=1 DO_NOT_TRACK=1
export DENO_NO_UPDATE_CHECK=1 NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false

work="${CI_LOGS:-$(mktemp -d "${TMPDIR:-/tmp}/opentok-ci.XXXXXX")}"
mkdir -p "$work/logs" "$work/results" "$work/tarballs"
results="$work/results"
# The published packages, packed once (the pack step); the lint and the consumer test read them. The release
# dry run packs its own, after changeset version has given the packages their new versions.
tarballs="$work/tarballs"
ci_started=$(date +%s%N)
turbo_run() { pnpm exec turbo run "$1" --no-color --output-logs=full --log-order=grouped --log-prefix=task; }

elapsed() { # nanoseconds → "12.3 s" or "3 min 04 s"
  local ms=$(( $1 / 1000000 ))
  if (( ms < 60000 )); then printf '%d.%d s' $(( ms / 1000 )) $(( ms % 1000 / 100 )); else printf '%d min %02d s' $(( ms / 60000 )) $(( ms % 60000 / 1000 )); fi
}

# Sets $cpu to the CPU time (user + sys, in ms) of every child this shell has waited for, from bash's `times`
# (its second line; run in this shell, not in a $(…) subshell, whose children are its own).
cpu_now() {
  times > "$work/.times"
  cpu=$(tail -n 1 "$work/.times" | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%d", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * 1000 }')
}

# The last line of a log that matches a pattern (default: any non-blank line), for the step's summary.
detail() { grep -E "${2:-.}" "$1" | grep -v '^[[:space:]]*$' | tail -n 1 | sed -E 's/^[[:space:]]+//; s/[[:space:]]+/ /g' | cut -c1-400; }

# The environment npm and npx get: without the npm_config_* variables a pnpm script inherits (pnpm exports
# its own settings that way, and npm warns "Unknown env config" about each one it does not know).
clean_npm() { env $(compgen -e | grep -i '^npm_config_' | sed 's/^/-u /') "$@"; }

# changeset status, then one line: how many changesets are pending and how many packages they release.
changesets() {
  pnpm exec changeset status || return
  printf 'changesets: %d pending, %d packages to release\n' \
    "$(find .changeset -maxdepth 1 -name '*.md' ! -name README.md | wc -l)" \
    "$(pnpm exec changeset status --verbose 2>/dev/null | grep -cE '^[^a-zA-Z]*(- )?@opentok/' || true)"
}

# step [--stop] <name> <summary pattern> <command...>: runs a step, prints its line. A failing step prints the
# tail of its log; with --stop (the build, which every later step needs) CI ends there, otherwise the
# remaining steps still run, so one log shows every failure, and CI fails at the end.
steps=0
failed=()
step() {
  local stop=0
  if [[ $1 == --stop ]]; then stop=1; shift; fi
  local name=$1 pattern=$2
  shift 2
  local log
  log="$work/logs/$(printf '%s' "$name" | tr -c 'A-Za-z0-9' '-' | sed -E 's/-+/-/g; s/-$//').log"
  local t0 c0 rc cpu
  t0=$(date +%s%N)
  cpu_now
  c0=$cpu
  "$@" > "$log" 2>&1
  rc=$?
  local took
  took=$(elapsed $(( $(date +%s%N) - t0 )))
  cpu_now
  cpu="cpu $(elapsed $(( (cpu - c0) * 1000000 )))"
  steps=$(( steps + 1 ))
  if (( rc == 0 )); then
    printf 'ok    %-28s %11s  %14s   %s\n' "$name" "$took" "$cpu" "$(detail "$log" "$pattern")"
    return 0
  fi
  failed+=("$name")
  printf 'FAIL  %-28s %11s  %14s   exit code %d; the last 150 lines of %s:\n' "$name" "$took" "$cpu" "$rc" "$log"
  tail -n 150 "$log" | sed 's/^/      | /'
  if (( stop )); then
    printf '\nCI failed at "%s" after %s; the later steps need it (all logs: %s)\n' "$name" "$(elapsed $(( $(date +%s%N) - ci_started )))" "$work/logs"
    exit "$rc"
  fi
}

command -v pnpm > /dev/null || { echo "scripts/ci.sh needs pnpm on PATH: run it as \`npx -y pnpm@10.34.9 run ci\`" >&2; exit 2; }
printf 'opentok-ts CI: node %s, pnpm %s, %s CPUs, logs in %s\n' "$(node --version)" "$(pnpm --version)" "$(nproc 2>/dev/null || echo '?')" "$work/logs"

step --stop build          'Tasks:'                  turbo_run build
step pack                  '^Packed'                 node scripts/tarballs.mjs "$tarballs"
step typecheck             '^typecheck:'             node scripts/typecheck.mjs
step lint                  'dependency violations'   eval 'pnpm exec biome ci --colors=off . && node scripts/lint-packages.mjs --tarballs "$tarballs" && pnpm run lint:deps'
step 'README type-check'   'README TypeScript blocks' node checks/readme/typecheck.mjs
step "test (Node $(node --version))" 'tested in' node scripts/run-tests.mjs --results "$results" --logs "$work/logs/tests" --run node-20 --other-runtimes
step 'stress tests'        'tested in'         node scripts/run-tests.mjs --results "$results" --logs "$work/logs/tests" --run stress --stress
step size                  'size check'              node scripts/size.mjs
step 'README figures'       'README figures'          node scripts/figures.mjs --check
step docs                  'html generated|error|warning' pnpm exec typedoc
step 'docs in Chromium'     'docs check'              node checks/docs/site.mjs --screenshots "$work/screenshots"
step changesets            '^changesets:'            changesets
step 'consumer test'       'consumer test'           node checks/consumer/run.mjs --tarballs "$tarballs"
step 'release dry run'     'release dry run'         node checks/release/dry-run.mjs
step 'test on Node 24'     'tested in'         clean_npm npx --yes --loglevel=error -p node@24.21.0 -c \
  "node scripts/run-tests.mjs --results '$results' --logs '$work/logs/tests' --run node-24"

if (( ${#failed[@]} == 0 )); then
  printf '\nall %d steps passed in %s\n\n' "$steps" "$(elapsed $(( $(date +%s%N) - ci_started )))"
else
  printf '\n%d of %d steps failed (%s) in %s; all logs: %s\n\n' "${#failed[@]}" "$steps" "$(IFS=,; printf '%s' "${failed[*]}" | sed 's/,/, /g')" \
    "$(elapsed $(( $(date +%s%N) - ci_started )))" "$work/logs"
fi
node scripts/test-summary.mjs "$results" --run node-20 --run stress --run node-24 --runtimes
summary=$?
(( ${#failed[@]} == 0 && summary == 0 ))
