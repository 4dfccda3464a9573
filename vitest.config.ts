import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'actions/**/*.test.ts',
      'shared/**/*.test.ts',
      'sandbox/**/*.test.ts',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
      'cli/**/*.test.ts',
      'docs/**/*.test.ts',
    ],
    exclude: ['node_modules/**', 'dist/**', '.tools/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most of a test's time is spent waiting on child processes, git and the API's write pacing.
    maxWorkers: 3,
    passWithNoTests: false,
    env: { NO_COLOR: '1', HTTP_PROXY: '', HTTPS_PROXY: '', http_proxy: '', https_proxy: '' },
  },
});
