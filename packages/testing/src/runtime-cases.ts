// The in-runtime half of `@opentok/testing/runtimes`: bundled into a package's runtime entries, so it uses
// no Node API. It runs portable cases outside a test runner and reports them the way the driver reads them.

/** One portable case: a name and a function that rejects on failure. */
export interface PortableCase {
  readonly name: string;
  readonly run: () => Promise<void>;
}

/** One case's outcome, as the driver reads it. */
export interface CaseResult {
  readonly name: string;
  readonly status: 'passed' | 'failed';
}

/** The totals of {@link runCases}, every case's outcome, and one `name: stack` line per failed case. */
export interface RunResult {
  passed: number;
  failed: number;
  cases: CaseResult[];
  failures: string[];
}

/**
 * Runs the cases one after another, counting the passed and the failed, keeping each case's outcome and each
 * failure's stack.
 *
 * @example
 * ```ts
 * import { runCases } from '@opentok/testing/runtime-cases';
 * const { passed, failed, failures } = await runCases(allCases());
 * ```
 */
export async function runCases(cases: readonly PortableCase[]): Promise<RunResult> {
  const result: RunResult = { passed: 0, failed: 0, cases: [], failures: [] };
  for (const testCase of cases) {
    try {
      await testCase.run();
      result.passed++;
      result.cases.push({ name: testCase.name, status: 'passed' });
    } catch (error) {
      result.failed++;
      result.cases.push({ name: testCase.name, status: 'failed' });
      result.failures.push(`${testCase.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  return result;
}

/**
 * A Worker module for `workerd test`: its `test()` handler runs the cases, logs each failure, the line
 * `CASES <JSON list of { name, status }>` and the line `RESULT <passed> passed, <failed> failed` the driver reads,
 * and throws when any case failed.
 *
 * @example
 * ```ts
 * import { casesWorker } from '@opentok/testing/runtime-cases';
 * export default casesWorker(allCases);
 * ```
 */
export function casesWorker(cases: () => readonly PortableCase[]): { test(): Promise<void> } {
  return {
    async test(): Promise<void> {
      const { passed, failed, cases: outcomes, failures } = await runCases(cases());
      for (const failure of failures) console.error(`FAIL ${failure}`);
      console.log(`CASES ${JSON.stringify(outcomes)}`);
      console.log(`RESULT ${passed} passed, ${failed} failed`);
      if (failed > 0) throw new Error(`${failed} case(s) failed`);
    },
  };
}

/**
 * Runs the cases in a browser page and leaves the {@link RunResult} on `globalThis.__result`, where the
 * driver's Playwright page waits for it.
 *
 * @example
 * ```ts
 * import { publishCaseResults } from '@opentok/testing/runtime-cases';
 * publishCaseResults(allCases());
 * ```
 */
export function publishCaseResults(cases: readonly PortableCase[]): void {
  const target = globalThis as { __result?: unknown };
  runCases(cases).then(
    (result) => (target.__result = result),
    (error: unknown) => (target.__result = { passed: 0, failed: 1, cases: [], failures: [String(error)] }),
  );
}
