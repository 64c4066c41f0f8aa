#!/usr/bin/env node
// `pnpm bench`: throughput, memory and Excel cost of the real CLI at archive scale, against a baseline.
//
//   node scripts/bench.mjs            full run (about 15–20 minutes on 2 cores: the 10× report writes 127,860 pages)
//   node scripts/bench.mjs --quick    2,000 documents, no 10× corpus, 256 KB adversarial texts (about 1 minute)
//   node scripts/bench.mjs --no-10x   skip the ten-times corpus
//   node scripts/bench.mjs --no-adversarial
//   node scripts/bench.mjs --repeat 5 each 1× run five times (default 3, 1 with --quick)
//
// Every run is a child process: `node packages/cli/dist/bin.js extract <corpus> -o <out> --jobs N`.
// Peak RSS is sampled from /proc every 25 ms over the process and all its descendants (worker threads
// live inside the CLI process, so its RSS covers them); CPU seconds come from /proc/<pid>/stat.
// The baseline (scripts/bench-baseline.mjs) is one Node process that reads the same .jsonl.gz,
// NFC-normalizes each text and runs one sentence regex and one number regex over it. The warm-up rows
// (scripts/bench-jit.mjs) are one thread extracting the 1× set twice: what a fresh worker pays, against warm code.
//   node scripts/bench.mjs path/to/corpus.jsonl.gz   your own set (JSONL, gzipped or not, {"id","text"} a line)
// Only this script reads ../shared: the default set is `../shared/bench/vntc-chinhtri.jsonl.gz` from the
// repository root (the politics and society articles of the VNTC news corpus, not shipped with the
// repository). When it is missing, the bench says where it comes from, how to pass your own, and exits 0.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip, createGzip } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CORPUS = resolve(ROOT, '../shared/bench/vntc-chinhtri.jsonl.gz');
/** A path given on the command line (`pnpm bench my.jsonl.gz`), from where pnpm was started. */
const GIVEN_CORPUS = process.argv
  .slice(2)
  .find((arg, index, all) => !arg.startsWith('--') && all[index - 1] !== '--repeat');
const CORPUS = GIVEN_CORPUS ? resolve(process.env.INIT_CWD ?? process.cwd(), GIVEN_CORPUS) : DEFAULT_CORPUS;
const BIN = join(ROOT, 'packages/cli/dist/bin.js');
const EXTRACTORS = join(ROOT, 'packages/extractors/dist/index.js');
const BASELINE = join(ROOT, 'scripts/bench-baseline.mjs');
const ADVERSARIAL = join(ROOT, 'scripts/bench-adversarial.mjs');
const JIT = join(ROOT, 'scripts/bench-jit.mjs');
/** `--jobs 1` CPU per article when issue #17 was filed (21.3 CPU s over the 12,786 articles, commit 0456a8e): the target halves it. */
const ISSUE_17_J1_CPU_PER_DOC = 21.3 / 12786;

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const WITH_10X = !QUICK && !args.has('--no-10x');
const WITH_ADVERSARIAL = !args.has('--no-adversarial');
const QUICK_DOCS = 2000;
const repeatAt = process.argv.indexOf('--repeat');
/**
 * Rounds of the 1× runs. Each round runs baseline, --jobs 1, --jobs 2 and .xlsx in turn; the table shows
 * the fastest of each (a shared or throttled machine only ever makes a run slower) and the slowest wall
 * time beside it, and the largest peak RSS of all rounds.
 */
const REPEAT = repeatAt > 0 ? Math.max(1, Number(process.argv[repeatAt + 1]) || 1) : QUICK ? 1 : 3;

const log = (line) => process.stderr.write(`bench: ${line}\n`);

/** The child being measured and the temporary folder, removed when the bench is stopped. */
const running = { child: undefined, work: undefined };
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    running.child?.kill('SIGTERM');
    if (running.work) rmSync(running.work, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

// ---------------------------------------------------------------- process-tree sampling

const CLOCK_TICKS = 100; // USER_HZ on Linux
const PAGE_KB = 4;

function readProc(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process is gone
  }
}

