import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VnprRecord } from '@vnpr/extractors';
import { afterAll, describe, expect, it } from 'vitest';
import { createJsonlSink, formatJsonl } from './jsonl.js';

const dir = mkdtempSync(join(tmpdir(), 'vnpr-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const encoder = new TextEncoder();

// About 3 MB in all, so the sink writes several chunks.
const documents: VnprRecord[][] = Array.from({ length: 3000 }, (_, n) => {
  const title = `Nghị quyết số ${n}-NQ/TW ${'về công tác xây dựng Đảng '.repeat(30)}`;
  return [{ type: 'document', docId: `văn-bản-${n}`, span: [0, title.length], quote: title, sentence: title, title }];
});

async function* lines(...values: string[]): AsyncGenerator<string> {
  yield* values;
}

describe('createJsonlSink', () => {
  it('writes the same file from JSONL bytes as from record objects, prelude first', async () => {
    const prelude = ['{"type":"document","docId":"đã-có"}'];
    const fromRecords = join(dir, 'records.jsonl');
    const recordSink = createJsonlSink(fromRecords, lines(...prelude));
    for (const records of documents) await recordSink.write(records);
    await recordSink.close();
    const fromBytes = join(dir, 'bytes.jsonl');
    const byteSink = createJsonlSink(fromBytes, lines(...prelude));
    for (const records of documents) await byteSink.writeJsonl?.(encoder.encode(formatJsonl(records)));
    await byteSink.close();
    const expected = `${prelude[0]}\n${documents.map(formatJsonl).join('')}`;
    expect(readFileSync(fromRecords, 'utf8')).toBe(expected);
    expect(readFileSync(fromBytes, 'utf8')).toBe(expected);
    expect(readdirSync(dir).filter((name) => name.startsWith('.vnpr-tmp-'))).toEqual([]);
  });

  it('leaves nothing behind when aborted', async () => {
    const target = join(dir, 'aborted.jsonl');
    const sink = createJsonlSink(target);
    for (const records of documents) await sink.writeJsonl?.(encoder.encode(formatJsonl(records)));
    await sink.abort();
    expect(readdirSync(dir).filter((name) => name.includes('aborted'))).toEqual([]);
  });
});
