import { type DocumentKey, ResumeError } from '../journal/journal.js';
import type { InputFile } from '../readers/find-inputs.js';
import { isJsonlPath } from '../readers/jsonl.js';
import { listFileSources } from '../readers/source.js';
import type { ProgressState } from '../ui/progress.js';
import { isInShard, type Shard } from '../util/shard.js';
import type { Task, TaskOutput } from './tasks.js';
import type { TaskRunner } from './worker-pool.js';

/** One step of the input stream: a task (or none, for a pure progress marker) with its share of the bytes. */
interface WorkItem {
  task?: Task;
  /** The number of the input the task comes from (its place in `inputs`). */
  input: number;
  /** The line of a JSONL input the document is on. */
  line?: number;
  weight: number;
  fileDone: boolean;
  /** A file left out by `--shard` or `--resume`. */
  skipped?: boolean;
}

/** Options of one extraction run. */
export interface PipelineOptions {
  inputs: readonly InputFile[];
  runner: TaskRunner;
  /** Worker count, to size batches in flight. */
  jobs: number;
  maxFileSize: number;
  shard?: Shard;
  /**
   * The documents already done (`--resume`), in run order: the run's first documents, checked one
   * by one against them (a {@link ResumeError} when one differs) and skipped.
   */
  done?: AsyncIterable<DocumentKey>;
  /** Receives the output of each document, in input order whatever the number of workers, with its place in the run. */
  onOutput: (output: TaskOutput, key: DocumentKey) => Promise<void>;
  onProgress?: (state: ProgressState) => void;
  /** Set `aborted` to stop reading inputs (Ctrl-C). */
  signal?: { aborted: boolean };
}

/** Largest batch sent to a worker in one message (documents, bytes). */
const MAX_BATCH_TASKS = 32;
const MAX_BATCH_BYTES = 4 * 1024 * 1024;

function isSkipped(docId: string, options: PipelineOptions): boolean {
  return !isInShard(docId, options.shard);
}

/** The items of a JSONL file: a task a line (or a skip, for a line of another shard), then the file's end. */
async function* generateJsonlItems(
  file: InputFile,
  input: number,
  options: PipelineOptions,
  stats: PipelineStats,
): AsyncGenerator<WorkItem> {
  let lastBytes = 0;
  for await (const { source: task, line, bytesRead, empty } of listFileSources(file, options.maxFileSize)) {
    if (options.signal?.aborted) return;
    if (line === undefined) {
      // An error about the whole file: an empty one counts in its own shard; one that fails midway in every shard.
      if (!empty || !isSkipped(file.docId, options)) yield { task, input, weight: 0, fileDone: false };
      continue;
    }
    const weight = bytesRead - lastBytes;
    lastBytes = bytesRead;
    if (isSkipped(task.docId, options)) {
      stats.skipped++;
      yield { input, weight, fileDone: false };
    } else {
      // Over-long lines too are error tasks: a line longer than --max-file-size is never read into memory.
      yield { task, input, line, weight, fileDone: false };
    }
  }
  yield { input, weight: Math.max(0, file.size - lastBytes), fileDone: true };
}

/** Where a document came from, for the duplicate-id message: `line 3 of /data/news.jsonl`, or the file's path. */
function describeOrigin(item: WorkItem, file: InputFile | undefined): string {
  const path = file?.path ?? `input ${item.input + 1}`;
  return item.line === undefined ? path : `line ${item.line} of ${path}`;
}

async function* generateInputItems(options: PipelineOptions, stats: PipelineStats): AsyncGenerator<WorkItem> {
  for (const [input, file] of options.inputs.entries()) {
    if (options.signal?.aborted) return;
    if (isJsonlPath(file.path) && !file.problem) {
      yield* generateJsonlItems(file, input, options, stats);
    } else if (isSkipped(file.docId, options)) {
      stats.skipped++;
      yield { input, weight: Math.max(0, file.size), fileDone: true, skipped: true };
    } else {
      // A document file, or an input that cannot be read (a folder that cannot be listed, a named pipe,
      // a device): an error task, and nothing opened.
      for await (const { source: task } of listFileSources(file, options.maxFileSize))
        yield { task, input, weight: file.problem ? 0 : Math.max(0, file.size), fileDone: true };
    }
  }
}

/**
 * The work of the run: every task of the inputs, a `duplicate-id` error after each document whose
 * docId an earlier document of the run has (both are extracted), and, with `done` (`--resume`), the
 * run's first tasks checked against the journal's documents and skipped.
 */
