import { getHeapStatistics } from 'node:v8';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { VnprRecord } from '@vnpr/extractors';
import { DEFAULT_TIMEOUT_SECONDS } from '../util/run-options.js';
import { withDefaultSignals } from '../util/signals.js';
import { assignJobs, type Job as BatchJob, type BatchRunner } from './batch-runner.js';
import {
  decodeBatch,
  type EncodedBatch,
  type ExtractSettings,
  encodeBatch,
  loadExtractors,
  loadPlugins,
  recordFailure,
  runBatch,
  type Task,
  type TaskOutput,
} from './tasks.js';

/** Runs batches of tasks and resolves with the output of each task, in task order. */
export type TaskRunner = BatchRunner<Task, TaskOutput>;

/** What a worker thread starts with: the settings, and where it says which task it is on. */
export interface WorkerData {
  settings: ExtractSettings;
  /**
   * An `Int32Array` over it: [0] counts the tasks begun, [1] is the index of the current one in its batch
   * (-1: none), [2] the length of its text in thousands of characters, once read.
   */
  progress: SharedArrayBuffer;
}

/** The slots of a worker's progress array. */
export const TASKS_BEGUN = 0;
export const CURRENT_TASK = 1;
export const TEXT_THOUSANDS = 2;

type Job = BatchJob<Task, TaskOutput>;

interface Slot {
  worker: Worker;
  progress: Int32Array;
  job?: Job;
  /** The task count last seen, and when (ms): a count that stays still while a task runs is a stuck task. */
  seenBegun: number;
  seenAt: number;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

const MB = 2 ** 20;

/**
 * V8's default heap (old and young generations, MB) on hosts with 8 GB of memory or more: 2,048 MB of old
 * generation (4,096 from 16 GB) and 48 MB of young.
 */
const LARGE_DEFAULT_HEAP_MB = 2048 + 48;

/**
 * A worker's heap limits. With an old generation of 2,048 MB or more, V8 lets a heap grow to up to four times its
 * live size between full collections; under it, to up to twice. A worker's live heap is ~25 MB, and each one's
 * heap was 70-120 MB: with the old generation just under 2,048 MB and half the young one (semi-spaces of 8 MB,
 * not 16), the bench set's `--jobs 2` runs peak 60-100 MB lower (docs/performance.md). Hosts with less memory keep
 * V8's own, smaller limits; a `--max-old-space-size` given to Node wins over these (V8 applies it to every thread).
 */
export function getWorkerLimits(heapLimitBytes = getHeapStatistics().heap_size_limit): ResourceLimits {
  if (heapLimitBytes < LARGE_DEFAULT_HEAP_MB * MB) return {};
  return { maxOldGenerationSizeMb: 2047, maxYoungGenerationSizeMb: 24 };
}

/** Why a worker was replaced: a document over its time limit (ms), or the worker died (out of memory, a crash). */
type Failure = { kind: 'timeout'; limit: number } | { kind: 'crash'; error: Error };

/**
 * A fixed pool of worker threads. Each `run()` sends one batch to one idle worker (batches queue
 * while all are busy). A worker whose document runs past the time limit, or that dies, is replaced:
 * that document becomes an `error` record (code `timeout`, or `extract-failed`) and the other
 * documents of its batch are run again on the new worker.
 */
class WorkerPool implements TaskRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private destroyed = false;
  private readonly timeoutMs: number;
  private readonly watch: NodeJS.Timeout | undefined;
  private readonly limits = getWorkerLimits();

