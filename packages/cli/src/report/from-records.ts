// The records of `vnpr report --from`, a document at a time: one pass over the records file checks every
// line and notes where each document's lines are (byte ranges, the lines of a document that follow each
// other in one range); a document's records are then read back from those bytes when its page is made.
// Memory holds the ranges (in a DocumentIndex, outside the heap), never the records.

import { type FileHandle, open } from 'node:fs/promises';
import type { VnprRecord } from '@vnpr/extractors';
import { RecordsFileError, readRecords, splitRecordLines } from '../readers/records.js';
import { DocumentIndex } from './document-index.js';

/** Reads the records of a records file (`vnpr extract -o records.jsonl`) by document, in flat memory. */
export class RecordsByDocument {
  private constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
    /** Per docId, its byte ranges in file order. */
    private readonly ranges: DocumentIndex,
  ) {}

  /**
   * Checks every line of the file and notes where each document's lines are. Throws on the first line
   * that is not a record ("records.jsonl: line 7 is not JSON: give the JSONL written by vnpr extract").
   */
  static async open(path: string): Promise<RecordsByDocument> {
    const ranges = new DocumentIndex();
    try {
      for await (const { record, start, end } of readRecords(path, { gunzip: false }))
        ranges.addRange(record.docId, start, end);
    } catch (error) {
      if (error instanceof RecordsFileError && error.code === 'not-json')
        throw new Error(`${error.message}: give the JSONL written by vnpr extract`);
      throw error;
    }
    return new RecordsByDocument(path, await open(path, 'r'), ranges);
  }

  /** The records of a document, in file order, once: undefined when the file has none (or they were taken). */
  async take(docId: string): Promise<VnprRecord[] | undefined> {
    const bytes = await this.takeBytes(docId);
    return bytes && (await parseRecordBytes(bytes, this.path));
  }

  /** The lines of a document's records, as {@link take} but unparsed (for {@link parseRecordBytes} in a worker). */
  async takeBytes(docId: string): Promise<Buffer | undefined> {
    const ranges = this.ranges.take(docId);
    return ranges && (await this.read(ranges));
  }

  /** The bytes of byte ranges (start, end, start, end, …), a line break between two. */
  private async read(ranges: readonly number[]): Promise<Buffer> {
    let length = 0;
    for (let i = 0; i < ranges.length; i += 2) length += (ranges[i + 1] as number) - (ranges[i] as number) + 1;
    const bytes = Buffer.alloc(Math.max(0, length - 1), 0x0a);
    let offset = 0;
    for (let i = 0; i < ranges.length; i += 2) {
      const start = ranges[i] as number;
      const size = (ranges[i + 1] as number) - start;
      await this.handle.read(bytes, offset, size, start);
      offset += size + 1;
    }
    return bytes;
  }

  /** The documents no page took (their docId is not among the inputs), each with its records, in file order. */
  async *takeRest(): AsyncGenerator<VnprRecord[]> {
    for (const ranges of this.ranges.takeRest()) yield await parseRecordBytes(await this.read(ranges), this.path);
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

/** Records from lines of a records file (checked when the file was opened), without their `sentence` (not shown, and the largest field). */
export async function parseRecordBytes(bytes: Uint8Array, name: string): Promise<VnprRecord[]> {
  const records: VnprRecord[] = [];
  const chunks = (async function* () {
    yield bytes;
  })();
  for await (const line of splitRecordLines(chunks, name)) {
    const record = JSON.parse(line.text) as VnprRecord;
    delete (record as Partial<VnprRecord>).sentence;
    records.push(record);
  }
  return records;
}
