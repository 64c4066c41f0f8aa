// The records of `vnpr report --from`, a document at a time: one pass over the records file checks every
// line and notes where each document's lines are (byte ranges, the lines of a document that follow each
// other in one range); a document's records are then read back from those bytes when its page is made.
// Memory holds the ranges, never the records.

import { type FileHandle, open } from 'node:fs/promises';
import type { VnprRecord } from '@vnpr/extractors';
import { RecordsFileError, readRecords, splitRecordLines } from '../readers/records.js';

/** Reads the records of a records file (`vnpr extract -o records.jsonl`) by document, in flat memory. */
export class RecordsByDocument {
  private constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
    /** Per docId, its byte ranges: start, end, start, end, … in file order. */
    private readonly ranges: Map<string, number[]>,
  ) {}

  /**
   * Checks every line of the file and notes where each document's lines are. Throws on the first line
   * that is not a record ("records.jsonl: line 7 is not JSON: give the JSONL written by vnpr extract").
   */
  static async open(path: string): Promise<RecordsByDocument> {
    const ranges = new Map<string, number[]>();
    let previous: number[] | undefined;
    let previousDocId: string | undefined;
    try {
      for await (const { record, start, end } of readRecords(path, { gunzip: false })) {
        if (record.docId === previousDocId && previous) {
          previous[previous.length - 1] = end;
          continue;
        }
        const list = ranges.get(record.docId);
        if (list) list.push(start, end);
        else ranges.set(record.docId, [start, end]);
        previous = ranges.get(record.docId);
        previousDocId = record.docId;
      }
    } catch (error) {
      if (error instanceof RecordsFileError && error.code === 'not-json')
        throw new Error(`${error.message}: give the JSONL written by vnpr extract`);
      throw error;
    }
    return new RecordsByDocument(path, await open(path, 'r'), ranges);
  }

  /** The records of a document, in file order, once: undefined when the file has none (or they were taken). */
  async take(docId: string): Promise<VnprRecord[] | undefined> {
    const ranges = this.ranges.get(docId);
    if (!ranges) return undefined;
    this.ranges.delete(docId);
    const records: VnprRecord[] = [];
    for (let i = 0; i < ranges.length; i += 2) {
      const start = ranges[i] as number;
      const bytes = Buffer.alloc((ranges[i + 1] as number) - start);
      const { bytesRead } = await this.handle.read(bytes, 0, bytes.length, start);
      const chunks = (async function* () {
        yield bytes.subarray(0, bytesRead);
      })();
      for await (const line of splitRecordLines(chunks, this.path, start)) {
        const record = JSON.parse(line.text) as VnprRecord;
        delete (record as Partial<VnprRecord>).sentence; // not shown, and the largest field
        records.push(record);
      }
    }
    return records;
  }

  /** The documents no page took (their docId is not among the inputs), each with its records, in file order. */
  async *takeRest(): AsyncGenerator<VnprRecord[]> {
    for (const docId of [...this.ranges.keys()]) {
      const records = await this.take(docId);
      if (records) yield records;
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
