// Issue 17: the worker threads' heaps. A worker's old generation is capped just under 2,048 MB, where V8 stops
// letting a heap grow to four times its live size between collections, and its young generation at half the
// default (see getWorkerLimits in pool/worker-pool.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getWorkerLimits } from '../../packages/cli/src/pool/worker-pool.js';
import { CORPUS, runVnpr } from './helpers.js';

let dir: string;
let plugin: string;

const MB = 2 ** 20;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-workers-'));
  // A plugin that says, by throwing, the heap limit of the thread it runs on (vnpr reports the first message).
  plugin = join(dir, 'heap-limit.js');
  writeFileSync(
    plugin,
    [
      "import { getHeapStatistics } from 'node:v8';",
      'export default { id: "heapLimit", schema: { safeParse: (data) => ({ success: true, data }) },',
      '  extract: () => { throw new Error("heap limit " + getHeapStatistics().heap_size_limit); } };',
      '',
    ].join('\n'),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The heap limit (bytes) of the thread that extracts with `--jobs <jobs>`. */
async function readHeapLimit(jobs: string): Promise<number> {
  const run = await runVnpr(['extract', CORPUS, '-o', '-', '--plugin', plugin, '--jobs', jobs]);
  expect(run.code, run.stderr).toBe(0);
  const limit = /heap limit (?<bytes>\d+)/.exec(run.stderr)?.groups?.bytes;
  expect(limit, run.stderr).toBeDefined();
  return Number(limit);
}

describe('worker heaps', () => {
  it.each([
    [4144, { maxOldGenerationSizeMb: 2047, maxYoungGenerationSizeMb: 24 }],
    [2096, { maxOldGenerationSizeMb: 2047, maxYoungGenerationSizeMb: 24 }],
    [2095, {}],
    [1072, {}],
  ])('of a process whose heap limit is %i MB: %j', (mb, limits) => {
    expect(getWorkerLimits(mb * MB)).toEqual(limits);
  });

  it('are capped under 2,048 MB of old generation and 24 MB of young when V8 would give them more', async () => {
    const main = await readHeapLimit('0');
    const worker = await readHeapLimit('1');
    if (main / MB >= 2048 + 48) {
      expect(worker / MB).toBe(2047 + 24); // the limit counts both generations
    } else {
      expect(worker).toBe(main); // a host with less memory: V8's own, smaller limit is kept
    }
  });
});
