// `vnpr report --from` at archive scale: the records file is read as a stream, a document's records at a
// time, so a records file far larger than the heap makes a report; and the pages are those of a report
// that extracts, whatever the order of the records file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runVnpr } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'vnpr-report-from-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DOCUMENTS = 24;
const docId = (n: number) => `bao-cao-${n}.txt`;
const text = (n: number) =>
  `Năm 2023, Đảng bộ xã Tân Phú ${n} đã kết nạp ${n + 10} đảng viên mới, đạt ${100 + n}% chỉ tiêu nghị quyết.`;

function writeDocuments(): string {
  const path = join(dir, 'documents.jsonl');
  const lines = Array.from({ length: DOCUMENTS }, (_, n) => JSON.stringify({ id: docId(n), text: text(n) }));
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('vnpr report --from', () => {
  it('reads a records file larger than its heap a document at a time', async () => {
    const documents = writeDocuments();
    // Each document has a reference record (no panel figure, whose quote the panel would keep) with a 2 MB quote (no span in the text, so it is listed, cut short): 48 MB of
    // records, about 70 MB as strings, against a 64 MB heap. Holding every record at once cannot fit.
    const quote = 'đảng viên '.repeat(150_000);
    const lines: string[] = [];
    for (let n = 0; n < DOCUMENTS; n++) {
      lines.push(JSON.stringify({ type: 'document', docId: docId(n), title: `Báo cáo tổng kết ${n}` }));
      lines.push(
        JSON.stringify({
          type: 'reference',
          docId: docId(n),
          span: [0, 0],
          quote,
          kind: 'nghị quyết',
          number: `${n}-NQ/TU`,
        }),
      );
    }
    const records = join(dir, 'big.jsonl');
    writeFileSync(records, `${lines.join('\n')}\n`);
    const out = join(dir, 'big-report');
    const run = await runVnpr(['report', '--from', records, documents, '-o', out], {
      env: { NODE_OPTIONS: '--max-old-space-size=64' },
    });
    expect(run.stderr).toMatch(/^24 documents, 48 records, 0 errors, 24 pages/);
    expect(run.code).toBe(0);
    expect(readdirSync(out).filter((name) => name.startsWith('doc-'))).toHaveLength(DOCUMENTS);
    const page = readFileSync(join(out, 'doc-24.html'), 'utf8');
    expect(page).toContain('Báo cáo tổng kết 23');
    expect(page.length).toBeLessThan(20_000);
  }, 120_000);
});
