// Run modes: --stdin mapper, --shard, --jobs determinism, --resume, -o -, SIGINT, help, inspect.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, CORPUS, parseJsonl, ROOT, runVnpr } from './helpers.js';

const SENTENCES = [
  'Năm 2023, Đảng bộ huyện kết nạp 120 đảng viên mới, đạt 109% chỉ tiêu.',
  'Toàn Đảng bộ có 45 tổ chức cơ sở đảng với 3.250 đảng viên.',
  'Chiều 14-1, Huyện ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023.',
  'Có 92% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên.',
];

let dir: string;
let jsonlGz: string;

function makeDocuments(count: number): { id: string; text: string }[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `doc-${String(index).padStart(3, '0')}`,
    text: `Đảng bộ xã số ${index} tổng kết năm 2023\n\n${SENTENCES.slice(0, 1 + (index % SENTENCES.length)).join(' ')}`,
  }));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-modes-'));
  jsonlGz = join(dir, 'docs.jsonl.gz');
  writeFileSync(
    jsonlGz,
    gzipSync(
      `${makeDocuments(60)
        .map((doc) => JSON.stringify(doc))
        .join('\n')}\n`,
    ),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('vnpr extract --stdin', () => {
  it('maps JSONL documents on stdin to JSONL records on stdout', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: SENTENCES[0] }),
      'not json',
      JSON.stringify({ id: 'b', text: SENTENCES[1], publishedAt: '2024-01-02' }),
    ].join('\n');
    const run = await runVnpr(['extract', '--stdin'], { input });
    expect(run.code).toBe(0);
    const records = parseJsonl(run.stdout);
    const outcomes = records.filter((record) => record.type === 'document' || record.type === 'error');
    expect(outcomes.map((record) => [record.docId, record.type])).toEqual([
      ['a', 'document'],
      ['stdin#2', 'error'],
      ['b', 'document'],
    ]);
    expect(run.stderr).toContain('vnpr: error: stdin#2: line 2 is not JSON');
  });

  it('writes each document as soon as it is read (a streaming mapper)', async () => {
    const child = spawn(process.execPath, [BIN, 'extract', '--stdin'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const firstLine = new Promise<string>((resolve) => {
      let buffer = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        buffer += chunk;
        if (buffer.includes('\n')) resolve(buffer.slice(0, buffer.indexOf('\n')));
      });
    });
    child.stdin.write(`${JSON.stringify({ id: 'first', text: SENTENCES[0] })}\n`); // stdin stays open
    expect(JSON.parse(await firstLine)).toMatchObject({ type: 'document', docId: 'first' });
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
  });
});

