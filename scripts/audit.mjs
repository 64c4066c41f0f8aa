#!/usr/bin/env node
// The archive audit: how precise are the records vnpr writes on a general news archive?
//
//   node scripts/audit.mjs sample --seed 7 [--per-type 30] [--records bench.jsonl] [--out eval/audit/seed-7.jsonl]
//     draws a seeded random sample of records per type from the bench set's records (extracting
//     ../shared/bench first when --records is not given) and writes
//       - the judging file (--out): one line per record, its type, docId, span and fields, with
//         `verdict: null` and `note: ""` for a person to fill ("right" | "wrong"; the note says which
//         field is wrong and why). It holds no article text, only offsets into the bench set.
//       - a reading view beside it in out/ (not committed): each record with its sentence.
//   node scripts/audit.mjs score eval/audit/*.jsonl
//     prints precision per type (right / judged) from the verdicts.
//
// `sample` reads ../shared (the bench set), which a user's clone has not: then it says so and exits 0.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.VNPR_SHARED ?? join(root, '..', 'shared');
const bench = join(shared, 'bench', 'vntc-chinhtri.jsonl.gz');
const SKIPPED_TYPES = new Set(['document', 'error', 'check', 'quantity']);
const PROVENANCE = new Set(['type', 'docId', 'span', 'quote', 'sentence']);

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}

/** mulberry32: a small seeded generator, so a sample can be drawn again from its seed. */
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function readJsonl(path, onRecord) {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) onRecord(JSON.parse(line));
}

async function sample(args) {
  const seed = Number(option(args, '--seed', '1'));
  const perType = Number(option(args, '--per-type', '30'));
  if (!Number.isInteger(seed) || !Number.isInteger(perType) || perType < 1) {
    console.error('audit: --seed and --per-type take whole numbers (e.g. --seed 7 --per-type 30)');
    process.exit(2);
  }
  let records = option(args, '--records', null);
  if (!records) {
    if (!existsSync(bench)) {
      console.log(`audit: ${bench} is not here (a user's clone has no bench set); nothing to sample.`);
      process.exit(0);
    }
    mkdirSync(join(root, 'out'), { recursive: true });
    records = join(root, 'out', 'audit-bench.jsonl');
    console.error(`audit: extracting ${bench} into ${records} …`);
    const run = spawnSync(
      process.execPath,
      [join(root, 'packages', 'cli', 'dist', 'bin.js'), 'extract', bench, '-o', records, '--jobs', '2'],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  // Reservoir sampling per type, with the seeded generator: flat memory, one pass.
  const random = seededRandom(seed);
  const reservoirs = new Map();
  const seen = new Map();
  await readJsonl(records, (r) => {
    if (SKIPPED_TYPES.has(r.type)) return;
    const n = (seen.get(r.type) ?? 0) + 1;
    seen.set(r.type, n);
    const reservoir = reservoirs.get(r.type) ?? [];
    reservoirs.set(r.type, reservoir);
    if (reservoir.length < perType) reservoir.push(r);
    else {
      const j = Math.floor(random() * n);
      if (j < perType) reservoir[j] = r;
    }
  });
  const out = option(args, '--out', join(root, 'eval', 'audit', `seed-${seed}.jsonl`));
  const view = join(root, 'out', `${basename(out, '.jsonl')}.view.md`);
  mkdirSync(dirname(out), { recursive: true });
  mkdirSync(dirname(view), { recursive: true });
  const lines = [];
  const shown = [`# Audit sample, seed ${seed}, ${perType} a type\n`];
  for (const type of [...reservoirs.keys()].sort()) {
    const picked = reservoirs
      .get(type)
      .sort((x, y) => (x.docId < y.docId ? -1 : x.docId > y.docId ? 1 : x.span[0] - y.span[0]));
    shown.push(`\n## ${type} (${picked.length} of ${seen.get(type)})\n`);
    for (const r of picked) {
      const fields = Object.fromEntries(Object.entries(r).filter(([k]) => !PROVENANCE.has(k)));
      lines.push(JSON.stringify({ type, docId: r.docId, span: r.span, fields, verdict: null, note: '' }));
      shown.push(
        `- **${r.docId} ${r.span.join('–')}** \`${JSON.stringify(fields)}\`\n  - quote: ${r.quote}\n  - sentence: ${r.sentence}`,
      );
    }
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  writeFileSync(view, `${shown.join('\n')}\n`);
  console.error(`audit: ${lines.length} records to judge in ${out}; read them with their sentences in ${view}`);
}

function score(paths) {
  if (paths.length === 0) {
    console.error('audit: score takes judging files, e.g. node scripts/audit.mjs score eval/audit/seed-7.jsonl');
    process.exit(2);
  }
  const perType = new Map();
  for (const path of paths) {
    if (!existsSync(path)) {
      console.error(`audit: ${path} does not exist (make one with: node scripts/audit.mjs sample --seed N)`);
      process.exit(2);
    }
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const j = JSON.parse(line);
      const t = perType.get(j.type) ?? { right: 0, wrong: 0, open: 0 };
      perType.set(j.type, t);
      if (j.verdict === 'right') t.right++;
      else if (j.verdict === 'wrong') t.wrong++;
      else t.open++;
    }
  }
  console.log('| type | judged | right | wrong | precision | not judged |');
  console.log('|---|---:|---:|---:|---:|---:|');
  let right = 0;
  let judged = 0;
  for (const [type, t] of [...perType].sort()) {
    const n = t.right + t.wrong;
    right += t.right;
    judged += n;
    console.log(`| ${type} | ${n} | ${t.right} | ${t.wrong} | ${n ? (t.right / n).toFixed(2) : '–'} | ${t.open} |`);
  }
  console.log(`| all | ${judged} | ${right} | ${judged - right} | ${judged ? (right / judged).toFixed(2) : '–'} | |`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'sample') await sample(rest);
else if (command === 'score') score(rest);
else {
  console.error(
    'usage: node scripts/audit.mjs sample --seed N [--per-type 30] [--records file.jsonl] [--out file.jsonl]\n       node scripts/audit.mjs score eval/audit/*.jsonl',
  );
  process.exit(2);
}
