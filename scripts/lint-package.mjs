#!/usr/bin/env node
// A published package's lint, run from its folder (its `lint` script): publint --strict on what `pnpm pack`
// would publish, and are-the-types-wrong (profile esm-only) on what `npm pack` would. Prints nothing when
// both are clean; otherwise only the problems, and exits 1. (attw's own table lists every resolution,
// including the node10 and node16-from-CJS rows the esm-only profile ignores, for every package.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const pkgDir = process.cwd();
const name = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).name;
const problems = [];

// publint, on the files pnpm would pack (pnpm publishes: `pnpm publish -r`; `pnpm run lint` puts pnpm on PATH).
const { messages, pkg } = await publint({ pkgDir, strict: true, pack: 'pnpm' });
for (const message of messages) {
  problems.push(`publint ${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`);
}

// are-the-types-wrong: only the problems in resolutions the esm-only profile checks.
const require = createRequire(import.meta.url);
const attwBin = join(dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist/index.js');
const IGNORED = new Set(['node10', 'node16-cjs']); // --profile esm-only
const attw = spawnSync(process.execPath, [attwBin, '--pack', '.', '--profile', 'esm-only', '--format', 'json'], {
  cwd: pkgDir,
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  maxBuffer: 64 * 1024 * 1024,
});
let attwProblems = [];
try {
  const report = JSON.parse(attw.stdout);
  attwProblems = Object.values(report.analysis?.problems ?? report.problems ?? {})
    .flat()
    .filter((problem) => !IGNORED.has(problem.resolutionKind));
  for (const problem of attwProblems) {
    const where = [problem.entrypoint && `"${problem.entrypoint}"`, problem.resolutionKind].filter(Boolean).join(', ');
    problems.push(`attw: ${problem.kind}${where ? ` (${where})` : ''}: https://github.com/arethetypeswrong/arethetypeswrong.github.io/blob/main/docs/problems/${problem.kind}.md`);
  }
} catch {
  if (attw.status !== 0) problems.push(`attw exited ${attw.status}:\n${attw.stdout}${attw.stderr}`.trimEnd());
}
if (attw.status !== 0 && attwProblems.length === 0 && !problems.some((p) => p.startsWith('attw'))) {
  problems.push(`attw exited ${attw.status}:\n${attw.stderr}`.trimEnd());
}

const failing = messages.some((m) => m.type !== 'suggestion') || problems.some((p) => p.startsWith('attw'));
if (problems.length > 0) console.error(`${name}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
process.exit(failing ? 1 : 0);

