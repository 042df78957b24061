// Registers every case with Deno's own test runner (`deno test`).
import { allCases } from '../../suite/cases.js';

declare const Deno: { test(name: string, fn: () => Promise<void>): void };
for (const testCase of allCases()) Deno.test(testCase.name, testCase.run);
