// `--jobs` above the core count is capped at it, with a notice (1,000 worker threads once took 6.4 GB for
// five files); anything but a whole number of 0 or more is a usage error, in `extract` and `eval` alike.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, parseJsonl, runVnpr } from '../cli/helpers.js';

const FILE = join(CORPUS, '001_86274c714c503a99.txt');
const cores = availableParallelism();

describe('--jobs', () => {
  it.each(['1e3', String(cores + 1)])('%s is capped at the core count, with a one-line notice', async (jobs) => {
    const run = await runVnpr(['extract', FILE, '-o', '-', '--jobs', jobs]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `vnpr: --jobs ${Number(jobs)} is more than the ${cores} cores here: using ${cores} worker threads\n`,
    );
    expect(parseJsonl(run.stdout).filter((record) => record.type === 'document')).toHaveLength(1);
  });

  it('is capped in eval too', async () => {
    const run = await runVnpr(['eval', '--gold', join(CORPUS, 'seeds.gold.jsonl'), FILE, '--json', '--jobs', '1e3']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`is more than the ${cores} cores here`);
  });

  it.each(['1.5', '-1', '', ' ', 'abc', '2x', 'Infinity'])('refuses "%s" as a usage error', async (jobs) => {
    const runs = await Promise.all([
      runVnpr(['extract', FILE, '-o', '-', `--jobs=${jobs}`]),
      runVnpr(['eval', '--gold', join(CORPUS, 'seeds.gold.jsonl'), FILE, `--jobs=${jobs}`]),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`invalid --jobs "${jobs}": use a whole number, 0 or more`);
      expect(run.stdout).toBe('');
    }
  });
});
