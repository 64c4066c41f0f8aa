import type { VnprRecord } from '@vnpr/extractors';
import { describe, expect, it } from 'vitest';
import { formatJsonl } from '../writers/jsonl.js';
import { decodeBatch, encodeBatch } from './tasks.js';

const decoder = new TextDecoder();

function makeRecord(type: string, docId: string, quote: string): VnprRecord {
  return { type, docId, span: [0, quote.length], quote, sentence: `${quote}.` };
}

// Multi-byte text (Vietnamese, an emoji, a line separator) so bytes and characters differ.
const results: VnprRecord[][] = [
  [makeRecord('document', 'a.txt', 'Đại hội Đảng bộ'), makeRecord('membership', 'a.txt', 'kết nạp 209 đảng viên 🎉')],
  [makeRecord('error', 'b.txt', 'không đọc được')],
  [],
  [makeRecord('document', 'c.txt', 'dòng\u2028mới "trích dẫn"')],
];

describe('encodeBatch and decodeBatch', () => {
  it('give each task exactly the bytes of formatJsonl, with its counts and errors', () => {
    const outputs = decodeBatch(encodeBatch(results, false));
    expect(outputs).toHaveLength(results.length);
    outputs.forEach((output, index) => {
      const records = results[index] ?? [];
      expect(decoder.decode(output.jsonl)).toBe(formatJsonl(records));
      expect(output.recordCount).toBe(records.length);
      expect(output.documents).toBe(records.filter((record) => record.type === 'document').length);
      expect(output.errors).toEqual(records.filter((record) => record.type === 'error'));
      expect(output.records).toBeUndefined();
    });
  });

  it('put the whole batch in one buffer and carry the records only when asked', () => {
    const batch = encodeBatch(results, true);
    expect(decoder.decode(batch.jsonl)).toBe(results.map(formatJsonl).join(''));
    expect(batch.jsonl.byteLength).toBe(batch.jsonl.buffer.byteLength);
    expect(decodeBatch(batch).map((output) => output.records)).toEqual(results);
  });
});
