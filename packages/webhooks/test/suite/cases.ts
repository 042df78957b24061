// The portable suite: plain TypeScript over a tiny assert, so that vitest (Node), workerd, Deno, Bun and
// Chromium run exactly the same cases.
import { fuzzCases } from './fuzz-cases.js';
import { parseCases } from './parse-cases.js';
import type { TestCase } from './test-case.js';
import { verifyCases } from './verify-cases.js';

export type { TestCase } from './test-case.js';
export const allCases = (): TestCase[] => [...parseCases(), ...verifyCases(), ...fuzzCases()];
