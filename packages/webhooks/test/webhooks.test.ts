// The portable suite (test/suite) under vitest in Node; test/runtimes/run.mjs runs it in the other runtimes.
import { it } from 'vitest';
import { allCases } from './suite/cases.js';

for (const testCase of allCases()) it(testCase.name, testCase.run);