/** The pid and all its descendants, from /proc/<pid>/task/<tid>/children. */
function processTree(pid) {
  const out = [];
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop();
    out.push(current);
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${current}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      const children = readProc(`/proc/${current}/task/${tid}/children`);
      if (children) for (const child of children.trim().split(/\s+/).filter(Boolean)) stack.push(Number(child));
    }
  }
  return out;
}

/** RSS (KB) and CPU seconds (user + system) of one process, or undefined when it has exited. */
function sampleProcess(pid) {
  const statm = readProc(`/proc/${pid}/statm`);
  const stat = readProc(`/proc/${pid}/stat`);
  if (!statm || !stat) return undefined;
  const rssKb = Number(statm.split(' ')[1]) * PAGE_KB;
  // Fields after the command name (which may hold spaces): utime is field 14, stime 15 (1-based).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpu = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  return { rssKb, cpu };
}

/**
 * Runs a command and measures it: wall seconds, peak RSS of the whole process tree (MB), CPU seconds
 * of the tree (the last sample before exit, so up to 25 ms short), stderr's tail.
 */
function measure(command, commandArgs, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    running.child = child;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    let peakKb = 0;
    const cpuByPid = new Map();
    const sample = () => {
      let totalKb = 0;
      for (const pid of processTree(child.pid)) {
        const s = sampleProcess(pid);
        if (!s) continue;
        totalKb += s.rssKb;
        cpuByPid.set(pid, s.cpu);
      }
      peakKb = Math.max(peakKb, totalKb);
    };
    const loadBefore = loadavg()[0];
    const timer = setInterval(sample, 25);
    sample();
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wall = (performance.now() - started) / 1000;
      const cpu = [...cpuByPid.values()].reduce((a, b) => a + b, 0);
      if (code !== 0) {
        reject(new Error(`${commandArgs.join(' ')} exited with ${code}\n${stderr}`));
        return;
      }
      const load = Math.max(loadBefore, loadavg()[0]);
      resolvePromise({ wall, peakMb: peakKb / 1024, cpu, load, stdout, stderr });
    });
  });
}

// ---------------------------------------------------------------- corpora

