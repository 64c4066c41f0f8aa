#!/usr/bin/env node
// Scores the built CLI on the development sets in ../shared (the seeds and dev2) with the project's
// scorer, printing the per-type table of each. It reads ../shared, which a user's clone does not have:
// then it says so and exits 0. Not part of `pnpm test`.
//   pnpm eval:dev              both sets
//   pnpm eval:dev dev2 -v      one set, every miss and extra listed (SCORE_VERBOSE=1)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.VNPR_SHARED ?? join(root, '..', 'shared');
const sets = {
  seeds: { docs: join(shared, 'seeds'), gold: join(shared, 'gold', 'seeds.jsonl') },
  dev2: { docs: join(shared, 'dev2', 'docs'), gold: join(shared, 'gold', 'dev2.jsonl') },
};
const scorer = join(shared, 'tools', 'score.mjs');

const args = process.argv.slice(2);
const verbose = args.includes('-v') || args.includes('--verbose');
const wanted = args.filter((a) => !a.startsWith('-'));
for (const name of wanted) {
  if (!(name in sets)) {
    console.error(`eval:dev: unknown set "${name}"; the sets are: ${Object.keys(sets).join(', ')}`);
    process.exit(2);
  }
}

if (!existsSync(scorer)) {
  console.log(`eval:dev: ${shared} is not here (a user's clone has no development sets); nothing to score.`);
  process.exit(0);
}
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');
if (!existsSync(bin)) {
  console.error('eval:dev: the CLI is not built; run `pnpm build` first.');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'vnpr-eval-dev-'));
let failed = false;
try {
  for (const [name, set] of Object.entries(sets)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    if (!existsSync(set.docs) || !existsSync(set.gold)) {
      console.log(`eval:dev: set "${name}" is not in ${shared}; skipped.`);
      continue;
    }
    const out = join(dir, `${name}.jsonl`);
    const run = spawnSync(process.execPath, [bin, 'extract', set.docs, '-o', out], { encoding: 'utf8' });
    if (run.status !== 0) {
      console.error(`eval:dev: extracting ${set.docs} failed (exit ${run.status}):\n${run.stderr}`);
      failed = true;
      continue;
    }
    console.log(`\n## ${name}: ${set.docs}`);
    const env = { ...process.env, ...(verbose ? { SCORE_VERBOSE: '1' } : {}) };
    const score = spawnSync(process.execPath, [scorer, set.gold, out], { encoding: 'utf8', env });
    process.stdout.write(score.stdout);
    if (score.status !== 0) {
      process.stderr.write(score.stderr);
      failed = true;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
