import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VnprRecord } from '@vnpr/extractors';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeBatch } from '../pool/tasks.js';
import { formatJsonl } from '../writers/jsonl.js';
import { type JournalHeader, JournalWriter, readJournal } from './journal.js';

const dir = mkdtempSync(join(tmpdir(), 'vnpr-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const header: JournalHeader = { vnprJournal: 1, options: { only: null, plugins: [] } };
const encoder = new TextEncoder();

/** 600 documents (more than two batches), each a `document` record and some with a membership record. */
const documents: VnprRecord[][] = Array.from({ length: 600 }, (_, n) => {
  const docId = `bản-tin-${n}.txt`;
  const title = `Hội nghị lần thứ ${n}`;
  const records: VnprRecord[] = [
    { type: 'document', docId, span: [0, title.length], quote: title, sentence: title, title },
  ];
  const quote = `kết nạp ${n} đảng viên`;
  if (n % 3 === 0)
    records.push({ type: 'membership', docId, span: [0, quote.length], quote, sentence: quote, count: n });
  return records;
});

function writeJournal(name: string, write: (journal: JournalWriter) => void): string {
  const path = join(dir, name);
  const journal = new JournalWriter(path, header);
  write(journal);
  journal.close();
  return path;
}

describe('JournalWriter', () => {
  it('writes the same file from JSONL bytes as from record objects', async () => {
    const fromRecords = writeJournal('records.jsonl', (journal) => {
      for (const records of documents) journal.append(records);
    });
    const fromBytes = writeJournal('bytes.jsonl', (journal) => {
      for (const records of documents) journal.appendJsonl(encoder.encode(formatJsonl(records)));
    });
    expect(readFileSync(fromBytes)).toEqual(readFileSync(fromRecords));
    const lines = readFileSync(fromBytes, 'utf8').split('\n');
    expect(lines[0]).toBe(JSON.stringify(header));
    expect(lines.filter((line) => line.includes('"vnprJournal":"commit"'))).toEqual([
      '{"vnprJournal":"commit","documents":256}',
      '{"vnprJournal":"commit","documents":512}',
      '{"vnprJournal":"commit","documents":600}',
    ]);
    const contents = await readJournal(fromBytes);
    expect(contents.records).toEqual(documents.flat());
    expect(contents.done.size).toBe(documents.length);
  });

  it('takes views into a batch buffer, as the worker pool hands them over', () => {
    const batch = encodeBatch(documents, false);
    let offset = 0;
    const fromViews = writeJournal('views.jsonl', (journal) => {
      for (const task of batch.tasks) {
        journal.appendJsonl(batch.jsonl.subarray(offset, offset + task.byteLength));
        offset += task.byteLength;
      }
    });
    const fromRecords = writeJournal('records-2.jsonl', (journal) => {
      for (const records of documents) journal.append(records);
    });
    expect(readFileSync(fromViews)).toEqual(readFileSync(fromRecords));
  });
});
