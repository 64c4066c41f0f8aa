// `pnpm test:cluster`: the Slurm job array of docs/scale.md, run for real on a one-node cluster
// (examples/slurm/extract-array.sbatch over a corpus of about 2,000 documents), merged with
// `vnpr merge` and compared with a single-machine `vnpr extract` of the same corpus. Skipped, with
// one line saying why, where Slurm cannot run (not Linux, not root, no apt-get to install it).
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, CORPUS, ExcelJS, ROOT } from '../cli/helpers.js';
import { buildCorpus } from './build-corpus.js';
import { installSlurm, type SlurmCluster, startCluster, whyNoSlurm } from './slurm.js';

const SCRIPT = join(ROOT, 'examples', 'slurm', 'extract-array.sbatch');
const DOCUMENTS = 2000;
const SHARDS = 4;
/** The task made to fail and rerun alone. */
const FAILING_TASK = 2;

const skipReason = whyNoSlurm();
if (skipReason) console.log(`test:cluster skipped: ${skipReason}`);

let dir: string;
let cluster: SlurmCluster | undefined;
const timings: Record<string, number> = {};

function log(line: string): void {
  process.stderr.write(`[cluster] ${line}\n`);
}

/** Runs a program to completion, timing it; throws with its output when `expectOk` and it fails. */
function run(
  label: string,
  program: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; expectOk?: boolean } = {},
): SpawnSyncReturns<string> {
  const startedAt = performance.now();
  const result = spawnSync(program, args, {
    cwd: ROOT,
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  timings[label] = (performance.now() - startedAt) / 1000;
  log(`${label}: exit ${result.status} in ${timings[label]?.toFixed(1)} s`);
  if ((options.expectOk ?? true) && result.status !== 0)
    throw new Error(`${label} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

function vnpr(label: string, args: string[]): SpawnSyncReturns<string> {
  return run(label, process.execPath, [BIN, ...args]);
}

/** Submits the array script of docs/scale.md and waits for every task (`sbatch --wait`). */
function submitArray(label: string, array: string, results: string, expectOk = true): SpawnSyncReturns<string> {
  if (!cluster) throw new Error('the cluster is not running');
  const env = {
    ...cluster.env,
    VNPR_HOME: ROOT,
    VNPR_INPUT: join(dir, 'corpus'),
    VNPR_RESULTS: results,
    VNPR_SHARDS: String(SHARDS),
  };
  const overrides = ['--cpus-per-task=1', '--mem=1G', '--time=20', `--output=${join(dir, 'log', 'task-%A_%a.log')}`];
  return run(label, 'sbatch', ['--wait', `--array=${array}`, ...overrides, SCRIPT], { env, expectOk });
}

/** Sheet names and row counts of a workbook. */
async function describeWorkbook(path: string): Promise<[string, number][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((sheet) => [sheet.name, sheet.rowCount]);
}

describe.skipIf(Boolean(skipReason))('a Slurm job array of vnpr extract --shard, merged', () => {
  beforeAll(async () => {
    installSlurm(log);
    dir = mkdtempSync(join(tmpdir(), 'vnpr-cluster-'));
    mkdirSync(join(dir, 'log'));
    const files = buildCorpus(CORPUS, join(dir, 'corpus'), DOCUMENTS);
    log(`corpus: ${files} files in ${join(dir, 'corpus')}`);
    const jobs = String(availableParallelism());
    vnpr('single machine → JSONL', ['extract', join(dir, 'corpus'), '-o', join(dir, 'single.jsonl'), '--jobs', jobs]);
    vnpr('single machine → Excel', ['extract', join(dir, 'corpus'), '-o', join(dir, 'single.xlsx'), '--jobs', jobs]);
    const startedAt = performance.now();
    cluster = await startCluster(join(dir, 'slurm'));
    log(
      `cluster up (munged, slurmctld, slurmd; node idle) in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
    );
  }, 900_000);

  afterAll(async () => {
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    log(
      Object.entries(timings)
        .map(([label, seconds]) => `${label} ${seconds.toFixed(1)} s`)
        .join('; '),
    );
  }, 60_000);

  it('the merged shards are the single-machine records, byte for byte, and the same workbook', async () => {
    const results = join(dir, 'results');
    submitArray(`array 0-${SHARDS - 1}`, `0-${SHARDS - 1}`, results);
    for (let task = 0; task < SHARDS; task++) expect(existsSync(join(results, `part-${task}.jsonl`))).toBe(true);

    const merged = join(dir, 'merged.jsonl');
    const merge = vnpr('merge → JSONL', ['merge', results, '-o', merged]);
    expect(merge.stderr).not.toContain('duplicate-doc');
    const single = readFileSync(join(dir, 'single.jsonl'));
    expect(single.length).toBeGreaterThan(0);
    expect(readFileSync(merged).equals(single)).toBe(true);
    // Error records (the binary and the empty file) went through the shards and the merge.
    expect(single.toString('utf8')).toContain('"code":"binary"');
    expect(single.toString('utf8')).toContain('"code":"empty"');

    vnpr('merge → Excel', ['merge', results, '-o', join(dir, 'merged.xlsx')]);
    const expected = await describeWorkbook(join(dir, 'single.xlsx'));
    expect(expected.map(([name]) => name)).toContain('documents');
    expect(await describeWorkbook(join(dir, 'merged.xlsx'))).toEqual(expected);
  }, 900_000);

  it('a failed task, rerun alone with sbatch --array=K, completes the same records', () => {
    const results = join(dir, 'results-rerun');
    // The task cannot put its part in place: a folder stands where part-K.jsonl goes.
    const blocked = join(results, `part-${FAILING_TASK}.jsonl`);
    mkdirSync(blocked, { recursive: true });
    const failed = submitArray(
      `array 0-${SHARDS - 1} with task ${FAILING_TASK} failing`,
      `0-${SHARDS - 1}`,
      results,
      false,
    );
    // The task failed on its output, as its log says. (sbatch --wait's own status, the highest of the tasks',
    // came back 0 once on this one-node cluster although the task had exited 2: the log is the evidence.)
    const job = /Submitted batch job (\d+)/.exec(failed.stdout)?.[1];
    expect(job, failed.stdout).toBeDefined();
    const taskLog = readFileSync(join(dir, 'log', `task-${job}_${FAILING_TASK}.log`), 'utf8');
    expect(taskLog).toContain('is a folder');
    expect(statSync(blocked).isDirectory()).toBe(true);
    for (let task = 0; task < SHARDS; task++)
      if (task !== FAILING_TASK) expect(statSync(join(results, `part-${task}.jsonl`)).isFile()).toBe(true);

    rmdirSync(blocked);
    submitArray(`rerun of task ${FAILING_TASK}`, String(FAILING_TASK), results);
    const merged = join(dir, 'merged-rerun.jsonl');
    vnpr('merge after the rerun', ['merge', results, '-o', merged]);
    expect(readFileSync(merged).equals(readFileSync(join(dir, 'single.jsonl')))).toBe(true);
  }, 900_000);
});