describe('vnpr extract scheduling', () => {
  it('gives the same output with --jobs 1 and --jobs 2', async () => {
    const [one, two] = await Promise.all([
      runVnpr(['extract', jsonlGz, CORPUS, '-o', join(dir, 'jobs1.jsonl'), '--jobs', '1']),
      runVnpr(['extract', jsonlGz, CORPUS, '-o', join(dir, 'jobs2.jsonl'), '--jobs', '2']),
    ]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const first = readFileSync(join(dir, 'jobs1.jsonl'), 'utf8');
    expect(readFileSync(join(dir, 'jobs2.jsonl'), 'utf8')).toBe(first);
    const documents = parseJsonl(first).filter((record) => record.type === 'document');
    expect(documents).toHaveLength(65);
    expect(documents[0]?.docId).toBe('doc-000');
  });

  it('splits the documents into shards that add up to the whole', async () => {
    const outputs = await Promise.all(
      ['0/2', '1/2'].map(async (shard) => {
        const run = await runVnpr(['extract', jsonlGz, CORPUS, '-o', '-', '--shard', shard, '--jobs', '1']);
        expect(run.code).toBe(0);
        return parseJsonl(run.stdout)
          .filter((record) => record.type === 'document')
          .map((record) => String(record.docId));
      }),
    );
    const [zero, one] = outputs as [string[], string[]];
    expect(zero.length).toBeGreaterThan(0);
    expect(one.length).toBeGreaterThan(0);
    expect(zero.filter((id) => one.includes(id))).toEqual([]);
    const all = parseJsonl(readFileSync(join(dir, 'jobs1.jsonl'), 'utf8'))
      .filter((record) => record.type === 'document')
      .map((record) => String(record.docId));
    expect([...zero, ...one].sort()).toEqual([...all].sort());
  });

  it('--resume after a complete run has nothing to resume: a complete output is never taken for a partial one', async () => {
    const out = join(dir, 'resume.jsonl');
    const first = await runVnpr(['extract', join(CORPUS, '000_65ce2756da1bbcb9.txt'), '-o', out]);
    expect(first.code).toBe(0);
    const resumed = await runVnpr(['extract', CORPUS, '-o', out, '--resume', '--jobs', '1']);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(
      /^vnpr: nothing to resume \(no journal .*resume\.jsonl\.vnpr-partial\.jsonl\): extracting every document$/m,
    );
    expect(resumed.stderr).toMatch(/^5 files, 5 documents/m);
    // The output of a fresh run over the corpus: the jobs test wrote one, after the JSONL documents.
    const fresh = readFileSync(join(dir, 'jobs1.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.includes('"docId":"0'));
    expect(readFileSync(out, 'utf8')).toBe(`${fresh.join('\n')}\n`);
  });

  it('leaves no temporary file behind', () => {
    expect(readdirSync(dir).filter((name) => name.startsWith('.vnpr-tmp-'))).toEqual([]);
  });

  it('stops on SIGINT with exit code 130 and no half-written output', async () => {
    const big = join(dir, 'big.jsonl');
    writeFileSync(
      big,
      `${makeDocuments(3000)
        .map((doc) => JSON.stringify(doc))
        .join('\n')}\n`,
    );
    const out = join(dir, 'interrupted.xlsx');
    const child = spawn(process.execPath, [BIN, 'extract', big, '-o', out, '--jobs', '1'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const started = Date.now();
    while (!readdirSync(dir).some((name) => name.startsWith('.vnpr-tmp-')) && Date.now() - started < 20_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.startsWith('.vnpr-tmp-'))).toEqual([]);
  });
});

describe('vnpr help, version and usage errors', () => {
  it('prints help with examples and the version', async () => {
    const help = await runVnpr(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('vnpr extract corpus/ -o records.xlsx');
    const helps = await Promise.all(['extract', 'inspect', 'eval'].map((command) => runVnpr([command, '--help'])));
    for (const commandHelp of helps) {
      expect(commandHelp.code).toBe(0);
      expect(commandHelp.stdout).toMatch(/Examples:\n {2}vnpr /);
    }
    const manifest = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string };
    expect((await runVnpr(['--version'])).stdout.trim()).toBe(`vnpr ${manifest.version}`);
  });

  it('exits 2 on a usage error', async () => {
    const [noOutput, badOption, badShard] = await Promise.all([
      runVnpr(['extract', CORPUS]),
      runVnpr(['extract', CORPUS, '-o', '-', '--frobnicate']),
      runVnpr(['extract', CORPUS, '-o', '-', '--shard', '2/2']),
    ]);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toContain('-o');
    expect(badOption.code).toBe(2);
    expect(badShard.code).toBe(2);
  });
});

describe('vnpr eval', () => {
  it('scores the corpus against its gold records', async () => {
    const run = await runVnpr(['eval', '--gold', join(CORPUS, 'seeds.gold.jsonl'), CORPUS, '--json', '--jobs', '1']);
    expect(run.code, run.stderr).toBe(0);
    const evaluation = JSON.parse(run.stdout) as { micro: { f1: number }; perType: Record<string, unknown> };
    expect(evaluation.micro.f1).toBeGreaterThanOrEqual(0);
    expect(Object.keys(evaluation.perType).length).toBeGreaterThan(0);
    const table = await runVnpr(['eval', '--gold', join(CORPUS, 'seeds.gold.jsonl'), CORPUS, '--jobs', '1']);
    expect(table.stdout).toMatch(/^micro +\d+ +\d+ +\d+ +[\d.]+ +[\d.]+ +[\d.]+$/m);
  });
});

describe('vnpr inspect', () => {
  it('prints the document and its records under their sentences, colourless when piped', async () => {
    const file = join(dir, 'inspect.txt');
    writeFileSync(file, `Tổng kết năm 2023\n\n${SENTENCES.join('\n')}\n`);
    const run = await runVnpr(['inspect', file, '--all']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('inspect.txt');
    expect(run.stdout).toContain(SENTENCES[0]);
    expect(run.stdout).not.toContain('\x1b[');
    const colored = await runVnpr(['inspect', file, '--color']);
    expect(colored.stdout).toContain('\x1b[');
  });
});
