// Runs the portable cases one after another outside vitest; the runtime entries report the totals.
import type { TestCase } from '../suite/cases.js';

export interface RunResult {
  passed: number;
  failed: number;
  failures: string[];
}

export async function runCases(cases: readonly TestCase[]): Promise<RunResult> {
  const result: RunResult = { passed: 0, failed: 0, failures: [] };
  for (const testCase of cases) {
    try {
      await testCase.run();
      result.passed++;
    } catch (error) {
      result.failed++;
      result.failures.push(`${testCase.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  return result;
}
