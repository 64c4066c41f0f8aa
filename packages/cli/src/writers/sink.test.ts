// A full disk under each sink: its temporary files are links to /dev/full, where every write fails with
// ENOSPC. Each sink must reject (never hang, never throw an uncaught 'error' event), and `abort()` must
// leave nothing behind.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VnprRecord } from '@vnpr/extractors';
import { afterAll, describe, expect, it } from 'vitest';
import { createCsvSink } from './csv.js';
import { createJsonlSink } from './jsonl.js';
import { getTempPath, type RecordSink } from './sink.js';
import { createXlsxSink } from './xlsx.js';

const FULL = '/dev/full';
const dir = mkdtempSync(join(tmpdir(), 'vnpr-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Records of `count` documents, about 1 kB each. */
function makeDocuments(count: number): VnprRecord[] {
  return Array.from({ length: count }, (_, n) => {
    const quote = `kết nạp ${n + 10} đảng viên mới`;
    const sentence = `Năm 2023, Đảng bộ xã số ${n} ${quote}, ${'hoàn thành tốt nhiệm vụ chính trị được giao, '.repeat(20)}`;
    return [
      { type: 'document', docId: `xa-${n}.txt`, span: [0, sentence.length], quote: sentence, sentence, title: quote },
      { type: 'membership', docId: `xa-${n}.txt`, span: [24, 24 + quote.length], quote, sentence, count: n + 10 },
    ] as VnprRecord[];
  }).flat();
}

/** Fails the test instead of waiting for ever: what a sink that hangs on a full disk did. */
function within<T>(promise: Promise<T>, ms = 20_000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms).unref()),
  ]);
}

/** Writes the records and closes the sink; resolves with what that threw. */
async function writeAndClose(sink: RecordSink, records: VnprRecord[]): Promise<unknown> {
  try {
    for (let i = 0; i < records.length; i += 2) await sink.write(records.slice(i, i + 2));
    await sink.close();
  } catch (error) {
    return error;
  }
  return undefined;
}

function leftovers(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.startsWith('.vnpr-tmp-')) : [];
}

describe.skipIf(!existsSync(FULL))('a full disk', () => {
  it('JSONL: close() fails with ENOSPC; abort() removes the temporary file', async () => {
    const folder = join(dir, 'jsonl');
    mkdirSync(folder);
    const target = join(folder, 'records.jsonl');
    symlinkSync(FULL, getTempPath(target));
    const sink = createJsonlSink(target);
    const error = await within(writeAndClose(sink, makeDocuments(50)));
    expect(error).toMatchObject({ code: 'ENOSPC' });
    await within(sink.abort());
    expect(leftovers(folder)).toEqual([]);
    expect(existsSync(target)).toBe(false);
  });

  it('CSV: a write fails with ENOSPC instead of an uncaught error event; abort() removes the temporary files', async () => {
    const target = join(dir, 'csv');
    mkdirSync(target);
    symlinkSync(FULL, getTempPath(join(target, 'membership.csv')));
    const sink = createCsvSink(target);
    const error = await within(writeAndClose(sink, makeDocuments(2000)));
    expect(error).toMatchObject({ code: 'ENOSPC' });
    await within(sink.abort());
    expect(leftovers(target)).toEqual([]);
    expect(readdirSync(target)).toEqual([]);
  });

  it('Excel, while records are spooled: fails with ENOSPC; abort() removes the spool folder', async () => {
    const folder = join(dir, 'xlsx-spool');
    mkdirSync(folder);
    const target = join(folder, 'records.xlsx');
    mkdirSync(getTempPath(target, '.d'));
    symlinkSync(FULL, join(getTempPath(target, '.d'), 'summary.jsonl'));
    const sink = createXlsxSink(target);
    const error = await within(writeAndClose(sink, makeDocuments(2000)));
    expect(error).toMatchObject({ code: 'ENOSPC' });
    await within(sink.abort());
    expect(leftovers(folder)).toEqual([]);
  });

  it('Excel, while the workbook is written: fails with ENOSPC instead of hanging; abort() removes everything', async () => {
    const folder = join(dir, 'xlsx-finalize');
    mkdirSync(folder);
    const target = join(folder, 'records.xlsx');
    symlinkSync(FULL, getTempPath(target, '.xlsx'));
    const sink = createXlsxSink(target);
    const error = await within(writeAndClose(sink, makeDocuments(300)));
    expect(error).toMatchObject({ code: 'ENOSPC' });
    await within(sink.abort());
    expect(leftovers(folder)).toEqual([]);
    expect(existsSync(target)).toBe(false);
  });
});
