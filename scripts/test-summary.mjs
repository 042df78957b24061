#!/usr/bin/env node
// Adds up the test counts a CI log shows (vitest's "Tests  N passed (M)" lines and the runtime
// runners' "<runtime>: N passed, N failed" lines) and prints them as one closing line.
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2], 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
for (const line of text.split('\n')) {
  const vitest = /^\s*(?:\S+:test:\s+)?Tests\s+(.*)\(\d+\)\s*$/.exec(line);
  const runner = /(\d+) passed, (\d+) failed/.exec(line);
  if (vitest) {
    passed += Number(/(\d+) passed/.exec(vitest[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(vitest[1])?.[1] ?? 0);
  } else if (runner) {
    passed += Number(runner[1]);
    failed += Number(runner[2]);
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
