import { Buffer } from 'node:buffer';
import type { InputFile } from '../readers/find-inputs.js';
import { isJsonlPath, readJsonlDocuments } from '../readers/jsonl.js';
import type { ProgressState } from '../ui/progress.js';
import { isInShard, type Shard } from '../util/shard.js';
import type { Task, TaskOutput } from './tasks.js';
import type { TaskRunner } from './worker-pool.js';

/** One step of the input stream: a task (or none, for a pure progress marker) with its share of the bytes. */
interface WorkItem {
  task?: Task;
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
  /** docIds already done (`--resume`): skipped. */
  skipDocIds?: ReadonlySet<string>;
  /** Receives the output of each document, in input order whatever the number of workers. */
  onOutput: (output: TaskOutput) => Promise<void>;
  onProgress?: (state: ProgressState) => void;
  /** Set `aborted` to stop reading inputs (Ctrl-C). */
  signal?: { aborted: boolean };
}

/** Largest batch sent to a worker in one message (documents, bytes). */
const MAX_BATCH_TASKS = 32;
const MAX_BATCH_BYTES = 4 * 1024 * 1024;

function isSkipped(docId: string, options: PipelineOptions): boolean {
  return !isInShard(docId, options.shard) || Boolean(options.skipDocIds?.has(docId));
}

async function* generateJsonlItems(
  file: InputFile,
  options: PipelineOptions,
  stats: PipelineStats,
): AsyncGenerator<WorkItem> {
  const reader = readJsonlDocuments(file.path, file.docId);
  let lines = 0;
  let lastBytes = 0;
  const takeWeight = () => {
    const now = reader.bytesRead();
    const weight = now - lastBytes;
    lastBytes = now;
    return weight;
  };
  try {
    for await (const document of reader.documents) {
      lines++;
      if (options.signal?.aborted) return;
      if (isSkipped(document.docId, options)) {
        stats.skipped++;
        yield { weight: takeWeight(), fileDone: false };
      } else if (document.kind === 'error') {
        yield { task: { ...document }, weight: takeWeight(), fileDone: false };
      } else if (Buffer.byteLength(document.text) > options.maxFileSize) {
        const message = `document too large (line ${document.lineNo}, limit ${options.maxFileSize} bytes): split it or raise --max-file-size`;
        yield {
          task: { kind: 'error', docId: document.docId, code: 'too-large', message },
          weight: takeWeight(),
          fileDone: false,
        };
      } else {
        const { docId, text, publishedAt } = document;
        yield { task: { kind: 'text', docId, text, publishedAt }, weight: takeWeight(), fileDone: false };
      }
    }
    if (lines === 0 && !isSkipped(file.docId, options)) {
      const message = 'empty JSONL file: no documents (one {"id", "text"} object a line)';
      yield { task: { kind: 'error', docId: file.docId, code: 'empty', message }, weight: 0, fileDone: false };
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    const message = `cannot read ${file.docId} after ${lines} lines (${reason})`;
    yield { task: { kind: 'error', docId: file.docId, code: 'unreadable', message }, weight: 0, fileDone: false };
  }
  yield { weight: Math.max(0, file.size - lastBytes), fileDone: true };
}

async function* generateItems(options: PipelineOptions, stats: PipelineStats): AsyncGenerator<WorkItem> {
  for (const file of options.inputs) {
    if (options.signal?.aborted) return;
    if (isJsonlPath(file.path)) {
      yield* generateJsonlItems(file, options, stats);
    } else if (isSkipped(file.docId, options)) {
      stats.skipped++;
      yield { weight: Math.max(0, file.size), fileDone: true, skipped: true };
    } else {
      yield {
        task: { kind: 'file', docId: file.docId, path: file.path },
        weight: Math.max(0, file.size),
        fileDone: true,
      };
    }
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
        await options.onOutput(output);
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
