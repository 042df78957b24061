#!/usr/bin/env node
// The published packages' lint, on the tarballs `pnpm publish` would upload: publint --strict and
// are-the-types-wrong with the esm-only profile, both through their APIs, in this one process. Prints one line
// per package with its problems, and a closing line; exits 1 when a package has an error or warning of publint
// (suggestions are shown, not fatal) or a problem of attw in a resolution the profile checks (attw's own table
// lists every resolution, including the node10 and node16-from-CJS rows the esm-only profile ignores).
//
//   node scripts/lint-packages.mjs [--tarballs <dir>]
//
// --tarballs: the folder `npx -y pnpm@10.34.9 run tarballs <dir>` (CI's pack step) filled; without it the
// packages (built) are packed into a temp dir first.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { fail, main, packPublished, publishedTarballs } from '../checks/lib.mjs';

const { values } = parseArgs({ options: { tarballs: { type: 'string' } } });
const started = Date.now();
const IGNORED = new Set(['node10', 'node16-cjs']); // the esm-only profile

/** The problems of one package's tarball: { failing, lines }. */
async function lint(pkg) {
  const lines = [];
  let failing = false;
  const data = readFileSync(pkg.tarball);
  const { messages, pkg: manifest } = await publint({ pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) }, strict: true });
  for (const message of messages) {
    lines.push(`publint ${message.type}: ${formatMessage(message, manifest, { color: false }) ?? message.code}`);
    if (message.type !== 'suggestion') failing = true;
  }
  const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(data)));
  if (!analysis.types) {
    lines.push('attw: the package has no types');
    failing = true;
  }
  for (const problem of (analysis.problems ?? []).filter((p) => !IGNORED.has(p.resolutionKind))) {
    const where = [problem.entrypoint && `"${problem.entrypoint}"`, problem.resolutionKind].filter(Boolean).join(', ');
    lines.push(
      `attw: ${problem.kind}${where ? ` (${where})` : ''}: https://github.com/arethetypeswrong/arethetypeswrong.github.io/blob/main/docs/problems/${problem.kind}.md`,
    );
    failing = true;
  }
  return { failing, lines };
}

await main(async () => {
  const scratch = values.tarballs ? undefined : mkdtempSync(join(tmpdir(), 'opentok-lint-'));
  try {
    const packages = scratch ? await packPublished(scratch) : publishedTarballs(values.tarballs);
    const results = [];
    for (const pkg of packages) results.push(await lint(pkg));
    let failing = 0;
    for (const [index, pkg] of packages.entries()) {
      const { failing: bad, lines } = results[index];
      if (bad) failing++;
      console.log(`${pkg.name}: ${lines.length === 0 ? 'clean' : `${bad ? 'FAIL' : 'suggestions only'}`}`);
      for (const line of lines) console.log(`  ${line}`);
    }
    const summary = `lint: publint --strict and attw (esm-only) on ${packages.length} tarballs in ${((Date.now() - started) / 1000).toFixed(1)} s`;
    if (failing > 0) fail(`${summary}: ${failing} failing`);
    console.log(`${summary}: none failing`);
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
});
