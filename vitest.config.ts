import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Every package's and example's tests in one vitest process, each project with its own settings (the
// vitest.config.ts in its folder). The stress projects (vitest.stress.config.ts: load runs, the memory run, the
// SIGTERM loop, the fuzz run) run on their own: scripts/run-tests.mjs picks them, or leaves them out, with
// --project. One worker per CPU (vitest's default leaves one CPU to its main process, which mostly waits).
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'examples/*/vitest.config.ts', 'packages/*/vitest.stress.config.ts'],
    maxWorkers: availableParallelism(),
  },
});
