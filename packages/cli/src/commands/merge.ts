import { realpathSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { VnprRecord } from '@vnpr/extractors';
import { parseRecordLine, readRecordLines } from '../readers/records.js';
import { countNoun, formatCount } from '../ui/progress.js';
import { writeStderr } from '../ui/stderr.js';
import { parseCommandArgs, parseOption, requireOutput, writeNotice } from '../util/command-args.js';
import { parseSize } from '../util/parse-size.js';
import { createFileStream, endStream, writeChunk } from '../writers/sink.js';
import { MERGE_HELP } from './merge-help.js';
import { openSink, resolveFormat } from './output-format.js';
import { UsageError } from './usage-error.js';

/** One input of the merge: a JSONL records file (plain or gzip). */
export interface MergeInput {
  path: string;
  /** How it is named in messages: the path as given, or relative to the folder given. */
  name: string;
}

/** The records of one document from one input: its JSONL lines, in their order. */
interface DocumentGroup {
  docId: string;
  lines: string[];
  bytes: number;
  hasDocument: boolean;
}

/** What the merge found. */
export interface MergeStats {
  inputs: number;
  /** Inputs that were not in docId order and went through an external sort. */
  sortedInputs: number;
  documents: number;
  records: number;
  errors: number;
  duplicates: number;
}

/** Options of `mergeRecords`. */
export interface MergeOptions {
  /** Bytes of lines held while sorting an input that is not in docId order. */
  sortMemory: number;
  /** Folder for the sorted pieces. */
  tmpDir: string;
  /** Receives each document's records in docId order (the raw JSONL lines, each without its newline). */
  onDocument: (docId: string, lines: readonly string[]) => Promise<void>;
  /** Receives each problem worth a line on stderr. */
  onWarning: (message: string) => void;
}

/** Folder entries that are records: JSONL files and Hadoop/Spark part files, not markers or temporary parts. */
function isRecordsFile(name: string): boolean {
  if (name.startsWith('.') || name.startsWith('_')) return false;
  return /\.(?:jsonl|ndjson)(?:\.gz)?$/i.test(name) || /^part-/.test(name);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function* walkFolder(root: string, dir = root): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => compareText(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) yield* walkFolder(root, path);
    else if (entry.isFile() && isRecordsFile(entry.name)) yield path;
  }
}

/**
 * Expands the command line into record files: a file is taken as it is, a folder stands for its
 * record files (recursively). The same file named twice is read once.
 */
export async function findMergeInputs(args: readonly string[], cwd = process.cwd()): Promise<MergeInput[]> {
  const inputs: MergeInput[] = [];
  const seen = new Set<string>();
  const add = (path: string, name: string) => {
    let key = path;
    try {
      key = realpathSync(path);
    } catch {
      // a missing file is reported when it is read
    }
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ path, name });
  };
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`${arg}: no such file or folder`);
    if (info.isDirectory()) {
      for await (const file of walkFolder(path)) add(file, join(arg, relative(path, file)).split(sep).join('/'));
    } else {
      add(path, arg);
    }
  }
  return inputs;
}

/** An `error` record, the same shape as the extractors' `errorRecord`. */
export function makeErrorRecord(docId: string, code: string, message: string): VnprRecord {
  return { type: 'error', docId, span: [0, 0], quote: '', sentence: '', code, message };
}

/**
 * Reads an input as document groups: consecutive lines with the same docId. A line that is not a
 * record becomes an `invalid-record` error record of its own, named `<input>#<line>`.
 */
async function* readGroups(input: MergeInput, onWarning: (message: string) => void): AsyncGenerator<DocumentGroup> {
  let group: DocumentGroup | undefined;
  for await (const { text: line, lineNo } of readRecordLines(input.path, { name: input.name })) {
    const { record } = parseRecordLine(line);
    let key = record && { docId: record.docId, type: record.type };
    let text = line;
    if (!key) {
      const docId = `${input.name}#${lineNo}`;
      const message = `line ${lineNo} of ${input.name} is not a vnpr record (a JSON object with "type" and "docId")`;
      onWarning(`error: ${docId}: ${message}`);
      key = { docId, type: 'error' };
      text = JSON.stringify(makeErrorRecord(docId, 'invalid-record', message));
    }
    if (group && group.docId === key.docId) {
      group.lines.push(text);
      group.bytes += text.length;
      group.hasDocument ||= key.type === 'document';
    } else {
      if (group) yield group;
      group = { docId: key.docId, lines: [text], bytes: text.length, hasDocument: key.type === 'document' };
    }
  }
  if (group) yield group;
}

/** Whether an input's documents come in strictly increasing docId order (each docId in one place). */
async function isSortedByDocId(input: MergeInput): Promise<boolean> {
  let previous: string | undefined;
  for await (const group of readGroups(input, () => {})) {
    if (previous !== undefined && compareText(previous, group.docId) >= 0) return false;
    previous = group.docId;
  }
  return true;
}

