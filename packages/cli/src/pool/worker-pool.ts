import { Worker } from 'node:worker_threads';
import {
  decodeBatch,
  type EncodedBatch,
  type ExtractSettings,
  encodeBatch,
  loadPlugins,
  recordFailure,
  runBatch,
  type Task,
  type TaskOutput,
} from './tasks.js';

/** Runs batches of tasks and resolves with the output of each task, in task order. */
export interface TaskRunner {
  run(tasks: Task[]): Promise<TaskOutput[]>;
  destroy(): Promise<void>;
}

interface Job {
  id: number;
  tasks: Task[];
  resolve: (outputs: TaskOutput[]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * A fixed pool of worker threads. Each `run()` sends one batch to one idle worker (batches queue
 * while all are busy). A worker that dies turns its batch into `error` records and is replaced.
 */
class WorkerPool implements TaskRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private destroyed = false;

  constructor(
    size: number,
    private readonly settings: ExtractSettings,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData: this.settings }) };
    slot.worker.on('message', (message: { id: number; batch?: EncodedBatch; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      slot.job = undefined;
      if (message.batch) job.resolve(decodeBatch(message.batch));
      else job.reject(new Error(message.error ?? 'worker failed'));
      this.dispatch();
    });
    slot.worker.on('error', (error) => this.replace(slot, error));
    slot.worker.on('exit', (code) => {
      if (!this.destroyed && code !== 0) this.replace(slot, new Error(`worker exited with code ${code}`));
    });
    return slot;
  }

  private replace(slot: Slot, error: Error): void {
    if (this.destroyed) return;
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    const job = slot.job;
    slot.job = undefined;
    void slot.worker.terminate();
    this.slots[index] = this.spawn();
    if (job) {
      const withRecords = Boolean(this.settings.withRecords);
      void Promise.all(job.tasks.map(async (task) => [await recordFailure(task.docId, error)])).then((results) =>
        job.resolve(decodeBatch(encodeBatch(results, withRecords))),
      );
    }
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      slot.worker.postMessage({ id: job.id, tasks: job.tasks });
    }
  }

  run(tasks: Task[]): Promise<TaskOutput[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, tasks, resolve, reject });
      this.dispatch();
    });
  }

  async destroy(): Promise<void> {
    this.destroyed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}

/** Runs tasks on the calling thread (`--jobs 0`, `--stdin`, `inspect`). */
class InProcessRunner implements TaskRunner {
  private plugins: Promise<unknown[]>;

  constructor(private readonly settings: ExtractSettings) {
    this.plugins = loadPlugins(settings.plugins, settings.cwd);
  }

  async run(tasks: Task[]): Promise<TaskOutput[]> {
    return decodeBatch(await runBatch(tasks, this.settings, await this.plugins));
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
