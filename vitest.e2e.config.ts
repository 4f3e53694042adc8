import { defineConfig } from 'vitest/config';

// End-to-end tests: the BUILT extension (.output/chrome-mv3) in Debian Chromium via playwright-core.
// One browser at a time: the machines have 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
