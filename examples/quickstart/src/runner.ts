/**
 * One step of the walk-through: a title, and what it does, returning one or more short result lines. A line
 * that starts with two spaces details the line before it: it is printed under it, without a tick.
 */
export interface Step {
  readonly title: string;
  /** Set when the step cannot run in this mode; the text says why. */
  readonly skip?: string | undefined;
  run(): Promise<string | readonly string[]>;
}

/** What {@link runSteps} reports. */
export interface RunSummary {
  readonly succeeded: number;
  readonly skipped: number;
  readonly failed: boolean;
}

const width = (total: number) => String(total).length;

/**
 * Runs the steps in order, printing "N. title" then its result lines (or why it was skipped, or the
 * error), and stops at the first failure: later steps depend on earlier ones.
 */
export async function runSteps(steps: readonly Step[], print: (line: string) => void): Promise<RunSummary> {
  let succeeded = 0;
  let skipped = 0;
  const pad = width(steps.length);
  for (const [index, step] of steps.entries()) {
    const number = `${String(index + 1).padStart(pad)}.`;
    const indent = ' '.repeat(number.length + 1);
    if (step.skip !== undefined) {
      print(`${number} ${step.title}  (skipped)`);
      print(`${indent}- ${step.skip}`);
      skipped += 1;
      continue;
    }
    print(`${number} ${step.title}`);
    try {
      const result = await step.run();
      for (const line of typeof result === 'string' ? [result] : result) print(line.startsWith('  ') ? `${indent}${line}` : `${indent}✓ ${line}`);
      succeeded += 1;
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      print(`${indent}✗ ${name}: ${error instanceof Error ? error.message : String(error)}`);
      return { succeeded, skipped, failed: true };
    }
  }
  return { succeeded, skipped, failed: false };
}
