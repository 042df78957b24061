import { configDefaults, defineConfig } from 'vitest/config';

// The stress and soak tests (`*.stress.test.ts`: load runs, the memory run, the SIGTERM loop, the fuzz run) are
// left out here and run by vitest.stress.config.ts, with the same settings.
export default defineConfig({
  define: { __SDK_VERSION__: JSON.stringify('0.0.0-test') },
  test: { include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/**/*.stress.test.ts'], testTimeout: 30_000 },
});
