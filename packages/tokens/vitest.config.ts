import { defineConfig } from 'vitest/config';

// The type tests (test/*.test-d.ts) are checked by tsc (the typecheck step: test/tsconfig.json includes them),
// not by vitest.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'] },
});
