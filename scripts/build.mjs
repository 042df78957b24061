#!/usr/bin/env node
// Builds one workspace project and what it depends on (turbo), saying what it does while it does it: how
// many packages need building (turbo's cache knows), one line per package as it finishes, the total time.
// A failed build prints turbo's whole output. Used by `pnpm run demo` and by the root `prepare` (which
// builds the emulator during `pnpm install`, so that `npx @opentok/emulator` works in a clone).
//
//   node scripts/build.mjs [--optional] <project> <what it is for, e.g. "for the demo">
//
// --optional: a failed build prints its output and a hint but exits 0 (an install must not fail on it).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const args = process.argv.slice(2);
const optional = args[0] === '--optional';
const [project, purpose] = optional ? args.slice(1) : args;
if (!project || !purpose) {
  console.error('usage: node scripts/build.mjs [--optional] <project> <what it is for>');
  process.exit(2);
}

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  TURBO_PRINT_VERSION_DISABLED: '1',
  DO_NOT_TRACK: '1',
  NO_COLOR: '1',
};

/**
 * Runs turbo; resolves with its exit code and its stdout and stderr as one text. `onChunk` sees the complete
 * stdout lines of each chunk as they come.
 */
function turbo(turboArgs, onChunk = () => {}) {
  return new Promise((resolve) => {
    const child = spawn('turbo', ['run', 'build', `--filter=${project}...`, '--no-color', ...turboArgs], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let pending = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      onChunk(lines);
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += `\n${String(error)}`));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const seconds = (ms) =>
  ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')} s`;

function failed(output) {
  console.error(output.trimEnd());
  if (optional) {
    console.error(`\nCould not build ${project} (${purpose}); the install itself is complete. \`npx -y pnpm@10.34.9 run build\` shows every error.`);
    process.exit(0);
  }
  process.exit(1);
}

// What needs building: the tasks turbo's cache cannot replay.
const dry = await turbo(['--dry=json']);
if (dry.code !== 0) failed(dry.output);
const tasks = JSON.parse(dry.output.slice(dry.output.indexOf('{'))).tasks.filter((task) => task.command !== '<NONEXISTENT>');
const toBuild = tasks.filter((task) => task.cache.status !== 'HIT').length;

const started = Date.now();
if (toBuild > 0) {
  const count = toBuild === tasks.length ? `${toBuild}` : `${toBuild} of the ${tasks.length}`;
  console.log(`Building ${count} packages ${purpose} (once: later runs reuse the build)…`);
}
let done = 0;
const width = String(tasks.length).length;
// With grouped logs turbo prints a task's whole block when the task ends: its first line names the task; a
// failed task's block ends with error lines, which may come a moment later, so a task counts as built when
// no error line followed its block within a short wait.
const pending = new Map();
const built = (task) => {
  pending.delete(task);
  done += 1;
  console.log(`  ✓ ${String(done).padStart(width)}/${toBuild} ${task}  (${seconds(Date.now() - started)})`);
};
// One task per CPU: as fast as more at once, and the packages finish one after another, so progress shows.
const result = await turbo(['--output-logs=new-only', '--log-order=grouped', '--log-prefix=task', `--concurrency=${availableParallelism()}`], (lines) => {
  for (const line of lines) {
    const ended = /^(\S+):build: cache (?:miss|bypass)/.exec(line)?.[1];
    if (ended)
      pending.set(
        ended,
        setTimeout(() => built(ended), 500),
      );
    const broke = [...pending.keys()].find((task) => line.startsWith(`${task}#build:`) || (line.startsWith(`${task}:build:`) && line.includes('ELIFECYCLE')));
    if (broke) {
      clearTimeout(pending.get(broke));
      pending.delete(broke);
    }
  }
});
for (const [task, timer] of pending) {
  clearTimeout(timer);
  if (result.code === 0) built(task);
}
if (result.code !== 0) failed(result.output);
if (toBuild > 0) console.log(`Built in ${seconds(Date.now() - started)}.\n`);