// The mapper of the Hadoop and Spark recipes, without either: `split` the JSONL into parts, run
// `vnpr extract --stdin` on each through `xargs -P 2` as Streaming runs mappers, merge the outputs.
const hasTools = ['split', 'xargs', 'sh'].every(
  (tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0,
);

describe.skipIf(!hasTools)('vnpr extract --stdin over split parts, as a Streaming mapper', () => {
  let pipeDir: string;
  beforeAll(() => {
    pipeDir = mkdtempSync(join(tmpdir(), 'vnpr-pipe-'));
  });
  afterAll(() => rmSync(pipeDir, { recursive: true, force: true }));

  it('gives the records of a single extract of the same JSONL', () => {
    const corpus = join(pipeDir, 'corpus');
    buildCorpus(CORPUS, corpus, DOCUMENTS / 4);
    const ids = readdirSync(corpus, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.txt') && !path.startsWith('broken'))
      .sort();
    const lines = ids.map((id) => JSON.stringify({ id, text: readFileSync(join(corpus, id), 'utf8') }));
    writeFileSync(join(pipeDir, 'docs.jsonl'), `${lines.join('\n')}\n{"id": "no-text"}\nnot json\n`);
    vnpr('single extract of docs.jsonl', ['extract', join(pipeDir, 'docs.jsonl'), '-o', join(pipeDir, 'single.jsonl')]);

    mkdirSync(join(pipeDir, 'parts'));
    mkdirSync(join(pipeDir, 'out'));
    run('split -n l/4', 'split', ['-n', 'l/4', join(pipeDir, 'docs.jsonl'), join(pipeDir, 'parts', 'docs-')]);
    const mapper = `"${process.execPath}" "${BIN}" extract --stdin < "$0" > "${join(pipeDir, 'out')}/$(basename "$0").jsonl"`;
    const parts = readdirSync(join(pipeDir, 'parts')).map((name) => join(pipeDir, 'parts', name));
    expect(parts).toHaveLength(4);
    run('xargs -P 2 vnpr extract --stdin', 'sh', [
      '-c',
      `printf '%s\\n' "$@" | xargs -P 2 -n 1 sh -c '${mapper}'`,
      'sh',
      ...parts,
    ]);
    vnpr('merge of the mapper outputs', ['merge', join(pipeDir, 'out'), '-o', join(pipeDir, 'merged.jsonl')]);
    const single = readFileSync(join(pipeDir, 'single.jsonl'), 'utf8');
    const merged = readFileSync(join(pipeDir, 'merged.jsonl'), 'utf8');
    // extract names the two bad lines by file and line (docs.jsonl#…), the mapper by stdin line: compare the rest.
    const withoutBadLines = (text: string) =>
      text
        .split('\n')
        .filter((line) => line && !line.includes('"code":"invalid-json"') && !line.includes('"code":"missing-text"'))
        .join('\n');
    expect(merged.split('\n').filter((line) => line.includes('"code":"missing-text"'))).toHaveLength(1);
    expect(withoutBadLines(merged)).toBe(withoutBadLines(single));
    expect(withoutBadLines(single).length).toBeGreaterThan(50_000);
  });
});