  constructor(
    size: number,
    private readonly settings: ExtractSettings,
  ) {
    this.timeoutMs = (settings.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
    if (this.timeoutMs > 0) {
      // Checked a few times per limit: a stuck document is stopped between 1 and 1.25 limits after it began.
      const every = Math.min(1000, Math.max(20, this.timeoutMs / 4));
      this.watch = setInterval(() => this.checkTimes(), every);
      this.watch.unref();
    }
  }

  private spawn(): Slot {
    const progress = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
    const workerData: WorkerData = { settings: this.settings, progress };
    const slot: Slot = {
      worker: new Worker(WORKER_URL, { workerData, resourceLimits: this.limits }),
      progress: new Int32Array(progress),
      seenBegun: 0,
      seenAt: performance.now(),
    };
    Atomics.store(slot.progress, CURRENT_TASK, -1);
    slot.worker.on('message', (message: { id: number; batch?: EncodedBatch; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      slot.job = undefined;
      if (message.batch) job.resolve(decodeBatch(message.batch));
      else job.reject(new Error(message.error ?? 'worker failed'));
      this.dispatch();
    });
    slot.worker.on('error', (error) => this.replace(slot, { kind: 'crash', error }));
    slot.worker.on('exit', (code) => {
      if (!this.destroyed && code !== 0)
        this.replace(slot, { kind: 'crash', error: new Error(`worker exited with code ${code}`) });
    });
    return slot;
  }

  /**
   * Replaces the worker of the slots whose current document has run past its time limit: the limit for
   * each million characters of its text (at least once), so that a long document is not taken for a stuck one.
   */
  private checkTimes(): void {
    const now = performance.now();
    for (const slot of this.slots) {
      const begun = Atomics.load(slot.progress, TASKS_BEGUN);
      if (!slot.job || begun !== slot.seenBegun || Atomics.load(slot.progress, CURRENT_TASK) < 0) {
        slot.seenBegun = begun;
        slot.seenAt = now;
        continue;
      }
      const limit = this.timeoutMs * Math.max(1, Atomics.load(slot.progress, TEXT_THOUSANDS) / 1000);
      if (now - slot.seenAt >= limit) this.replace(slot, { kind: 'timeout', limit });
    }
  }

  /** Stops the slot's worker and starts another; the document it was on fails, the rest of its batch is run again. */
  private replace(slot: Slot, failure: Failure): void {
    if (this.destroyed) return;
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    const job = slot.job;
    const current = Atomics.load(slot.progress, CURRENT_TASK);
    slot.job = undefined;
    void slot.worker.terminate();
    this.slots[index] = this.spawn();
    if (job) {
      const failed = job.tasks[current];
      if (failed) {
        const rest = job.tasks.filter((_task, position) => position !== current);
        const others =
          rest.length > 0
            ? new Promise<TaskOutput[]>((resolve, reject) =>
                this.queue.unshift({ id: this.nextId++, tasks: rest, resolve, reject }),
              )
            : Promise.resolve([]);
        void Promise.all([this.failureOutputs([failed], failure), others]).then(
          ([[output], outputs]) => job.resolve([...outputs.slice(0, current), output!, ...outputs.slice(current)]),
          job.reject,
        );
      } else {
        // The worker died between documents (while it started, say): every document of the batch fails.
        void this.failureOutputs(job.tasks, failure).then(job.resolve, job.reject);
      }
    }
    this.dispatch();
  }

  /** The output of each task as a single `error` record saying what happened to it. */
  private async failureOutputs(tasks: readonly Task[], failure: Failure): Promise<TaskOutput[]> {
    const results: VnprRecord[][] = [];
    for (const task of tasks) {
      results.push([
        failure.kind === 'timeout'
          ? await timeoutRecord(task.docId, failure.limit / 1000)
          : await recordFailure(task.docId, failure.error),
      ]);
    }
    return decodeBatch(encodeBatch(results, Boolean(this.settings.withRecords)));
  }

  private dispatch(): void {
    assignJobs(this.slots, this.queue, (slot, job) => slot.worker.postMessage({ id: job.id, tasks: job.tasks }));
  }

  run(tasks: Task[]): Promise<TaskOutput[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, tasks, resolve, reject });
      this.dispatch();
    });
  }

  async destroy(): Promise<void> {
    this.destroyed = true;
    clearInterval(this.watch);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}

/** The `error` record of a document stopped by the time limit. */
async function timeoutRecord(docId: string, seconds: number): Promise<VnprRecord> {
  const { errorRecord } = await loadExtractors();
  const message = `no result after ${Number(seconds.toFixed(1))} s: an extractor or plugin did not return; the worker was stopped and replaced (raise --timeout if the document is only slow)`;
  return errorRecord(docId, 'timeout', message);
}

/**
 * Runs tasks on the calling thread (`--jobs 0`, `inspect`). There is no time limit here: nothing can
 * stop a loop on the thread it runs on. While a batch runs, SIGINT and SIGTERM end the process at once
 * (see {@link withDefaultSignals}): a document stuck in a plugin can still be stopped.
 */
class InProcessRunner implements TaskRunner {
  private plugins: Promise<unknown[]>;

  constructor(private readonly settings: ExtractSettings) {
    this.plugins = loadPlugins(settings.plugins, settings.cwd);
  }

  async run(tasks: Task[]): Promise<TaskOutput[]> {
    const plugins = await this.plugins;
    return decodeBatch(await withDefaultSignals(() => runBatch(tasks, this.settings, plugins)));
  }

  async destroy(): Promise<void> {}
}

/**
 * Creates a task runner: `jobs` worker threads, or the calling thread when `jobs` is 0.
 * @example const runner = createTaskRunner(2, settings); const [output] = await runner.run([task]);
 */
export function createTaskRunner(jobs: number, settings: ExtractSettings): TaskRunner {
  return jobs > 0 ? new WorkerPool(jobs, settings) : new InProcessRunner(settings);
}
