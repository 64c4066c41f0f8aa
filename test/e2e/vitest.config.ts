// Browser tests of `vnpr report`: `pnpm test:e2e` (not part of `pnpm test`). They need Chromium at
// /usr/bin/chromium (Debian's `chromium` package) and the built CLI (`tsc -b`, which the script runs).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
