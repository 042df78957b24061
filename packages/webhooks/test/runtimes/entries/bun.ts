// Registers every case with Bun's own test runner (`bun test`).
// @ts-expect-error bun:test has no types here (the suite compiles without runtime types)
import { test } from 'bun:test';
import { allCases } from '../../suite/cases.js';

for (const testCase of allCases()) (test as (name: string, fn: () => Promise<void>) => void)(testCase.name, testCase.run);
