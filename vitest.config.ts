import { defineConfig } from 'vitest/config';

// vitest 4.1.x (vitest 5 needs Node 22). Reporters for CI are added by scripts/test.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '.tools/**'],
    // Many tests start pwsh (about 1 s each) or run the compiler: be generous.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time: most of the suite waits on pwsh or Wine processes, and vitest's default on
    // a 2-core machine is one worker, which doubles the wall time.
    maxWorkers: 2,
  },
});
