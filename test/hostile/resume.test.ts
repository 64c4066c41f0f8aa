// `--resume` cannot lie (issue 14, item 3): a journal is resumed only by the run that wrote it (same
// options, same inputs), documents are keyed by their place in the run and not by docId alone, and a
// complete output without a journal is never taken for a partial one. Runs are stopped at a chosen
// document by a test plugin that waits there (`gate`), then by SIGTERM, which commits the journal.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInShard } from '../../packages/cli/src/util/shard.js';
import { BIN, parseJsonl, ROOT, runVnpr } from '../cli/helpers.js';

let dir: string;
let plugin: string;
let gate: string;

/** Short reports of the genre, each with a sentence of its own (the gate finds a document by it). */
function report(n: number, unit: string): string {
  return [
    `Đảng ủy ${unit} tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 202${n % 6}.`,
    `Đảng bộ kết nạp ${12 + n} đảng viên mới, đạt ${90 + (n % 10)}% kế hoạch năm.`,
    `Hội nghị đề ra ${3 + (n % 4)} nhóm nhiệm vụ trọng tâm cho thời gian tới (mã số ${n}).`,
  ].join('\n');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-resume-'));
  gate = join(dir, 'gate');
  plugin = join(dir, 'gate-plugin.mjs');
  // zod from the extractors package, by URL: the plugin lives outside the repository.
  const zod = join(dirname(createRequire(join(ROOT, 'packages/extractors/package.json')).resolve('zod')), 'index.js');
  writeFileSync(
    plugin,
    `import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from ${JSON.stringify(pathToFileURL(zod).href)};
const GATE = ${JSON.stringify(gate)};
const pause = new Int32Array(new SharedArrayBuffer(4));
export default {
  id: 'gate',
  schema: z.object({ note: z.string(), docId: z.string().optional(), type: z.string().optional() }),
  extract(doc) {
    // Waits at the document whose text holds the gate's words, until the gate file is gone.
    if (existsSync(GATE) && doc.source.includes(readFileSync(GATE, 'utf8'))) {
      writeFileSync(GATE + '.reached', doc.id);
      while (existsSync(GATE)) Atomics.wait(pause, 0, 0, 20);
    }
    // A record that claims to be the document record of another file.
    if (doc.id === 'a.txt') {
      const sentence = doc.sentences[0];
      return [{ fields: { note: 'tin khác', type: 'document', docId: 'z.txt' }, start: sentence.start, end: sentence.start + 7, sentence }];
    }
    return [];
  },
};
`,
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `vnpr extract ...args` until it reaches the document whose text holds `words`, then stops it with SIGTERM. */
async function interruptAt(args: string[], words: string): Promise<void> {
  writeFileSync(gate, words);
  rmSync(`${gate}.reached`, { force: true });
  const child = spawn(process.execPath, [BIN, 'extract', ...args, '--plugin', plugin, '--jobs', '1'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const started = Date.now();
  while (!existsSync(`${gate}.reached`) && Date.now() - started < 60_000)
    await new Promise((resolve) => setTimeout(resolve, 20));
  // The documents before the gate reach the main thread a moment after the worker moved on.
  await new Promise((resolve) => setTimeout(resolve, 400));
  child.kill('SIGTERM');
  const code = await closed;
  rmSync(gate, { force: true });
  expect(existsSync(`${gate}.reached`)).toBe(true);
  expect(code).toBe(143);
}

/** A fresh folder of reports `names` (report n for the n-th name). */
function makeFolder(name: string, names: string[], text = report): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  for (const [n, file] of names.entries()) writeFileSync(join(folder, file), text(n, `xã Phú ${file}`));
  return folder;
}

function run(args: string[]) {
  return runVnpr(['extract', ...args, '--plugin', plugin, '--jobs', '1']);
}

/** The one line a refused resume prints. */
function expectRefused(result: { code: number | null; stderr: string }, ...words: string[]): void {
  expect(result.code).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  for (const word of words) expect(lines[0]).toContain(word);
  expect(lines[0]).toMatch(/without --resume/);
}

describe('--resume keys documents by their place in the run', { timeout: 180_000 }, () => {
  it('two documents with one id in one input: both kept, the second reported as duplicate-id', async () => {
    const input = join(dir, 'dup.jsonl');
    const lines = [
      { id: 'tin-1', text: report(1, 'xã Hòa An') },
      { id: 'tin-trùng', text: report(2, 'xã Hòa Bình') },
      { id: 'tin-trùng', text: report(3, 'xã Hòa Lợi') },
      { id: 'tin-4', text: report(4, 'xã Hòa Thuận') },
    ];
    writeFileSync(input, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    const fresh = await run([input, '-o', join(dir, 'dup-fresh.jsonl')]);
    expect(fresh.code).toBe(0);
    const records = parseJsonl(readFileSync(join(dir, 'dup-fresh.jsonl'), 'utf8'));
    const documents = records.filter((record) => record.type === 'document').map((record) => record.docId);
    expect(documents).toEqual(['tin-1', 'tin-trùng', 'tin-trùng', 'tin-4']);
    const errors = records.filter((record) => record.type === 'error');
    expect(errors).toEqual([expect.objectContaining({ docId: 'tin-trùng', code: 'duplicate-id' })]);
    expect(fresh.stderr).toMatch(/tin-trùng.*(line 3|duplicate)/);
    // Stopped at the second of the pair: the first is in the journal, the second must still be extracted.
    const out = join(dir, 'dup.jsonl.out.jsonl');
    await interruptAt([input, '-o', out], 'xã Hòa Lợi');
    const resumed = await run([input, '-o', out, '--resume']);
    expect(resumed.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(dir, 'dup-fresh.jsonl'), 'utf8'));
  });

  it('a plugin record naming another docId does not mark that document done', async () => {
    const folder = makeFolder('foreign', ['a.txt', 'b.txt', 'z.txt']);
    const whole = join(dir, 'foreign-whole.jsonl');
    expect((await run([folder, '-o', whole])).code).toBe(0);
    const out = join(dir, 'foreign.jsonl');
    await interruptAt([folder, '-o', out], 'xã Phú b.txt');
    const resumed = await run([folder, '-o', out, '--resume']);
    expect(resumed.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(whole, 'utf8'));
    const documents = parseJsonl(readFileSync(out, 'utf8')).filter((record) => record.type === 'document');
    expect(documents.map((record) => record.docId)).toEqual(['a.txt', 'b.txt', 'z.txt']);
  });
});

describe('--resume is refused, or starts over, when the options or inputs differ', { timeout: 180_000 }, () => {
  it('--only: a complete output of --only membership is not resumed without it; a journal is refused', async () => {
    const folder = makeFolder('only', ['a1.txt', 'a2.txt', 'a3.txt', 'a4.txt']);
    const whole = join(dir, 'only-whole.jsonl');
    expect((await run([folder, '-o', whole])).code).toBe(0);
    const out = join(dir, 'only.jsonl');
    expect((await run([folder, '-o', out, '--only', 'membership'])).code).toBe(0);
    const resumed = await run([folder, '-o', out, '--resume']);
    expect(resumed.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(whole, 'utf8'));
    expect(resumed.stderr).toMatch(/nothing to resume/);
    // A journal written with --only membership, resumed with --only rating.
    const partial = join(dir, 'only-partial.jsonl');
    // (The gate plugin runs only when --only names it.)
    await interruptAt([folder, '-o', partial, '--only', 'membership,gate'], 'xã Phú a3.txt');
    expectRefused(
      await run([folder, '-o', partial, '--only', 'rating,gate', '--resume']),
      '--only was membership,gate, now rating,gate',
    );
    expect(existsSync(`${partial}.vnpr-partial.jsonl`)).toBe(true);
  });

  it('--shard: a journal of --shard 0/2 is refused with --shard 1/2; a complete part is not mixed in', async () => {
    const names = Array.from({ length: 12 }, (_, n) => `s${n}.txt`);
    const folder = makeFolder('shard', names);
    const zero = names.filter((name) => isInShard(name, { index: 0, count: 2 }));
    expect(zero.length).toBeGreaterThanOrEqual(2);
    const partial = join(dir, 'shard-partial.jsonl');
    await interruptAt([folder, '-o', partial, '--shard', '0/2'], `xã Phú ${zero[1]}`);
    expectRefused(await run([folder, '-o', partial, '--shard', '1/2', '--resume']), '--shard', '0/2', '1/2');
    expect(existsSync(`${partial}.vnpr-partial.jsonl`)).toBe(true);
    // The complete part of shard 0, then --resume with --shard 1/2: shard 1 alone, as a fresh run.
    const one = join(dir, 'shard-one.jsonl');
    expect((await run([folder, '-o', one, '--shard', '1/2'])).code).toBe(0);
    const out = join(dir, 'shard.jsonl');
    expect((await run([folder, '-o', out, '--shard', '0/2'])).code).toBe(0);
    expect((await run([folder, '-o', out, '--shard', '1/2', '--resume'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(one, 'utf8'));
  });

  it('--max-file-size: a journal written with 4k is refused with the default; its too-large files are not kept', async () => {
    const long = (n: number, unit: string) => `${report(n, unit)}\n${report(n + 1, unit).repeat(30)}`;
    const folder = makeFolder('size', ['m1.txt', 'm2.txt', 'm3.txt'], (n, unit) =>
      n === 1 ? long(n, unit) : report(n, unit),
    );
    const partial = join(dir, 'size-partial.jsonl');
    await interruptAt([folder, '-o', partial, '--max-file-size', '4k'], 'xã Phú m3.txt');
    expectRefused(await run([folder, '-o', partial, '--resume']), '--max-file-size', '4096');
    // Complete with 4k, then --resume with the default: m2.txt is extracted this time.
    const out = join(dir, 'size.jsonl');
    expect((await run([folder, '-o', out, '--max-file-size', '4k'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/"code":"too-large"/);
    expect((await run([folder, '-o', out, '--resume'])).code).toBe(0);
    const records = parseJsonl(readFileSync(out, 'utf8'));
    expect(records.filter((record) => record.type === 'error')).toEqual([]);
    expect(records.filter((record) => record.type === 'document')).toHaveLength(3);
  });

  it('an input no longer given: the resume is refused and names it', async () => {
    const folder = makeFolder('removed', ['r1.txt', 'r2.txt', 'r3.txt']);
    const [r1, r2, r3] = ['r1.txt', 'r2.txt', 'r3.txt'].map((name) => join(folder, name)) as [string, string, string];
    const partial = join(dir, 'removed.jsonl');
    await interruptAt([r1, r2, r3, '-o', partial], 'xã Phú r3.txt');
    expectRefused(await run([r1, r3, '-o', partial, '--resume']), 'r2.txt');
    // An input changed since (another size) is refused too.
    writeFileSync(r2, `${readFileSync(r2, 'utf8')}\nHội nghị thống nhất thông qua nghị quyết.`);
    expectRefused(await run([r1, r2, r3, '-o', partial, '--resume']), 'r2.txt', 'changed');
    expect(existsSync(`${partial}.vnpr-partial.jsonl`)).toBe(true);
  });
});