/** A sorted stream of document groups and the input they came from. */
interface Run {
  inputIndex: number;
  /** The runs of one input, numbered in the order they were written. */
  runIndex: number;
  groups: AsyncIterator<DocumentGroup>;
}

/**
 * Sorts an input that is not in docId order into runs: pieces of at most `sortMemory` bytes, each
 * sorted (stably, so a document's lines keep their order) and written to a temporary file.
 */
async function writeSortedRuns(
  input: MergeInput,
  inputIndex: number,
  options: MergeOptions,
  nextPath: () => string,
): Promise<Run[]> {
  const paths: string[] = [];
  let buffer: DocumentGroup[] = [];
  let bytes = 0;
  const spill = async () => {
    buffer.sort((a, b) => compareText(a.docId, b.docId));
    const path = nextPath();
    const stream = createFileStream(path);
    for (const group of buffer) for (const line of group.lines) await writeChunk(stream, `${line}\n`);
    await endStream(stream);
    paths.push(path);
    buffer = [];
    bytes = 0;
  };
  for await (const group of readGroups(input, options.onWarning)) {
    buffer.push(group);
    bytes += group.bytes;
    if (bytes >= options.sortMemory) await spill();
  }
  if (buffer.length > 0) await spill();
  return paths.map((path, runIndex) => ({
    inputIndex,
    runIndex,
    groups: readGroups({ path, name: input.name }, () => {})[Symbol.asyncIterator](),
  }));
}

/** A run with its current group, ordered in the heap by docId. */
interface Cursor {
  run: Run;
  head: DocumentGroup;
}

/** A binary min-heap of cursors by the docId of their current group. */
class CursorHeap {
  private readonly items: Cursor[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): Cursor | undefined {
    return this.items[0];
  }

  push(cursor: Cursor): void {
    const items = this.items;
    items.push(cursor);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.less(index, parent)) {
        this.swap(index, parent);
        index = parent;
      } else break;
    }
  }

  pop(): Cursor | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let index = 0;
      for (;;) {
        const left = index * 2 + 1;
        const right = left + 1;
        let smallest = index;
        if (left < items.length && this.less(left, smallest)) smallest = left;
        if (right < items.length && this.less(right, smallest)) smallest = right;
        if (smallest === index) break;
        this.swap(index, smallest);
        index = smallest;
      }
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const x = this.items[a] as Cursor;
    const y = this.items[b] as Cursor;
    if (x.head.docId !== y.head.docId) return x.head.docId < y.head.docId;
    return (x.run.inputIndex - y.run.inputIndex || x.run.runIndex - y.run.runIndex) < 0;
  }

  private swap(a: number, b: number): void {
    const items = this.items;
    [items[a], items[b]] = [items[b] as Cursor, items[a] as Cursor];
  }
}

/** One input's copy of a document: its lines joined, for comparing copies. */
interface Copy {
  inputIndex: number;
  lines: string[];
  hasDocument: boolean;
  text: string;
}

/**
 * Chooses the copy of a document to keep, whatever the order of the inputs: a copy with a
 * `document` record before one without (a retried task that succeeded), then the smallest text.
 */
function chooseCopy(copies: readonly Copy[]): Copy {
  return [...copies].sort(
    (a, b) => Number(b.hasDocument) - Number(a.hasDocument) || compareText(a.text, b.text),
  )[0] as Copy;
}

/**
 * Merges record files into one stream of documents in docId order, in flat memory: a k-way merge
 * over the inputs that are sorted and over sorted temporary runs of those that are not. A document
 * whose docId is in several inputs is given once, followed by a `duplicate-doc` error record.
 */
