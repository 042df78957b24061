// Runs the suite in the page and leaves the result on `globalThis.__result` for the Playwright driver.
import { allCases } from '../../suite/cases.js';
import { runCases } from '../harness.js';

const target = globalThis as { __result?: unknown };
runCases(allCases()).then(
  (result) => (target.__result = result),
  (error: unknown) => (target.__result = { passed: 0, failed: 1, failures: [String(error)] }),
);
