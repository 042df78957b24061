// Runs the suite in the page and leaves the result on `window.__result` for the Playwright driver.
import { runCases } from '../harness.js';
import { webCases } from './web-cases.js';

const target = globalThis as { __result?: unknown };
runCases(webCases()).then(
  (result) => (target.__result = result),
  (error: unknown) => (target.__result = { passed: 0, failed: 1, failures: [String(error)] }),
);
