// Crash safety: `vnpr extract` killed with SIGKILL in the middle of a run leaves the output path as it
// was (nothing, or the previous complete file), never a truncated one; `--resume` then finishes the job
// from the journal and the final output equals an uninterrupted run's, for JSONL, CSV and Excel.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runVnpr } from '../cli/helpers.js';
import { makeReport } from './files.js';
import { xlsxRows } from './outputs.js';

let dir: string;
let input: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-crash-'));
  input = join(dir, 'in');
  mkdirSync(input);
  const padding = ' Hội nghị đánh giá kết quả thực hiện nhiệm vụ chính trị và đề ra phương hướng cho thời gian tới.';
  for (let n = 0; n < 500; n++)
    writeFileSync(join(input, `r-${String(n).padStart(3, '0')}.txt`), makeReport(n, padding.repeat(8)));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a run, waits until its journal has committed a batch, and kills it with SIGKILL. */
async function killMidRun(output: string): Promise<void> {
  const journal = `${output.replace(/\/$/, '')}.vnpr-partial.jsonl`;
  const child = spawn(process.execPath, [BIN, 'extract', input, '-o', output, '--jobs', '1'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const closed = new Promise((resolve) => child.on('close', resolve));
  const started = Date.now();
  // The header's own commit line says 0 documents: wait for a batch of documents.
  const committed = () =>
    existsSync(journal) && /"vnprJournal":"commit","documents":[1-9]/.test(readFileSync(journal, 'utf8'));
  while (!committed() && Date.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 20));
  child.kill('SIGKILL');
  await closed;
  expect(committed()).toBe(true);
}

function readTree(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const names = readdirSync(path).filter((name) => !name.startsWith('.vnpr-tmp-'));
  return Object.fromEntries(names.sort().map((name) => [name, readFileSync(join(path, name), 'utf8')]));
}

describe('SIGKILL in the middle of a run, then --resume', () => {
  it('JSONL: nothing at the output path after the kill; the resumed output equals an uninterrupted run', async () => {
    const whole = join(dir, 'whole.jsonl');
    expect((await runVnpr(['extract', input, '-o', whole, '--jobs', '1'])).code).toBe(0);
    const out = join(dir, 'out.jsonl');
    await killMidRun(out);
    expect(existsSync(out)).toBe(false);
    const resumed = await runVnpr(['extract', input, '-o', out, '--jobs', '1', '--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/skipped \(already done\)/);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(whole, 'utf8'));
    expect(existsSync(`${out}.vnpr-partial.jsonl`)).toBe(false);
  });

  it('CSV: the previous complete files stay as they were; the resumed output equals an uninterrupted run', async () => {
    const whole = join(dir, 'whole-csv');
    expect((await runVnpr(['extract', input, '-o', `${whole}/`, '--jobs', '1'])).code).toBe(0);
    const out = join(dir, 'out-csv');
    mkdirSync(out);
    writeFileSync(join(out, 'document.csv'), 'previous complete file\r\n');
    await killMidRun(`${out}/`);
    expect(readTree(out)).toEqual({ 'document.csv': 'previous complete file\r\n' });
    expect((await runVnpr(['extract', input, '-o', `${out}/`, '--jobs', '1', '--resume'])).code).toBe(0);
    expect(readTree(out)).toEqual(readTree(whole));
  });

  it('Excel: the previous workbook stays as it was; the resumed workbook equals an uninterrupted run', async () => {
    const whole = join(dir, 'whole.xlsx');
    expect((await runVnpr(['extract', input, '-o', whole, '--jobs', '1'])).code).toBe(0);
    const out = join(dir, 'out.xlsx');
    // An earlier, complete workbook of other documents (made here: a clean clone has no corpus.xlsx).
    expect((await runVnpr(['extract', join(ROOT, 'corpus'), '-o', out, '--jobs', '1'])).code).toBe(0);
    const before = readFileSync(out);
    await killMidRun(out);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect((await runVnpr(['extract', input, '-o', out, '--jobs', '1', '--resume'])).code).toBe(0);
    expect(await xlsxRows(out)).toEqual(await xlsxRows(whole));
    expect(readdirSync(dir).filter((name) => name.startsWith('.vnpr-tmp-') || name.includes('partial'))).toEqual([]);
    // Four extractions, two of them to Excel: 62 s at a load average of 18 on 2 cores, past the 60 s default.
  }, 180_000);
});
