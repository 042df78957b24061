#!/usr/bin/env node
// Type-checks every TypeScript block of every README (the root's, each package's, each example's) against
// the built packages, with the project's strict flags (tsconfig.base.json), the way a reader would paste it
// into a module of their own. Names a block uses without declaring come from one shared prelude
// (prelude.d.ts: `declare const sessionId: string;` and the like).
//
// A block that is not meant to compile (a shape, a fragment) is marked in the Markdown, either with a
// comment on the line before its fence or in the fence's info string, and is counted in the output:
//
//   <!-- no-typecheck: why -->        ```ts no-check
//   ```ts
//
// Prints one line (blocks checked, blocks marked, by file) and the compiler's errors mapped back to the
// README's line numbers; exits 1 when a block does not compile or a README cannot be read.
//   node checks/readme/typecheck.mjs [--list]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const out = join(here, '.out');
const list = process.argv.includes('--list');

/** Every README of the project: the root's and one per workspace folder. */
function readmes() {
  const files = ['README.md'];
  for (const parent of ['packages', 'examples']) {
    for (const entry of readdirSync(join(root, parent), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = join(parent, entry.name, 'README.md');
      if (entry.isDirectory() && existsSync(join(root, file))) files.push(file);
    }
  }
  for (const file of ['bench/README.md', 'checks/README.md']) if (existsSync(join(root, file))) files.push(file);
  return files;
}

const TS_FENCE = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript|tsx|mts|cts)\b(.*)$/i;
const MARK = /<!--\s*no-typecheck\b(.*?)-->/i;

/** The TypeScript blocks of one Markdown file: { line (1-based, of the first code line), code, skip, reason }. */
function blocks(file) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!fence) continue;
    const close = new RegExp(`^\\s*${fence[2][0]}{${fence[2].length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end])) end++;
    const ts = TS_FENCE.exec(lines[i]);
    if (ts) {
      // The marker: in the info string, or in an HTML comment on the closest non-blank line above.
      let above = i - 1;
      while (above >= 0 && lines[above].trim() === '') above--;
      const comment = above >= 0 ? MARK.exec(lines[above]) : null;
      const info = /\bno-?check\b/i.test(ts[4]);
      const indent = ts[1].length;
      const code = lines.slice(i + 1, end).map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)));
      found.push({
        line: i + 2,
        code: code.join('\n'),
        skip: Boolean(comment || info),
        reason: (comment?.[1] ?? '').replace(/^\s*:\s*/, '').trim() || (info ? ts[4].trim() : ''),
      });
    }
    i = end;
  }
  return found;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const files = [];
const skipped = [];
const perReadme = [];
const origin = new Map(); // generated file -> { readme, line }
for (const readme of readmes()) {
  const found = blocks(readme);
  let checked = 0;
  found.forEach((block, index) => {
    if (block.skip) {
      skipped.push(`${readme}:${block.line}${block.reason ? ` (${block.reason})` : ''}`);
      return;
    }
    const name = `${readme.replace(/\/?README\.md$/, '').replace(/[^A-Za-z0-9]+/g, '-') || 'root'}-${index + 1}.ts`;
    // `export {}` keeps every block a module of its own, as a reader's file would be.
    writeFileSync(join(out, name), `${block.code}\nexport {};\n`);
    origin.set(name, { readme, line: block.line });
    files.push(name);
    checked++;
  });
  perReadme.push({ readme, checked, skipped: found.length - checked });
}

const base = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;
writeFileSync(
  join(out, 'tsconfig.json'),
  JSON.stringify(
    {
      extends: '../../../tsconfig.base.json',
      compilerOptions: {
        // The strict flags stay (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess, ...). A README
        // block shows a call and may leave a result unused, which is no defect of the block.
        noUnusedLocals: false,
        noUnusedParameters: false,
        types: ['node'],
        noEmit: true,
        skipLibCheck: base.skipLibCheck ?? true,
      },
      files: ['../prelude.d.ts', ...files],
    },
    null,
    2,
  ),
);

const require = createRequire(import.meta.url);
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(out, 'tsconfig.json'), '--pretty', 'false'], { cwd: out, encoding: 'utf8' });
const errors = `${result.stdout}${result.stderr}`
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => {
    // blocks/x.ts(3,7): error TS... -> README.md:<line>:7: error TS...
    const match = /^([^()]+)\((\d+),(\d+)\):\s*(.*)$/.exec(line);
    const from = match && origin.get(match[1].replace(/^.*[\\/]/, ''));
    return from ? `${from.readme}:${from.line + Number(match[2]) - 1}:${match[3]}: ${match[4]}` : line;
  });

if (list) {
  for (const { readme, checked, skipped: marked } of perReadme) console.log(`${readme}: ${checked} checked${marked ? `, ${marked} marked no-typecheck` : ''}`);
}
const total = files.length;
const summary = `README TypeScript blocks: ${total} type-checked in ${perReadme.length} READMEs, ${skipped.length} marked no-typecheck${skipped.length ? ` (${skipped.join('; ')})` : ''}`;
if (result.status !== 0 || errors.length > 0) {
  console.error(errors.join('\n'));
  console.error(`${summary}; they do not compile (tsc exited ${result.status})`);
  process.exit(1);
}
if (total === 0) {
  console.error(`${summary}: no block found, so nothing was checked`);
  process.exit(1);
}
console.log(summary);
