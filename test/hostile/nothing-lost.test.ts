// Nothing lost: 1,000 generated files, 53 of them broken in different ways. Every file ends exactly
// once as a `document` or an `error` (with a stable code), the good files' records equal those of a
// run without the broken ones, and the JSONL, CSV and Excel outputs agree record for record.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { protectFormula } from '../../packages/cli/src/writers/csv.js';
import { makeDocxArchive, parseJsonl, runVnpr } from '../cli/helpers.js';
import { makeReport, tcvn3, utf16le } from './files.js';
import { csvKeys, jsonlKeys, xlsxKeys } from './outputs.js';

const GOOD = 947;
const isRoot = process.getuid?.() === 0;

/** docId → the error code expected, `null` for a document, `'either'` where both are honest outcomes. */
const expected = new Map<string, string | null>();
let dir: string;
let all: string;
let goodOnly: string;

function put(root: string, name: string, content: string | Buffer): void {
  const path = join(root, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-lost-'));
  all = join(dir, 'all');
  goodOnly = join(dir, 'good');
  for (let n = 0; n < GOOD; n++) {
    const name = `${String(Math.floor(n / 100))}/report-${String(n).padStart(4, '0')}.txt`;
    const text = makeReport(n);
    put(all, name, text);
    put(goodOnly, name, text);
    expected.set(name, null);
  }
  const broken = (name: string, content: string | Buffer, code: string | null) => {
    put(all, `broken/${name}`, content);
    expected.set(`broken/${name}`, code);
  };
  const report = makeReport(5000);
  for (let i = 0; i < 5; i++) {
    broken(`empty-${i}.txt`, '', 'empty');
    broken(`binary-${i}.txt`, Buffer.from(Array.from({ length: 2000 }, (_, k) => (k * 37 + i) % 256)), 'binary');
    broken(`nul-${i}.txt`, `${report.slice(0, 200 + i)}\u0000${report.slice(200 + i)}`, 'either');
    const bytes = Buffer.from(report, 'utf8');
    broken(`truncated-${i}.txt`, bytes.subarray(0, bytes.length - 1 - i), null);
    broken(`utf16-${i}.txt`, utf16le(makeReport(6000 + i)), null);
    broken(`tcvn3-${i}.txt`, tcvn3(makeReport(7000 + i)), null);
    broken(`bad-${i}.jsonl`, `{"id": "x-${i}", "text": tru\n`, null);
    expected.delete(`broken/bad-${i}.jsonl`);
    expected.set(`broken/bad-${i}.jsonl#1`, 'invalid-json');
  }
  broken('missing-text.jsonl', '{"id":"no-text","title":"Hội nghị"}\n', null);
  expected.delete('broken/missing-text.jsonl');
  expected.set('no-text', 'missing-text');
  for (let i = 0; i < 3; i++) broken(`huge-line-${i}.txt`, 'kết nạp đảng viên '.repeat(150_000), 'too-large');
  for (let i = 0; i < 4; i++) {
    // 30 MB of spaces in word/document.xml deflates to ~30 KB: over 100× the file.
    broken(`bomb-${i}.docx`, makeDocxArchive(['Hội nghị.'], 30 * 1024 * 1024), 'zip-bomb');
    broken(`scan-${i}.${['pdf', 'exe', 'doc', 'rtf'][i]}`, 'whatever', 'unsupported-format');
  }
  broken('lying-bomb.docx', makeDocxArchive(['Hội nghị.'], 5 * 1024 * 1024, 4096), 'zip-bomb');
  for (let i = 0; i < 3; i++)
    broken(`deep-${i}.html`, `<html><body>${'<div>'.repeat(5000)}Đảng bộ</body></html>`, 'too-deep');
  for (let i = 0; i < 2; i++) {
    broken(`locked-${i}.txt`, makeReport(8000 + i), isRoot ? null : 'unreadable');
    chmodSync(join(all, `broken/locked-${i}.txt`), 0o000);
  }
  symlinkSync(join(dir, 'nowhere.txt'), join(all, 'broken/dangling.txt'));
  expected.set('broken/dangling.txt', 'unreadable');
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a folder of 1,000 files, 53 broken', () => {
  let records: Record<string, unknown>[];

  it('ends every file exactly once as a document or an error with its code; the batch goes on', async () => {
    const run = await runVnpr(['extract', all, '-o', join(dir, 'all.jsonl'), '--max-file-size', '2MB']);
    expect(run.code).toBe(0);
    records = parseJsonl(readFileSync(join(dir, 'all.jsonl'), 'utf8'));
    const outcomes = records.filter((r) => r.type === 'document' || r.type === 'error');
    const counts = new Map<string, number>();
    for (const r of outcomes) counts.set(String(r.docId), (counts.get(String(r.docId)) ?? 0) + 1);
    expect([...counts].filter(([, count]) => count !== 1)).toEqual([]);
    expect([...counts.keys()].sort()).toEqual([...expected.keys()].sort());
    const wrong = outcomes.flatMap((r) => {
      const want = expected.get(String(r.docId));
      const got = r.type === 'error' ? String(r.code) : null;
      return want === 'either' || want === got ? [] : [{ docId: r.docId, want, got, message: r.message }];
    });
    expect(wrong).toEqual([]);
    for (const r of outcomes.filter((o) => o.type === 'error')) expect(String(r.message).length).toBeGreaterThan(10);
    expect(outcomes).toHaveLength(expected.size);
    if (isRoot) {
      // Running as root, chmod 000 does not stop reading: the locked files are read like any other.
      expect(outcomes.filter((r) => String(r.docId).includes('locked') && r.type === 'document')).toHaveLength(2);
    }
  });

  it("keeps the good files' records exactly as a run without the broken ones", async () => {
    const run = await runVnpr(['extract', goodOnly, '-o', join(dir, 'good.jsonl')]);
    expect(run.code).toBe(0);
    const good = readFileSync(join(dir, 'good.jsonl'), 'utf8').trim().split('\n');
    const fromAll = records.filter((r) => /^\d\/report-/.test(String(r.docId))).map((r) => JSON.stringify(r));
    expect(fromAll).toEqual(good);
    expect(good.length).toBeGreaterThan(GOOD * 5);
  });

  it('writes the same records to JSONL, CSV and Excel', async () => {
    const [csv, xlsx] = await Promise.all([
      runVnpr(['extract', all, '-o', join(dir, 'csv/'), '--max-file-size', '2MB', '--jobs', '1']),
      runVnpr(['extract', all, '-o', join(dir, 'all.xlsx'), '--max-file-size', '2MB', '--jobs', '1']),
    ]);
    expect([csv.code, xlsx.code]).toEqual([0, 0]);
    // CSV guards formula-like text with an apostrophe; a workbook's cells keep the text exactly.
    const fromJsonl = jsonlKeys(join(dir, 'all.jsonl'), protectFormula).sort();
    const fromCsv = csvKeys(join(dir, 'csv')).sort();
    const fromXlsx = (await xlsxKeys(join(dir, 'all.xlsx'))).sort();
    expect(fromCsv.length).toBe(fromJsonl.length);
    expect(fromCsv).toEqual(fromJsonl);
    expect(fromXlsx).toEqual(jsonlKeys(join(dir, 'all.jsonl'), (text) => text).sort());
  });
});
