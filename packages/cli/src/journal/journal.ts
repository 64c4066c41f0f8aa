import { closeSync, createReadStream, existsSync, fsyncSync, ftruncateSync, openSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { VnprRecord } from '@vnpr/extractors';
import { formatJsonl } from '../writers/jsonl.js';
import { writeFullySync } from '../writers/sink.js';

/**
 * The journal of a run: `<out>.vnpr-partial.jsonl` beside the output, the records of every finished
 * document appended in input order and made durable (written and fsynced) a batch at a time, each
 * batch closed by a commit line. The output itself is only written at the end (a temporary file
 * renamed into place), so a run killed at any moment, even by SIGKILL, leaves the output as it was,
 * and the journal holds every document of its committed batches. `--resume` reads the journal back
 * (lines after the last commit line, a batch torn by the kill, are dropped), skips the documents it
 * holds and writes their records first, so the final output equals an uninterrupted run's whatever
 * its format. The journal is removed once the output is in place.
 *
 * Lines: a header `{"vnprJournal":1,"options":{...}}`, record lines (exactly the records), and commit
 * lines `{"vnprJournal":"commit","documents":<total so far>}`.
 */
export interface JournalHeader {
  vnprJournal: 1;
  /** The options that shape the records: a journal is resumed only with the same ones. */
  options: { only: string[] | null; plugins: string[] };
}

/** The journal's path for an output: `records.xlsx` → `records.xlsx.vnpr-partial.jsonl`; a CSV folder `out/` → `out.vnpr-partial.jsonl`. */
export function getJournalPath(output: string): string {
  return `${output.replace(/[/\\]+$/, '')}.vnpr-partial.jsonl`;
}

/** Documents a batch holds at most before it is committed (and the bytes it may buffer). */
// (256 documents: an fsync per 32 cost about 1 s of the main thread's 7 s on the bench set.)
const BATCH_DOCUMENTS = 256;
const BATCH_BYTES = 4 * 1024 * 1024;

/** What a journal held when it was read back. */
export interface JournalContents {
  header: JournalHeader | undefined;
  /** Records of the committed batches, in order. */
  records: VnprRecord[];
  /** docIds with a `document` or `error` record in the committed batches. */
  done: Set<string>;
  /** Bytes of the file up to the end of its last commit line: the rest is a torn batch. */
  committedBytes: number;
}

/** Reads a journal back (see {@link JournalContents}). Memory grows with the records kept. */
export async function readJournal(path: string): Promise<JournalContents> {
  let header: JournalHeader | undefined;
  let pending: VnprRecord[] = [];
  const records: VnprRecord[] = [];
  let bytes = 0;
  let committedBytes = 0;
  const input = createReadStream(path);
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    bytes += Buffer.byteLength(line) + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      break; // a torn line: nothing after it was committed
    }
    if (typeof value !== 'object' || value === null) break;
    const object = value as Record<string, unknown>;
    if (object.vnprJournal === 1) {
      header = value as JournalHeader;
      committedBytes = bytes;
    } else if (object.vnprJournal === 'commit') {
      records.push(...pending);
      pending = [];
      committedBytes = bytes;
    } else if (typeof object.type === 'string' && typeof object.docId === 'string') {
      pending.push(value as VnprRecord);
    } else {
      break;
    }
  }
  const done = new Set<string>();
  for (const record of records) if (record.type === 'document' || record.type === 'error') done.add(record.docId);
  return { header, records, done, committedBytes };
}

/** Whether two headers ask for the same records. */
export function sameOptions(a: JournalHeader, b: JournalHeader): boolean {
  return JSON.stringify(a.options) === JSON.stringify(b.options);
}

const encoder = new TextEncoder();

/** Appends records to a journal, committing (write + fsync) a batch at a time: one write and one fsync a batch. */
export class JournalWriter {
  private readonly fd: number;
  /** The lines of the batch not yet written, and their bytes. */
  private chunks: Uint8Array[] = [];
  private bufferedBytes = 0;
  private documents = 0;
  private batchDocuments = 0;
  private closed = false;
  private position = 0;

  /**
   * Opens the journal at `path`: a new one with `header` (replacing any old file), or, with
   * `keepBytes`, the first `keepBytes` bytes of an existing one (its committed batches) are kept and
   * appended to.
   */
  constructor(
    readonly path: string,
    header: JournalHeader,
    keep?: { bytes: number; documents: number },
  ) {
    if (keep && existsSync(path)) {
      this.fd = openSync(path, 'r+');
      ftruncateSync(this.fd, keep.bytes);
      this.documents = keep.documents;
      this.position = keep.bytes;
    } else {
      this.fd = openSync(path, 'w');
      this.push(encoder.encode(`${JSON.stringify(header)}\n`));
      this.commit();
    }
  }

  /** Adds the records of one finished document (the whole of them, in one piece). */
  append(records: readonly VnprRecord[]): void {
    this.appendJsonl(encoder.encode(formatJsonl(records)));
  }

  /**
   * Adds one finished document given as its JSONL bytes (exactly `formatJsonl(records)` in UTF-8):
   * the same journal as {@link append}, without serializing on this thread. The bytes are kept, not
   * copied, until the batch is written.
   */
  appendJsonl(jsonl: Uint8Array): void {
    this.push(jsonl);
    this.documents++;
    this.batchDocuments++;
    if (this.batchDocuments >= BATCH_DOCUMENTS || this.bufferedBytes >= BATCH_BYTES) this.commit();
  }

  private push(bytes: Uint8Array): void {
    if (bytes.byteLength === 0) return;
    this.chunks.push(bytes);
    this.bufferedBytes += bytes.byteLength;
  }

  /** Writes the batch with its commit line (one write) and waits until it is on disk. */
  commit(): void {
    if (this.closed) return;
    if (this.batchDocuments > 0)
      this.push(encoder.encode(`${JSON.stringify({ vnprJournal: 'commit', documents: this.documents })}\n`));
    if (this.bufferedBytes === 0) return;
    writeFullySync(this.fd, Buffer.concat(this.chunks, this.bufferedBytes), this.position);
    this.position += this.bufferedBytes;
    fsyncSync(this.fd);
    this.chunks = [];
    this.bufferedBytes = 0;
    this.batchDocuments = 0;
  }

  /** Commits what is buffered and closes the file (it stays, for `--resume`). */
  close(): void {
    if (this.closed) return;
    this.commit();
    this.closed = true;
    closeSync(this.fd);
  }

  /** Closes and removes the journal: the output is complete. */
  async remove(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      closeSync(this.fd);
    }
    await rm(this.path, { force: true });
  }
}
