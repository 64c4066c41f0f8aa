// The Slurm cluster test: `pnpm test:cluster` (not part of `pnpm test`). As root it installs Debian's
// slurm-wlm and munge when missing and runs a one-node cluster; elsewhere it is skipped with one line.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/cluster/**/*.cluster.ts'],
    testTimeout: 900_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
