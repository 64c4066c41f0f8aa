import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import type { VnprRecord } from '@vnpr/extractors';
import { parseRecordLine, readRecordLines } from '../readers/records.js';
import { formatJsonl } from '../writers/jsonl.js';
import { writeFullySync } from '../writers/sink.js';

/**
 * The journal of a run: `<out>.vnpr-partial.jsonl` beside the output, the records of every finished
 * document appended in run order and made durable (written and fsynced) a batch at a time, each
 * batch closed by a commit line. The output itself is only written at the end (a temporary file
 * renamed into place), so a run killed at any moment, even by SIGKILL, leaves the output as it was,
 * and the journal holds every document of its committed batches. The journal is removed once the
 * output is in place.
 *
 * `--resume` continues from it only when this run is the one that wrote it: the header holds the
 * vnpr version, every option that changes the records (`--only`, `--plugin` with a hash of each
 * plugin's file, `--shard`, `--max-file-size`) and every input (path, docId, size, modification
 * time); any difference refuses the resume ({@link ResumeError}). Documents are known by their place
 * in the run (input number and docId, a marker line before their records), never by the docIds of
 * their records: the run's first N documents are the journal's N, in the same order, checked one by
 * one as they are skipped. The journal is read as a stream, three times (check, records, markers),
 * never held in memory.
 *
 * Lines:
 * - the header `{"vnprJournal":2,"vnpr":"0.1.0","options":{...},"inputs":<count>}`, then one line
 *   per input `{"vnprJournal":"input","path":…,"docId":…,"size":…,"mtimeMs":…}`;
 * - per document, a marker `{"vnprJournal":"doc","input":<number>,"docId":…}` and its records;
 * - commit lines `{"vnprJournal":"commit","documents":<total so far>}`.
 */
export interface JournalHeader {
  vnprJournal: 2;
  /** The version of vnpr that wrote it. */
  vnpr: string;
  options: JournalOptions;
  /** How many input lines follow the header. */
  inputs: number;
}

/** The options that change the records a run writes. */
export interface JournalOptions {
  only: string[] | null;
  plugins: PluginIdentity[];
  /** `i/n`, or null without `--shard`. */
  shard: string | null;
  maxFileSize: number;
}

/** A plugin as given (`--plugin`) and what it was: its id and a hash of its file. */
export interface PluginIdentity {
  specifier: string;
  id: string;
  /** SHA-256 of the plugin's entry file (first 16 hex digits), or null when it could not be read. */
  sha256: string | null;
}

/** One input of the run, as the journal records it. */
export interface JournalInput {
  path: string;
  docId: string;
  /** Bytes, -1 when the file could not be examined. */
  size: number;
  /** Modification time (ms since 1970), null when the file could not be examined. */
  mtimeMs: number | null;
}

/** A document's place in the run: the input it came from (its number in the list) and its docId. */
export interface DocumentKey {
  input: number;
  docId: string;
}

/** A resume that would not give the output of the run asked for: said in one line, exit code 2. */
export class ResumeError extends Error {
  override name = 'ResumeError';
}

/** The journal's path for an output: `records.xlsx` → `records.xlsx.vnpr-partial.jsonl`; a CSV folder `out/` → `out.vnpr-partial.jsonl`. */
export function getJournalPath(output: string): string {
  return `${output.replace(/[/\\]+$/, '')}.vnpr-partial.jsonl`;
}

/** SHA-256 of a file, its first 16 hex digits; null when it cannot be read. */
export async function hashFile(path: string): Promise<string | null> {
  try {
    return createHash('sha256')
      .update(await readFile(path))
      .digest('hex')
      .slice(0, 16);
  } catch {
    return null;
  }
}

/** The journal's view of the inputs: each one's size and modification time (a `stat` each, 64 at a time). */
export async function describeInputs(inputs: readonly { path: string; docId: string }[]): Promise<JournalInput[]> {
  const described: JournalInput[] = [];
  for (let start = 0; start < inputs.length; start += 64) {
    const slice = inputs.slice(start, start + 64);
    const stats = await Promise.all(slice.map((input) => stat(input.path).catch(() => undefined)));
    slice.forEach((input, n) => {
      const info = stats[n];
      described.push({
        path: input.path,
        docId: input.docId,
        size: info ? info.size : -1,
        mtimeMs: info ? info.mtimeMs : null,
      });
    });
  }
  return described;
}

/** The start of every journal line that is not a record. */
const JOURNAL_LINE = '{"vnprJournal"';
const MARKER_LINE = '{"vnprJournal":"doc"';

/**
 * The complete lines of a journal up to byte `end`, and the byte each ends at (past its `\n`).
 * A last line without its `\n` is torn (every line is written whole) and is not given.
 */