/** Reads a .jsonl.gz (or a plain .jsonl) line by line. */
async function* readLines(path) {
  const input = path.endsWith('.gz') ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  yield* createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

function writeLine(stream, line) {
  return stream.write(`${line}\n`) ? undefined : new Promise((r) => stream.once('drain', r));
}

function finish(stream) {
  return new Promise((resolvePromise, reject) => {
    stream.once('error', reject);
    stream.once('finish', resolvePromise);
    stream.end();
  });
}

/**
 * Writes `copies` copies of the first `limit` documents of the corpus as one .jsonl.gz; copy k > 0
 * gets ids "<id>#k" so every document id stays distinct. Returns the document count and text bytes.
 */
async function buildCorpus(target, copies, limit = Number.POSITIVE_INFINITY) {
  const lines = [];
  for await (const line of readLines(CORPUS)) {
    if (lines.length >= limit) break;
    if (line.trim()) lines.push(line);
  }
  const gzip = createGzip({ level: 1 });
  const file = createWriteStream(target);
  gzip.pipe(file);
  const done = new Promise((resolvePromise, reject) => {
    file.once('error', reject);
    file.once('close', resolvePromise);
  });
  let bytes = 0;
  for (let k = 0; k < copies; k++) {
    for (const line of lines) {
      let out = line;
      if (k > 0) {
        const doc = JSON.parse(line);
        doc.id = `${doc.id}#${k}`;
        out = JSON.stringify(doc);
      }
      bytes += Buffer.byteLength(out) + 1;
      await writeLine(gzip, out);
    }
  }
  await finish(gzip);
  await done;
  return { documents: lines.length * copies, bytes };
}

// ---------------------------------------------------------------- runs

async function runVnpr(corpus, output, jobs, extra = []) {
  const result = await measure(process.execPath, [
    BIN,
    'extract',
    corpus,
    '-o',
    output,
    '--jobs',
    String(jobs),
    ...extra,
  ]);
  const summary = result.stderr.trim().split('\n').pop() ?? '';
  return { ...result, summary, outputBytes: statSync(output).size };
}

/** `vnpr report --from <records> <corpus> -o <folder> --jobs 2`: the review site from an extraction's records, the pages made by two workers; the folder is removed after. */
async function runReportFrom(corpus, records, folder) {
  const result = await measure(process.execPath, [
    BIN,
    'report',
    '--from',
    records,
    corpus,
    '-o',
    folder,
    '--jobs',
    '2',
  ]);
  const summary = result.stderr.trim().split('\n').pop() ?? '';
  await rm(folder, { recursive: true, force: true });
  return { ...result, summary };
}

/**
 * One thread extracting the whole corpus twice (scripts/bench-jit.mjs) under `--trace-opt --trace-deopt`: the
 * CPU of each pass, and the optimizing compiles and deoptimizations V8 traced during it.
 */
async function runWarmUp(corpus) {
  const result = await measure(process.execPath, ['--trace-opt', '--trace-deopt', JIT, EXTRACTORS, corpus]);
  const passes = [];
  let compiles = 0;
  let deopts = 0;
  for (const line of result.stdout.split('\n')) {
    if (line.startsWith('[completed compiling ')) compiles++;
    else if (line.startsWith('[bailout (kind: ')) deopts++;
    else if (line.startsWith('@@pass ')) {
      passes.push({ ...JSON.parse(line.slice(line.indexOf('{'))), compiles, deopts });
      compiles = 0;
      deopts = 0;
    }
  }
  return passes.length === 2 ? { first: passes[0], second: passes[1], load: result.load } : undefined;
}

async function runBaseline(corpus) {
  const result = await measure(process.execPath, [BASELINE, corpus]);
  return { ...result, summary: result.stdout.trim() };
}

// ---------------------------------------------------------------- table

const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

function row(name, corpusInfo, run, extra = '') {
  const docsPerSecond = corpusInfo.documents / run.wall;
  const mbPerSecond = corpusInfo.bytes / 1e6 / run.wall;
  const wall = run.runs > 1 ? `${fmt(run.wall)} (–${fmt(run.slowest)})` : fmt(run.wall);
  return `| ${name} | ${wall} | ${fmt(run.cpu)} | ${fmt(docsPerSecond, 0)} | ${fmt(mbPerSecond, 2)} | ${fmt(run.peakMb, 0)} | ${fmt(run.load, 1)} | ${extra} |`;
}

/** The fastest of several runs of one configuration, with the slowest wall time and the largest peak RSS of all. */
function fastest(runs) {
  const best = runs.reduce((a, b) => (b.wall < a.wall ? b : a));
  return {
    ...best,
    slowest: Math.max(...runs.map((r) => r.wall)),
    peakMb: Math.max(...runs.map((r) => r.peakMb)),
    runs: runs.length,
  };
}

function verdict(ok) {
  return ok ? 'met' : 'MISSED';
}

async function main() {
  if (!existsSync(CORPUS)) {
    log(`no benchmark set at ${CORPUS}: nothing to measure`);
    if (GIVEN_CORPUS) {
      process.exitCode = 1;
      return;
    }
    log('the default set is vntc-chinhtri.jsonl.gz: the 12,786 politics and society articles of the VNTC news');
    log('corpus as JSONL, kept in ../shared/bench beside the repository (it is not part of the repository).');
    log('Measure your own set instead: pnpm bench path/to/corpus.jsonl.gz (JSONL, gzipped or not, one');
    log('{"id","text"} document a line; --quick for a 1-minute run). See docs/performance.md.');
    return;
  }
  if (!existsSync(BIN) || !existsSync(EXTRACTORS)) {
    log('packages are not built: run `pnpm build` first');
    process.exitCode = 1;
    return;
  }
  const work = await mkdtemp(join(tmpdir(), 'vnpr-bench-'));
  running.work = work;
  const lines = [];
  try {
    const cores = availableParallelism();
    log(`${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, work dir ${work}`);

    const one = join(work, 'corpus-1x.jsonl.gz');
    const oneInfo = await buildCorpus(one, 1, QUICK ? QUICK_DOCS : undefined);
    log(`1× corpus: ${oneInfo.documents} documents, ${fmt(oneInfo.bytes / 1e6)} MB of JSONL`);

    const rounds = { base1: [], j1: [], j2: [], x2: [] };
    for (let round = 1; round <= REPEAT; round++) {
      const of = REPEAT > 1 ? ` (round ${round} of ${REPEAT})` : '';
      log(`baseline (1×)${of} …`);
      rounds.base1.push(await runBaseline(one));
      log(`vnpr --jobs 1 → .jsonl (1×)${of} …`);
      rounds.j1.push(await runVnpr(one, join(work, 'out-j1.jsonl'), 1));
      log(`  ${rounds.j1.at(-1).summary} (${fmt(rounds.j1.at(-1).wall)} s)`);
      log(`vnpr --jobs 2 → .jsonl (1×)${of} …`);
      rounds.j2.push(await runVnpr(one, join(work, 'out-j2.jsonl'), 2));
      log(`  ${rounds.j2.at(-1).summary} (${fmt(rounds.j2.at(-1).wall)} s)`);
      log(`vnpr --jobs 2 → .xlsx (1×)${of} …`);
      rounds.x2.push(await runVnpr(one, join(work, 'out-j2.xlsx'), 2));
      log(`  ${rounds.x2.at(-1).summary} (${fmt(rounds.x2.at(-1).wall)} s)`);
    }
    // Paying only for what is asked: one extractor (membership reads numbers, not officials, events or references).
    log('vnpr --jobs 1 --only membership → .jsonl (1×) …');
    const only1 = await runVnpr(one, join(work, 'out-only.jsonl'), 1, ['--only', 'membership']);
    log(`  ${only1.summary}`);
    // The report reads the records of the last --jobs 1 run back (its folder is written and removed).
    log('vnpr report --from (1×) …');
    const report1 = await runReportFrom(one, join(work, 'out-j1.jsonl'), join(work, 'report-1x'));
    log(`  ${report1.summary}`);
    // What two processes on this machine get from its cores: two baselines at once against one alone. On a
    // shared or throttled host two busy cores are slower than one; no parallel program scales past this.
    log('two baselines at once (the scaling of the machine itself) …');
    const pair = await Promise.all([runBaseline(one), runBaseline(one)]);
    const machineScaling = (2 * fastest(rounds.base1).wall) / Math.max(pair[0].wall, pair[1].wall);
    const base1 = fastest(rounds.base1);
    const j1 = fastest(rounds.j1);
    const j2 = fastest(rounds.j2);
    const x2 = fastest(rounds.x2);

    let tenInfo;
    let base10;
    let j2ten;
    let report10;
    if (WITH_10X) {
      const ten = join(work, 'corpus-10x.jsonl.gz');
      tenInfo = await buildCorpus(ten, 10);
      log(`10× corpus: ${tenInfo.documents} documents, ${fmt(tenInfo.bytes / 1e6)} MB of JSONL`);
      await rm(join(work, 'out-j1.jsonl'), { force: true });
      await rm(join(work, 'out-j2.xlsx'), { force: true });
      log('baseline (10×) …');
      base10 = await runBaseline(ten);
      log('vnpr --jobs 2 → .jsonl (10×) …');
      j2ten = await runVnpr(ten, join(work, 'out-10x.jsonl'), 2);
      log(`  ${j2ten.summary}`);
      log('vnpr report --from (10×) …');
      report10 = await runReportFrom(ten, join(work, 'out-10x.jsonl'), join(work, 'report-10x'));
      log(`  ${report10.summary}`);
    }

    // What a fresh isolate (each worker) pays before it runs at full speed: one thread, the corpus twice.
    log("warm-up: one thread extracting the 1× corpus twice, with V8's compile and deopt trace …");
    const warmUp = await runWarmUp(one);

    let adversarial;
    if (WITH_ADVERSARIAL) {
      log('adversarial text, one extractor at a time …');
      const sizes = QUICK ? '65536,262144' : '262144,1048576';
      const run = await measure(process.execPath, [ADVERSARIAL, EXTRACTORS, sizes]);
      adversarial = JSON.parse(run.stdout);
    }

    // ------------------------------------------------ print
    const scaling = j1.wall / j2.wall;
    const vsBaseline = oneInfo.bytes / j2.wall / (oneInfo.bytes / base1.wall);
    const excelCost = x2.wall / j2.wall;
    const label = QUICK ? `1× (first ${QUICK_DOCS} docs)` : '1×';
    lines.push(
      `${cores} cores, Node ${process.version}; ${label} = ${oneInfo.documents} documents, ${fmt(oneInfo.bytes / 1e6)} MB of JSONL (gzip level 1 copy of ${basename(CORPUS)})`,
      '',
      '| run | wall s | CPU s | docs/s | MB/s | peak RSS MB | load | notes |',
      '|---|---:|---:|---:|---:|---:|---:|---|',
      row(`baseline, ${label}`, oneInfo, base1, 'NFC + 1 sentence regex + 1 number regex'),
      `| two baselines at once, ${label} | ${fmt(Math.max(pair[0].wall, pair[1].wall))} | ${fmt(pair[0].cpu + pair[1].cpu)} | | | | | the machine's own scaling: ×${fmt(machineScaling, 2)} |`,
      row(`vnpr --jobs 1 → .jsonl, ${label}`, oneInfo, j1),
      row(
        `vnpr --jobs 2 → .jsonl, ${label}`,
        oneInfo,
        j2,
        `scaling ×${fmt(scaling, 2)}; ${fmt(vsBaseline, 3)} × baseline`,
      ),
      row(`vnpr --jobs 2 → .xlsx, ${label}`, oneInfo, x2, `${fmt(excelCost, 2)} × the .jsonl run`),
      row(
        `vnpr --jobs 1 --only membership → .jsonl, ${label}`,
        oneInfo,
        only1,
        `${fmt(only1.cpu / j1.cpu, 2)} × the CPU of all extractors`,
      ),
      row(`vnpr report --from, ${label}`, oneInfo, report1, 'the site from the --jobs 1 records; pages in 2 workers'),
    );
    if (tenInfo && base10 && j2ten) {
      lines.push(
        row('baseline, 10×', tenInfo, base10),
        row('vnpr --jobs 2 → .jsonl, 10×', tenInfo, j2ten, `RSS ${fmt(j2ten.peakMb / j2.peakMb, 2)} × the 1× run`),
      );
    }
    if (tenInfo && report10) {
      lines.push(
        row(
          'vnpr report --from, 10×',
          tenInfo,
          report10,
          `RSS ${fmt(report10.peakMb / report1.peakMb, 2)} × the 1× run`,
        ),
      );
    }
    lines.push(
      '',
      `wall s: the fastest of ${REPEAT} round${REPEAT > 1 ? 's' : ''} (the slowest after the dash); docs/s, MB/s, CPU s and the`,
      'ratios come from the fastest round; peak RSS is the largest of all rounds.',
      'The 10× corpus runs once, with --jobs 2 only (time budget), and so do the report rows (from the records of the',
      '--jobs 1 run at 1×, of the --jobs 2 run at 10×). CPU s: user + system of the whole process tree.',
      `load: the 1-minute load average at the start or end of the run, whichever is higher; above ${cores} other`,
      'processes were competing for the cores and the wall-clock figures (docs/s, MB/s, scaling) are pessimistic.',
      '',
      'Targets:',
      '',
    );
    const j1PerDoc = j1.cpu / oneInfo.documents;
    const targets = [
      [
        `vnpr --jobs 2 ≥ 0.2 × baseline throughput (the goal beyond: 0.3 ×)`,
        `${fmt(vsBaseline, 3)} ×`,
        vsBaseline >= 0.2,
      ],
      [
        `--jobs 1 CPU per article ≤ half of ${fmt(ISSUE_17_J1_CPU_PER_DOC * 1000, 2)} ms (issue #17's start)`,
        `${fmt(j1PerDoc * 1000, 2)} ms (${fmt(j1PerDoc / ISSUE_17_J1_CPU_PER_DOC, 2)} ×)`,
        j1PerDoc <= ISSUE_17_J1_CPU_PER_DOC / 2,
      ],
      [
        `--jobs 2 scaling ≥ 90% of the machine's`,
        `×${fmt(scaling, 2)} of ×${fmt(machineScaling, 2)} (${fmt((100 * scaling) / machineScaling, 0)}%)`,
        scaling >= 0.9 * machineScaling,
      ],
      [
        `peak RSS ≤ 400 MB`,
        `${fmt(Math.max(j1.peakMb, j2.peakMb, x2.peakMb, j2ten?.peakMb ?? 0), 0)} MB`,
        Math.max(j1.peakMb, j2.peakMb, x2.peakMb, j2ten?.peakMb ?? 0) <= 400,
      ],
      [`Excel ≤ 2 × JSONL time`, `${fmt(excelCost, 2)} ×`, excelCost <= 2],
      [
        `report --from peak RSS ≤ 400 MB`,
        `${fmt(Math.max(report1.peakMb, report10?.peakMb ?? 0), 0)} MB`,
        Math.max(report1.peakMb, report10?.peakMb ?? 0) <= 400,
      ],
    ];
    if (j2ten) {
      const ratio = j2ten.peakMb / j2.peakMb;
      targets.push([`10× RSS ≤ 1.2 × 1× RSS`, `${fmt(ratio, 2)} ×`, ratio <= 1.2]);
    }
    if (report10) {
      const ratio = report10.peakMb / report1.peakMb;
      targets.push([`report --from 10× RSS ≤ 1.2 × 1× RSS`, `${fmt(ratio, 2)} ×`, ratio <= 1.2]);
    }
    lines.push('| target | measured | |', '|---|---:|---|');
    for (const [name, value, ok] of targets) lines.push(`| ${name} | ${value} | ${verdict(ok)} |`);
    if (warmUp) {
      const { first, second } = warmUp;
      lines.push(
        '',
        `Warm-up (scripts/bench-jit.mjs: one thread, \`extract\` over the ${label} set twice; compiles and deopts from V8's trace):`,
        '',
        '| pass | wall s | CPU s | optimizing compiles | deopts |',
        '|---|---:|---:|---:|---:|',
        `| first (a fresh isolate, as each worker) | ${fmt(first.wall)} | ${fmt(first.cpu)} | ${first.compiles} | ${first.deopts} |`,
        `| second (the same code, warm) | ${fmt(second.wall)} | ${fmt(second.cpu)} | ${second.compiles} | ${second.deopts} |`,
        '',
        `The warm-up costs ${fmt(first.cpu - second.cpu)} CPU s (${fmt((100 * (first.cpu - second.cpu)) / first.cpu, 0)}% of the first pass), once per isolate: ` +
          'TurboFan compiles on background threads (CPU above the wall time), recompiles after deopts, slower code until then.',
      );
    }
    if (adversarial) {
      const [small, large] = adversarial.sizes;
      lines.push(
        '',
        `Adversarial text (one document, \`extract(text, { only: [id] })\` on the built dist; analyze() included):`,
        '',
        `| extractor | s/MB at ${small / 1024} KB | s/MB at ${large / 1024} KB | growth | records |`,
        '|---|---:|---:|---:|---:|',
      );
      let worst = 0;
      for (const r of adversarial.rows) {
        worst = Math.max(worst, r.growth);
        lines.push(`| ${r.id} | ${fmt(r.small, 2)} | ${fmt(r.large, 2)} | ×${fmt(r.growth, 2)} | ${r.records} |`);
      }
      lines.push(
        '',
        `growth = (s/MB at ${large / 1024} KB) ÷ (s/MB at ${small / 1024} KB): ~1 is linear, ~${large / small} would be quadratic. ` +
          `Worst ×${fmt(worst, 2)}: ${worst <= 1.5 ? 'no super-linear extractor' : 'SUPER-LINEAR'}.`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
