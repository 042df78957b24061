import { configDefaults, defineConfig } from 'vitest/config';
import config from './vitest.config';

// The emulator's stress and soak tests alone, with the package's own settings: CI runs them once, in a step of
// their own (`npx -y pnpm@10.34.9 run test:stress` at the repository root).
export default defineConfig({
  ...config,
  test: { ...config.test, name: '@opentok/emulator (stress)', include: ['test/**/*.stress.test.ts'], exclude: configDefaults.exclude },
});