async function* readLines(path: string, end?: number): AsyncGenerator<{ line: string; end: number }> {
  for await (const line of readRecordLines(path, { gunzip: false, ...(end !== undefined ? { start: 0, end } : {}) })) {
    if (line.ended) yield { line: line.text, end: line.end + 1 };
  }
}

function parseJournalLine(line: string): Record<string, unknown> | undefined {
  const { record } = parseRecordLine(line, 'json');
  return typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : undefined;
}

/** How much of a journal a resume keeps. */
export interface JournalCheckpoint {
  /** Bytes up to the end of its last commit line: the rest is a torn batch. */
  bytes: number;
  /** Documents in its committed batches. */
  documents: number;
}

function describeOnly(only: string[] | null): string {
  return only ? only.join(',') : 'not given (every type)';
}

function describePlugins(plugins: readonly PluginIdentity[]): string {
  return plugins.length > 0 ? plugins.map((plugin) => plugin.specifier).join(', ') : 'none';
}

/** The first difference between the options of a journal and of this run, in words; undefined when none. */
function compareOptions(was: JournalOptions, now: JournalOptions): string | undefined {
  if (JSON.stringify(was.only) !== JSON.stringify(now.only))
    return `--only was ${describeOnly(was.only)}, now ${describeOnly(now.only)}`;
  if (was.shard !== now.shard) return `--shard was ${was.shard ?? 'not given'}, now ${now.shard ?? 'not given'}`;
  if (was.maxFileSize !== now.maxFileSize)
    return `--max-file-size was ${was.maxFileSize} bytes, now ${now.maxFileSize} bytes`;
  const plugins = (list: readonly PluginIdentity[]) => JSON.stringify(list.map((plugin) => plugin.specifier));
  if (plugins(was.plugins) !== plugins(now.plugins))
    return `--plugin was ${describePlugins(was.plugins)}, now ${describePlugins(now.plugins)}`;
  const changed = now.plugins.find((plugin, n) => JSON.stringify(plugin) !== JSON.stringify(was.plugins[n]));
  if (changed) return `plugin ${changed.specifier} changed since (its file or id differs)`;
  return undefined;
}

/** Whether an input of the journal is this run's input (same path, docId, size and modification time); else why not. */
function compareInput(was: JournalInput, now: JournalInput, given: ReadonlySet<string>): string | undefined {
  if (was.path !== now.path)
    return given.has(was.path)
      ? `input ${now.path} is new, or the inputs are in another order`
      : `input ${was.path} is no longer given`;
  if (was.docId !== now.docId) return `input ${now.path} is named ${now.docId} now, ${was.docId} in the journal`;
  if (was.size !== now.size) return `input ${now.path} changed since (${was.size} bytes then, ${now.size} now)`;
  if (was.mtimeMs !== now.mtimeMs) return `input ${now.path} changed since (modified at another time)`;
  return undefined;
}

/**
 * Reads a journal for `--resume` (one pass, as a stream) and checks that this run wrote it: the same
 * vnpr version, options and inputs as `header` and `inputs`. Throws a {@link ResumeError} naming the
 * first difference. Returns what to keep, or undefined when the journal holds no committed header
 * (a run killed before its first commit): there is nothing to resume.
 */
export async function checkJournal(
  path: string,
  header: JournalHeader,
  inputs: readonly JournalInput[],
): Promise<JournalCheckpoint | undefined> {
  const refuse = (
    reason: string,
    what = 'run again with the same options and inputs, or without --resume to start over',
  ) => new ResumeError(`cannot resume from ${path}: ${reason}: ${what}`);
  const given = new Set(inputs.map((input) => input.path));
  let inputCount = -1; // until the header is read
  let inputIndex = 0;
  let documents = 0;
  let checkpoint: JournalCheckpoint | undefined;
  for await (const { line, end } of readLines(path)) {
    if (!line.startsWith(JOURNAL_LINE)) {
      if (inputCount < 0) throw refuse('it does not begin with a journal header');
      continue; // a record
    }
    if (line.startsWith(MARKER_LINE)) {
      documents++;
      continue;
    }
    const value = parseJournalLine(line);
    if (!value) break; // a torn line: nothing after it was committed
    if (inputCount < 0) {
      if (value.vnprJournal !== 2)
        throw refuse(
          'it was written by an older vnpr, which did not record its options and inputs',
          'run without --resume to start over',
        );
      const was = value as unknown as JournalHeader;
      if (was.vnpr !== header.vnpr)
        throw refuse(
          `it was written by vnpr ${was.vnpr}, this is vnpr ${header.vnpr}`,
          `resume with vnpr ${was.vnpr}, or run without --resume to start over`,
        );
      const difference = compareOptions(was.options, header.options);
      if (difference) throw refuse(difference);
      inputCount = was.inputs;
    } else if (value.vnprJournal === 'input') {
      const was = value as unknown as JournalInput;
      const now = inputs[inputIndex];
      if (!now) throw refuse(`input ${was.path} is no longer given`);
      const difference = compareInput(was, now, given);
      if (difference) throw refuse(difference);
      inputIndex++;
    } else if (value.vnprJournal === 'commit') {
      if (inputIndex !== inputCount || value.documents !== documents)
        throw refuse(`it is damaged (its commit line at byte ${end} does not match what precedes it)`);
      checkpoint = { bytes: end, documents };
    } else {
      break;
    }
  }
  if (!checkpoint) return undefined;
  const added = inputs[inputIndex];
  if (added) throw refuse(`input ${added.path} is new`);
  return checkpoint;
}

