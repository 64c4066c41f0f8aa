import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VnprRecord } from '@vnpr/extractors';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeBatch } from '../pool/tasks.js';
import { formatJsonl } from '../writers/jsonl.js';
import {
  checkJournal,
  type DocumentKey,
  type JournalCheckpoint,
  type JournalHeader,
  type JournalInput,
  JournalWriter,
  ResumeError,
  readJournalDocuments,
  readJournalRecords,
} from './journal.js';

const dir = mkdtempSync(join(tmpdir(), 'vnpr-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = { only: null, plugins: [], shard: null, maxFileSize: 1000 };
const header: JournalHeader = { vnprJournal: 2, vnpr: '0.0.0-test', options, inputs: 1 };
const inputs: JournalInput[] = [{ path: '/data/tin.jsonl', docId: 'tin.jsonl', size: 42, mtimeMs: 1 }];
const encoder = new TextEncoder();
const keyOf = (records: readonly VnprRecord[]): DocumentKey => ({ input: 0, docId: records[0]?.docId ?? '' });

/** All that a resume reads back from a journal: the checkpoint, the records and the documents. */
async function readBack(path: string) {
  const checkpoint = (await checkJournal(path, header, inputs)) as JournalCheckpoint;
  const records: VnprRecord[] = [];
  for await (const group of readJournalRecords(path, checkpoint)) for (const record of group) records.push(record);
  const keys: DocumentKey[] = [];
  for await (const key of readJournalDocuments(path, checkpoint)) keys.push(key);
  return { checkpoint, records, keys };
}
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
  const journal = new JournalWriter(path, header, inputs);
  write(journal);
  journal.close();
  return path;
}

describe('JournalWriter', () => {
  it('writes the same file from JSONL bytes as from record objects', async () => {
    const fromRecords = writeJournal('records.jsonl', (journal) => {
      for (const records of documents) journal.append(keyOf(records), records);
    });
    const fromBytes = writeJournal('bytes.jsonl', (journal) => {
      for (const records of documents) journal.appendJsonl(keyOf(records), encoder.encode(formatJsonl(records)));
    });
    expect(readFileSync(fromBytes)).toEqual(readFileSync(fromRecords));
    const lines = readFileSync(fromBytes, 'utf8').split('\n');
    expect(lines[0]).toBe(JSON.stringify(header));
    expect(JSON.parse(lines[1] ?? '')).toEqual({ vnprJournal: 'input', ...inputs[0] });
    expect(lines.filter((line) => line.includes('"vnprJournal":"commit"'))).toEqual([
      '{"vnprJournal":"commit","documents":0}',
      '{"vnprJournal":"commit","documents":256}',
      '{"vnprJournal":"commit","documents":512}',
      '{"vnprJournal":"commit","documents":600}',
    ]);
    const contents = await readBack(fromBytes);
    expect(contents.records).toEqual(documents.flat());
    expect(contents.keys).toEqual(documents.map(keyOf));
    expect(contents.checkpoint.documents).toBe(documents.length);
  });

  it('takes views into a batch buffer, as the worker pool hands them over', () => {
    const batch = encodeBatch(documents, false);
    let offset = 0;
    const fromViews = writeJournal('views.jsonl', (journal) => {
      for (const [n, task] of batch.tasks.entries()) {
        journal.appendJsonl(keyOf(documents[n] ?? []), batch.jsonl.subarray(offset, offset + task.byteLength));
        offset += task.byteLength;
      }
    });
    const fromRecords = writeJournal('records-2.jsonl', (journal) => {
      for (const records of documents) journal.append(keyOf(records), records);
    });
    expect(readFileSync(fromViews)).toEqual(readFileSync(fromRecords));
  });
});

describe('reading a journal back for --resume', () => {
  it('reads back a document of 300,000 records (no spread of a batch into push)', async () => {
    const docId = 'bao-cao-dai.txt';
    const quote = 'kết nạp 5 đảng viên';
    const records: VnprRecord[] = [{ type: 'document', docId, span: [0, 4], quote: 'Tin ', sentence: 'Tin ' }];
    for (let n = 0; n < 300_000; n++)
      records.push({ type: 'membership', docId, span: [n, n + quote.length], quote, sentence: quote, count: 5 });
    const path = writeJournal('huge.jsonl', (journal) => journal.append({ input: 0, docId }, records));
    const checkpoint = (await checkJournal(path, header, inputs)) as JournalCheckpoint;
    expect(checkpoint.documents).toBe(1);
    let count = 0;
    for await (const group of readJournalRecords(path, checkpoint)) count += group.length;
    expect(count).toBe(300_001);
  }, 120_000);

  it('a record naming another docId does not mark that document done', async () => {
    const [first] = documents;
    const foreign: VnprRecord = { type: 'document', docId: 'z.txt', span: [0, 3], quote: 'Tin', sentence: 'Tin' };
    const path = writeJournal('foreign.jsonl', (journal) =>
      journal.append({ input: 0, docId: 'bản-tin-0.txt' }, [...(first ?? []), foreign]),
    );
    const contents = await readBack(path);
    expect(contents.keys).toEqual([{ input: 0, docId: 'bản-tin-0.txt' }]);
  });
});

describe('checkJournal', () => {
  const path = join(dir, 'check.jsonl');
  const write = (tail = '') => {
    const journal = new JournalWriter(path, header, inputs);
    for (const records of documents.slice(0, 300)) journal.append(keyOf(records), records);
    journal.close();
    if (tail) writeFileSync(path, tail, { flag: 'a' });
  };

  it('keeps the committed batches only: a torn batch after the last commit line is dropped', async () => {
    write('{"vnprJournal":"doc","input":0,"docId":"bản-tin-300.txt"}\n{"type":"document","docId":"bản-');
    const { checkpoint, keys } = await readBack(path);
    expect(checkpoint.documents).toBe(300);
    expect(keys).toHaveLength(300);
    expect(checkpoint.bytes).toBeLessThan(statSync(path).size);
  });

  it.each([
    ['the vnpr version', { ...header, vnpr: '9.9.9' }, inputs, /written by vnpr 0\.0\.0-test, this is vnpr 9\.9\.9/],
    [
      '--only',
      { ...header, options: { ...options, only: ['rating'] } },
      inputs,
      /--only was not given \(every type\), now rating/,
    ],
    ['--shard', { ...header, options: { ...options, shard: '1/2' } }, inputs, /--shard was not given, now 1\/2/],
    [
      '--max-file-size',
      { ...header, options: { ...options, maxFileSize: 5 } },
      inputs,
      /--max-file-size was 1000 bytes, now 5 bytes/,
    ],
    [
      'a plugin',
      { ...header, options: { ...options, plugins: [{ specifier: './p.js', id: 'p', sha256: 'ab' }] } },
      inputs,
      /--plugin was none, now \.\/p\.js/,
    ],
    ['an input removed', header, [], /input \/data\/tin\.jsonl is no longer given/],
    [
      'an input added',
      header,
      [...inputs, { path: '/data/b.txt', docId: 'b.txt', size: 3, mtimeMs: 2 }],
      /input \/data\/b\.txt is new/,
    ],
    [
      'an input changed',
      header,
      [{ ...inputs[0], size: 43 } as JournalInput],
      /changed since \(42 bytes then, 43 now\)/,
    ],
    [
      'an input touched',
      header,
      [{ ...inputs[0], mtimeMs: 5 } as JournalInput],
      /changed since \(modified at another time\)/,
    ],
  ])('refuses a resume when %s differs, in one line', async (_, now, nowInputs, message) => {
    write();
    const refused = checkJournal(path, now as JournalHeader, nowInputs);
    await expect(refused).rejects.toThrow(ResumeError);
    await expect(refused).rejects.toThrow(message);
    await expect(refused).rejects.toThrow(/without --resume/);
  });

  it('refuses a journal of an older vnpr', async () => {
    writeFileSync(path, '{"vnprJournal":1,"options":{"only":null,"plugins":[]}}\n');
    await expect(checkJournal(path, header, inputs)).rejects.toThrow(/older vnpr/);
  });

  it('has nothing to resume from a journal killed before its header was committed', async () => {
    writeFileSync(path, JSON.stringify(header).slice(0, 20));
    expect(await checkJournal(path, header, inputs)).toBeUndefined();
  });
});
