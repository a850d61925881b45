import { defineConfig } from 'vitest/config';

// The parity test builds the gateway if needed and starts it and the floor as child processes.
export default defineConfig({
  test: {
    include: ['test/**/*.test.mjs'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
