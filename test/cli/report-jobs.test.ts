// `vnpr report --jobs N`: the pages are made in worker threads, in batches, and taken back in input
// order; the site is the same, file for file, whatever the number of workers, extracting or --from.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, runVnpr } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'vnpr-report-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Enough documents for several batches on each worker, one of them white space only (no page). */
const DOCUMENTS = 60;
const EMPTY = 17;
const docId = (n: number) => `xa-${n}.txt`;

function text(n: number): string {
  if (n === EMPTY) return ' \n \n ';
  return [
    `Đảng bộ xã Phú Lâm ${n} tổng kết công tác xây dựng Đảng năm 2023`,
    `Ngày 12/01/2024, Đảng ủy xã Phú Lâm ${n} tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.`,
    `Trong năm, Đảng bộ kết nạp ${n + 5}/${n + 4} đảng viên mới, đạt ${Math.round(((n + 5) / (n + 4)) * 10000) / 100}% chỉ tiêu; toàn Đảng bộ có ${300 + n} đảng viên sinh hoạt tại ${12 + (n % 5)} chi bộ trực thuộc.`,
    `Có ${80 + (n % 15)}% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên; UBND xã được tặng Giấy khen.`,
  ].join('\n\n');
}

/** Every file of a folder, by path; the index without its "generated … in … s" line. */
function readSite(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(relative(folder, full), readFileSync(full, 'utf8'));
    }
  };
  walk(folder);
  const index = files.get('index.html');
  if (index) files.set('index.html', index.replace(/ · generated .* in [\d.]+ s</, '<'));
  return files;
}

let documents: string;
let records: string;
/** The site of each mode (made with --jobs 0). */
const sitesByMode = new Map<string, Map<string, string>>();

beforeAll(async () => {
  documents = join(dir, 'documents.jsonl');
  const lines = Array.from({ length: DOCUMENTS }, (_, n) => JSON.stringify({ id: docId(n), text: text(n) }));
  writeFileSync(documents, `${lines.join('\n')}\n`);
  records = join(dir, 'records.jsonl');
  const run = await runVnpr(['extract', CORPUS, documents, '-o', records, '--jobs', '1']);
  expect(run.code).toBe(0);
}, 120_000);

describe('vnpr report --jobs', () => {
  it.each([
    ['extracting', [] as string[]],
    ['--from', ['--from']],
  ])(
    'makes the same site with --jobs 0, 1 and 2 (%s)',
    async (mode, from) => {
      const sites: Map<string, string>[] = [];
      for (const jobs of ['0', '1', '2']) {
        const out = join(dir, `site-${from.length}-${jobs}`);
        const args = [...(from.length ? ['--from', records] : []), CORPUS, documents, '-o', out, '--jobs', jobs];
        const run = await runVnpr(['report', ...args]);
        expect(run.stderr).toMatch(/^64 documents, \d+ records, 1 error, 64 pages/);
        expect(run.code).toBe(0);
        sites.push(readSite(out));
      }
      const [one, two, three] = sites as [Map<string, string>, Map<string, string>, Map<string, string>];
      sitesByMode.set(mode, one);
      expect([...one.keys()].filter((name) => name.startsWith('doc-'))).toHaveLength(64);
      expect(two).toEqual(one);
      expect(three).toEqual(one);
      // The page of the empty document is left out, and the pages around it link to each other.
      expect(one.has(`doc-${5 + EMPTY + 1}.html`)).toBe(false);
      expect(one.get(`doc-${5 + EMPTY}.html`)).toContain(`<a href="doc-${5 + EMPTY + 2}.html" rel="next">`);
      expect(one.get(`doc-${5 + EMPTY + 2}.html`)).toContain(`<a href="doc-${5 + EMPTY}.html" rel="prev">`);
      // The documents table lists every document once, in input order, each with its page.
      const table = one.get('data/document.js') ?? '';
      const rows = JSON.parse(table.slice(table.indexOf('"rows":') + 7, table.lastIndexOf('}'))) as unknown[][];
      expect(rows.map((row) => row[2])).toEqual([
        ...readdirSync(CORPUS)
          .filter((name) => name.endsWith('.txt'))
          .sort(),
        ...Array.from({ length: DOCUMENTS }, (_, n) => docId(n)).filter((_, n) => n !== EMPTY),
      ]);
      expect(rows.map((row) => row[0])).toEqual([
        ...Array.from({ length: 5 + EMPTY }, (_, i) => i + 1),
        ...Array.from({ length: DOCUMENTS - EMPTY - 1 }, (_, i) => 5 + EMPTY + 2 + i),
      ]);
    },
    180_000,
  );

  it('makes the same site --from the records as when it extracts them (the page reads only part of the analysis then)', () => {
    const extracting = sitesByMode.get('extracting');
    const from = sitesByMode.get('--from');
    expect(extracting?.size).toBeGreaterThan(64);
    expect(from).toEqual(extracting);
  });

  it('refuses a --jobs that is not a whole number', async () => {
    const run = await runVnpr(['report', CORPUS, '-o', join(dir, 'bad-jobs'), '--jobs', 'hai']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid --jobs "hai"');
  });
});