/**
 * The record lines of a journal's committed batches (each a Buffer with its `\n`, exactly the bytes
 * `formatJsonl` wrote), in order, read as a stream.
 */
export async function* readJournalRecordLines(path: string, checkpoint: JournalCheckpoint): AsyncGenerator<Buffer> {
  for await (const { line } of readLines(path, checkpoint.bytes))
    if (!line.startsWith(JOURNAL_LINE)) yield Buffer.from(`${line}\n`);
}

/** The records of a journal's committed batches, in groups of at most `size` (parsed a group at a time). */
export async function* readJournalRecords(
  path: string,
  checkpoint: JournalCheckpoint,
  size = 1000,
): AsyncGenerator<VnprRecord[]> {
  let group: VnprRecord[] = [];
  for await (const { line } of readLines(path, checkpoint.bytes)) {
    if (line.startsWith(JOURNAL_LINE)) continue;
    group.push(JSON.parse(line) as VnprRecord);
    if (group.length >= size) {
      yield group;
      group = [];
    }
  }
  if (group.length > 0) yield group;
}

/** The documents of a journal's committed batches (their {@link DocumentKey}s), in run order, read as a stream. */
export async function* readJournalDocuments(path: string, checkpoint: JournalCheckpoint): AsyncGenerator<DocumentKey> {
  for await (const { line } of readLines(path, checkpoint.bytes)) {
    if (!line.startsWith(MARKER_LINE)) continue;
    const value = parseJournalLine(line);
    yield { input: Number(value?.input), docId: String(value?.docId) };
  }
}

/** Documents a batch holds at most before it is committed (and the bytes it may buffer). */
// (256 documents: an fsync per 32 cost about 1 s of the main thread's 7 s on the bench set.)
const BATCH_DOCUMENTS = 256;
const BATCH_BYTES = 4 * 1024 * 1024;

const encoder = new TextEncoder();

/** Appends documents to a journal, committing (write + fsync) a batch at a time: one write and one fsync a batch. */
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
   * Opens the journal at `path`: a new one with `header` and `inputs` (replacing any old file), or,
   * with `keep` (from {@link checkJournal}), the committed batches of an existing one are kept and
   * appended to.
   */
  constructor(
    readonly path: string,
    header: JournalHeader,
    inputs: readonly JournalInput[],
    keep?: JournalCheckpoint,
  ) {
    if (keep && existsSync(path)) {
      this.fd = openSync(path, 'r+');
      ftruncateSync(this.fd, keep.bytes);
      this.documents = keep.documents;
      this.position = keep.bytes;
    } else {
      this.fd = openSync(path, 'w');
      let lines = `${JSON.stringify(header)}\n`;
      for (const input of inputs) lines += `${JSON.stringify({ vnprJournal: 'input', ...input })}\n`;
      this.push(encoder.encode(lines));
      this.push(encoder.encode(`${JSON.stringify({ vnprJournal: 'commit', documents: 0 })}\n`));
      this.commit();
    }
  }

  /** Adds the records of one finished document (the whole of them, in one piece). */
  append(key: DocumentKey, records: readonly VnprRecord[]): void {
    this.appendJsonl(key, encoder.encode(formatJsonl(records)));
  }

  /**
   * Adds one finished document given as its JSONL bytes (exactly `formatJsonl(records)` in UTF-8):
   * the same journal as {@link append}, without serializing on this thread. The bytes are kept, not
   * copied, until the batch is written.
   */
  appendJsonl(key: DocumentKey, jsonl: Uint8Array): void {
    this.push(encoder.encode(`${JSON.stringify({ vnprJournal: 'doc', input: key.input, docId: key.docId })}\n`));
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
