import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RecordsByDocument } from './from-records.js';

const dir = mkdtempSync(join(tmpdir(), 'vnpr-from-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const line = (docId: string, type: string, quote = '') => JSON.stringify({ type, docId, quote, sentence: 'Câu dài.' });

describe('RecordsByDocument', () => {
  it("gives each document's records in file order, wherever its lines are, once; the rest after", async () => {
    const path = join(dir, 'mixed.jsonl');
    writeFileSync(
      path,
      [
        line('a.txt', 'document'),
        line('a.txt', 'membership', 'kết nạp 12 đảng viên'),
        line('b.txt', 'document'),
        '',
        line('a.txt', 'official', 'đồng chí Nguyễn Văn Tám'),
        line('c.txt', 'document'),
        line('b.txt', 'quantity', '350 đảng viên'),
      ].join('\r\n'),
    );
    const records = await RecordsByDocument.open(path);
    try {
      const a = await records.take('a.txt');
      expect(a?.map((record) => [record.type, record.quote])).toEqual([
        ['document', ''],
        ['membership', 'kết nạp 12 đảng viên'],
        ['official', 'đồng chí Nguyễn Văn Tám'],
      ]);
      expect(a?.[0]).not.toHaveProperty('sentence');
      expect(await records.take('a.txt')).toBeUndefined();
      expect(await records.take('khong-co.txt')).toBeUndefined();
      const rest: string[][] = [];
      for await (const group of records.takeRest()) rest.push(group.map((record) => `${record.docId} ${record.type}`));
      expect(rest).toEqual([['b.txt document', 'b.txt quantity'], ['c.txt document']]);
    } finally {
      await records.close();
    }
  });

  it.each([
    ['kết nạp 12 đảng viên', 'line 2 is not JSON: give the JSONL written by vnpr extract'],
    ['{"type":"membership"}', 'line 2 is not a record (no "type" and "docId")'],
  ])('refuses a file with a bad line before any page: %s', async (bad, message) => {
    const path = join(dir, 'bad.jsonl');
    writeFileSync(path, `${line('a.txt', 'document')}\n${bad}\n${line('a.txt', 'quantity')}\n`);
    await expect(RecordsByDocument.open(path)).rejects.toThrow(`${path}: ${message}`);
  });
});