async function* generateItems(options: PipelineOptions, stats: PipelineStats): AsyncGenerator<WorkItem> {
  const seen = new Set<string>();
  const done = options.done?.[Symbol.asyncIterator]();
  let resumed = 0;
  /** A task the journal already holds: checked to be the journal's next document, and skipped. */
  const isDone = async (task: Task, input: number): Promise<boolean> => {
    if (!done) return false;
    const next = await done.next();
    if (next.done) return false;
    resumed++;
    const was = next.value;
    if (was.input === input && was.docId === task.docId) return true;
    const name = (key: DocumentKey) => `${key.docId} (input ${key.input + 1})`;
    throw new ResumeError(
      `cannot resume: document ${resumed} of the journal is ${name(was)}, of this run ${name({ input, docId: task.docId })}: an input changed in place; run without --resume to start over`,
    );
  };
  const resolve = async (item: WorkItem): Promise<WorkItem> => {
    if (!item.task || !(await isDone(item.task, item.input))) return item;
    stats.skipped++;
    return {
      input: item.input,
      weight: item.weight,
      fileDone: item.fileDone,
      ...(item.fileDone ? { skipped: true } : {}),
    };
  };
  for await (const item of generateInputItems(options, stats)) {
    yield await resolve(item);
    const task = item.task;
    if (!task) continue;
    if (!seen.has(task.docId)) {
      seen.add(task.docId);
      continue;
    }
    const file = options.inputs[item.input];
    const message = `duplicate id: ${describeOrigin(item, file)} has the id of an earlier document of this run; both are kept: give each document an id of its own`;
    yield await resolve({
      task: { kind: 'error', docId: task.docId, code: 'duplicate-id', message },
      input: item.input,
      weight: 0,
      fileDone: false,
    });
  }
}

function getTaskBytes(item: WorkItem): number {
  return item.task?.kind === 'text' ? item.task.text.length * 2 : item.task ? 1024 : 0;
}

/** Counts of one run. */
export interface PipelineStats {
  files: number;
  documents: number;
  records: number;
  errors: number;
  /** Documents left out by `--shard` or `--resume`. */
  skipped: number;
}

/**
 * Streams the inputs through the task runner in batches and hands each document's output to
 * `onOutput` in input order. At most a few batches per worker are in flight, so memory stays flat
 * however large the corpus. Batches grow from 1 to 32 documents, so small runs still use every worker.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineStats> {
  const stats: PipelineStats = { files: 0, documents: 0, records: 0, errors: 0, skipped: 0 };
  const progress: ProgressState = {
    filesDone: 0,
    filesTotal: options.inputs.length,
    documents: 0,
    records: 0,
    bytesDone: 0,
    bytesTotal: options.inputs.reduce((sum, file) => sum + Math.max(0, file.size), 0),
  };
  const maxInFlight = Math.max(2, options.jobs * 2);
  const inFlight: Promise<{ items: WorkItem[]; outputs: TaskOutput[] }>[] = [];

  const consume = async () => {
    const done = await inFlight.shift();
    if (!done) return;
    let next = 0;
    for (const item of done.items) {
      if (item.task) {
        const output = done.outputs[next++];
        if (!output) throw new Error(`the task runner lost the output of ${item.task.docId}`);
        stats.documents += output.documents;
        stats.errors += output.errors.length;
        stats.records += output.recordCount;
        await options.onOutput(output, { input: item.input, docId: item.task.docId });
      }
      progress.bytesDone += item.weight;
      if (item.fileDone) {
        progress.filesDone++;
        if (!item.skipped) stats.files++;
      }
    }
    progress.documents = stats.documents + stats.errors;
    progress.records = stats.records;
    options.onProgress?.(progress);
  };

  const submit = async (items: WorkItem[]) => {
    const tasks = items.flatMap((item) => (item.task ? [item.task] : []));
    const outputs = tasks.length > 0 ? options.runner.run(tasks) : Promise.resolve([]);
    const done = outputs.then((resolved) => ({ items, outputs: resolved }));
    done.catch(() => {}); // awaited by consume(); not an unhandled rejection if the run stopped before that
    inFlight.push(done);
    if (inFlight.length >= maxInFlight) await consume();
  };

  let batch: WorkItem[] = [];
  let batchTasks = 0;
  let batchBytes = 0;
  let batchLimit = 1;
  for await (const item of generateItems(options, stats)) {
    batch.push(item);
    if (item.task) batchTasks++;
    batchBytes += getTaskBytes(item);
    if (batchTasks >= batchLimit || batchBytes >= MAX_BATCH_BYTES) {
      await submit(batch);
      batch = [];
      batchTasks = 0;
      batchBytes = 0;
      batchLimit = Math.min(MAX_BATCH_TASKS, batchLimit * 2);
    }
  }
  if (batch.length > 0) await submit(batch);
  while (inFlight.length > 0) await consume();
  return stats;
}
