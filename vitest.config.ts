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
    // Generous: a bundle test that takes 15 s on an idle machine takes four times that on a busy 2-core
    // one (CI proves the suite beside a CPU-bound process). A timeout catches a hang, not slowness.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    pool: 'forks',
    // Most of a test's time is spent waiting on child processes, git and the API's write pacing; under CI
    // (a shared or small runner) one worker fewer keeps each test's wall time within its timeout.
    maxWorkers: process.env.CI ? 2 : 3,
    passWithNoTests: false,
    env: { NO_COLOR: '1', HTTP_PROXY: '', HTTPS_PROXY: '', http_proxy: '', https_proxy: '' },
  },
});