export async function mergeRecords(inputs: readonly MergeInput[], options: MergeOptions): Promise<MergeStats> {
  const stats: MergeStats = {
    inputs: inputs.length,
    sortedInputs: 0,
    documents: 0,
    records: 0,
    errors: 0,
    duplicates: 0,
  };
  const workDir = await mkdtemp(join(options.tmpDir, 'vnpr-merge-'));
  let runCount = 0;
  const nextPath = () => join(workDir, `run-${runCount++}.jsonl`);
  try {
    const runs: Run[] = [];
    for (const [inputIndex, input] of inputs.entries()) {
      if (await isSortedByDocId(input)) {
        runs.push({ inputIndex, runIndex: 0, groups: readGroups(input, options.onWarning)[Symbol.asyncIterator]() });
      } else {
        stats.sortedInputs++;
        runs.push(...(await writeSortedRuns(input, inputIndex, options, nextPath)));
      }
    }
    const heap = new CursorHeap();
    const advance = async (run: Run) => {
      const next = await run.groups.next();
      if (!next.done) heap.push({ run, head: next.value });
    };
    for (const run of runs) await advance(run);

    while (heap.size > 0) {
      const docId = (heap.peek() as Cursor).head.docId;
      // Every run whose current group has this docId; the runs of one input add up to one copy.
      const byInput = new Map<number, Copy>();
      while (heap.peek()?.head.docId === docId) {
        const cursor = heap.pop() as Cursor;
        const copy = byInput.get(cursor.run.inputIndex) ?? {
          inputIndex: cursor.run.inputIndex,
          lines: [],
          hasDocument: false,
          text: '',
        };
        for (const line of cursor.head.lines) copy.lines.push(line); // not push(...): a document may have 300,000 lines
        copy.hasDocument ||= cursor.head.hasDocument;
        byInput.set(cursor.run.inputIndex, copy);
        await advance(cursor.run);
      }
      const copies = [...byInput.values()];
      for (const copy of copies) copy.text = copies.length > 1 ? copy.lines.join('\n') : '';
      const kept = copies.length > 1 ? chooseCopy(copies) : (copies[0] as Copy);
      const lines = [...kept.lines];
      if (copies.length > 1) {
        stats.duplicates++;
        const names = copies.map((copy) => inputs[copy.inputIndex]?.name ?? '').sort(compareText);
        const same = copies.every((copy) => copy.text === kept.text);
        const keptName = inputs[kept.inputIndex]?.name ?? '';
        const message = same
          ? `docId in ${copies.length} inputs (${names.join(', ')}) with the same records: kept once`
          : `docId in ${copies.length} inputs (${names.join(', ')}) with different records: kept the copy of ${keptName}`;
        options.onWarning(`error: ${docId}: ${message}`);
        lines.push(JSON.stringify(makeErrorRecord(docId, 'duplicate-doc', message)));
      }
      for (const line of lines) {
        const type = parseRecordLine(line).record?.type;
        if (type === 'document') stats.documents++;
        else if (type === 'error') stats.errors++;
        else stats.records++;
      }
      await options.onDocument(docId, lines);
    }
    return stats;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** `vnpr merge`: parses its arguments, merges the record files, returns the exit code. */
export async function runMergeCommand(argv: string[]): Promise<number> {
  const args = parseCommandArgs(
    argv,
    {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      only: { type: 'string' },
      'sort-memory': { type: 'string' },
      'tmp-dir': { type: 'string' },
      strict: { type: 'boolean' },
    },
    MERGE_HELP,
  );
  if (!args) return 0;
  const { values, positionals } = args;
  if (positionals.length === 0)
    throw new UsageError('give the record files or folders to merge, e.g. vnpr merge results/ -o records.xlsx');
  const output = requireOutput(values.output, '-o records.xlsx (or -o - for JSONL on stdout)');
  const format = resolveFormat(output, values.format);
  // Shard outputs may hold plugins' types too, so any type name is taken here (no list to check it against).
  const only = values.only
    ?.split(',')
    .map((type) => type.trim())
    .filter(Boolean);
  const sortMemory = parseOption(() => parseSize(values['sort-memory'] ?? '64MB'));
  const inputs = await findMergeInputs(positionals);
  if (inputs.length === 0)
    throw new UsageError(`no record files (.jsonl, .jsonl.gz, part-*) in ${positionals.join(' ')}`);

  const startedAt = performance.now();
  const sink = await openSink(format, output, only);
  const encoder = new TextEncoder();
  const writeJsonl = sink.writeJsonl?.bind(sink);
  const onSignal = (name: NodeJS.Signals) => {
    writeStderr(`vnpr: ${name === 'SIGINT' ? 'interrupted' : 'terminated'}: no output written\n`);
    void sink.abort().then(() => process.exit(name === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const stats = await mergeRecords(inputs, {
      sortMemory: Math.max(1, sortMemory),
      tmpDir: values['tmp-dir'] ?? tmpdir(),
      onWarning: writeNotice,
      onDocument: async (_docId, lines) => {
        if (writeJsonl) await writeJsonl(encoder.encode(`${lines.join('\n')}\n`));
        else await sink.write(lines.map((line) => JSON.parse(line) as VnprRecord));
      },
    });
    await sink.close();
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    const counts = [
      countNoun(stats.inputs, 'input'),
      countNoun(stats.documents, 'document'),
      countNoun(stats.records, 'record'),
      countNoun(stats.errors, 'error'),
      countNoun(stats.duplicates, 'duplicate'),
    ];
    if (stats.sortedInputs > 0) counts.push(`${formatCount(stats.sortedInputs)} sorted first`);
    writeStderr(`${counts.join(', ')} in ${seconds} s → ${output === '-' ? 'stdout' : output}\n`);
    return values.strict && stats.duplicates > 0 ? 1 : 0;
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
