// The one way an input becomes the text that `extract()` and `analyze()` take. An input file is listed
// as its sources (a document file is one, a JSONL file one per line), and a source is read into its
// input (`readSourceInput`) and decoded into its text (`toSourceText`). `extract`, `eval`, `panel`,
// `inspect` and the worker pool all go through here.
import { decode, InputError } from '@vnpr/core';
import type { InputFile } from './find-inputs.js';
import { isJsonlPath, type JsonlDocument, readJsonlDocuments } from './jsonl.js';
import { readDocumentFile } from './read-document.js';

/**
 * One document of the inputs, before it is read: a document file (`.txt`, `.html`, `.docx`, ...), the text of
 * a JSONL line, or why there is no document to read (an `error` record to be).
 */
export type Source =
  | { kind: 'file'; docId: string; path: string }
  | { kind: 'text'; docId: string; text: string; publishedAt: string | null }
  | { kind: 'error'; docId: string; code: string; message: string };

/** A source there is something to read from. */
export type ReadableSource = Exclude<Source, { kind: 'error' }>;

/** A source as {@link listFileSources} finds it in its input file. */
export interface ListedSource {
  source: Source;
  /** The line of a JSONL file the document is on (none for a document file or an error about the whole file). */
  line?: number;
  /** Bytes of the input file read so far (compressed bytes for `.jsonl.gz`; the file's size for a document file). */
  bytesRead: number;
  /** Set on the error of a JSONL file with no line at all. */
  empty?: true;
}

/** The message of a JSONL file without a single document. */
const EMPTY_JSONL = 'empty JSONL file: no documents (one {"id", "text"} object a line)';

/**
 * The sources of one input file, in order, without reading a document file (it is read by
 * {@link readSourceInput}, in a worker when there are workers). Never throws: an input that cannot be
 * read, a bad JSONL line, an empty JSONL file and a JSONL file that fails midway each become an `error` source.
 *
 * @example for await (const { source } of listFileSources(file, 50e6)) records.push(...(await extract(await readSourceInput(source, 50e6))))
 */
export async function* listFileSources(file: InputFile, maxFileSize: number): AsyncGenerator<ListedSource> {
  if (file.problem) {
    const { code, message } = file.problem;
    yield { source: { kind: 'error', docId: file.docId, code, message }, bytesRead: 0 };
  } else if (isJsonlPath(file.path)) {
    yield* listJsonlSources(file, maxFileSize);
  } else {
    yield { source: { kind: 'file', docId: file.docId, path: file.path }, bytesRead: Math.max(0, file.size) };
  }
}

/** The source of one JSONL document (a line of a file, or of stdin for `extract --stdin`). */
export function sourceOfJsonl(document: JsonlDocument): Source {
  const { docId } = document;
  return document.kind === 'error'
    ? { kind: 'error', docId, code: document.code, message: document.message }
    : { kind: 'text', docId, text: document.text, publishedAt: document.publishedAt };
}

/** The documents of a JSONL file, one a line (a line over `maxLineBytes` is a `too-large` error, never read whole). */
async function* listJsonlSources(file: InputFile, maxLineBytes: number): AsyncGenerator<ListedSource> {
  const reader = readJsonlDocuments(file.path, file.docId, { maxLineBytes });
  let lines = 0;
  try {
    for await (const document of reader.documents) {
      lines++;
      yield { source: sourceOfJsonl(document), line: document.lineNo, bytesRead: reader.bytesRead() };
    }
    if (lines === 0) {
      const source: Source = { kind: 'error', docId: file.docId, code: 'empty', message: EMPTY_JSONL };
      yield { source, bytesRead: reader.bytesRead(), empty: true };
    }
  } catch (error) {
    yield { source: describeReadFailure(file.docId, lines, error), bytesRead: reader.bytesRead() };
  }
}

/** The error source of a JSONL file that could not be read to its end. */
function describeReadFailure(docId: string, lines: number, error: unknown): Source {
  if (error instanceof InputError) return { kind: 'error', docId, code: error.code, message: error.message };
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
  return { kind: 'error', docId, code: 'unreadable', message: `cannot read ${docId} after ${lines} lines (${reason})` };
}

/** The sources of every input file, one after the other (see {@link listFileSources}). Never throws. */
export async function* listSources(files: Iterable<InputFile>, maxFileSize: number): AsyncGenerator<Source> {
  for (const file of files) for await (const { source } of listFileSources(file, maxFileSize)) yield source;
}

/**
 * Reads a source into what `extract()` takes: the raw bytes of a `.txt`/`.md` file (decoded by `extract`,
 * so legacy encodings are detected and named), the article text of `.html`, the text of `.docx`, the text
 * of a JSONL line. Throws `InputError` ('too-large', 'unreadable', 'unsupported-format', ...).
 */
export async function readSourceInput(source: ReadableSource, maxFileSize: number): Promise<string | Uint8Array> {
  return source.kind === 'file' ? readDocumentFile(source.path, maxFileSize) : source.text;
}

/** The text of a source's input, as `extract()` decodes it: the text its records' spans point into. */
export function toSourceText(input: string | Uint8Array): string {
  return typeof input === 'string' ? input : decode(input).text;
}
