// The report's page pool: `--jobs` worker threads that each make pages (read the records back or
// extract them, analyze the text, render the page) for batches of documents; with --jobs 0 the main
// thread does it. Unlike the extraction pool, it has no time limit per document: a worker that fails
// fails the report.

import { Worker } from 'node:worker_threads';
import { assignJobs, type Job as BatchJob, type BatchRunner } from '../pool/batch-runner.js';
import { buildPage, type PageResult, type PageSettings, type PageTask } from './page-task.js';

/** What a page worker starts with. */
export interface PageWorkerData {
  settings: PageSettings;
  /** Plugin specifiers (`--plugin`), loaded by each worker from `cwd`. */
  plugins: string[];
  cwd: string;
}

/** Runs batches of page tasks; each resolves with the results in task order. */
export type PageRunner = BatchRunner<PageTask, PageResult>;

type Job = BatchJob<PageTask, PageResult>;

interface Slot {
  worker: Worker;
  job?: Job;
}

const WORKER_URL = new URL('./page-worker.js', import.meta.url);

class PagePool implements PageRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private failure: Error | undefined;
  private destroyed = false;

  constructor(size: number, data: PageWorkerData) {
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(WORKER_URL, { workerData: data }) };
      slot.worker.on('message', (message: { id: number; results?: PageResult[]; error?: string }) => {
        const job = slot.job;
        if (!job || job.id !== message.id) return;
        slot.job = undefined;
        if (message.results) job.resolve(message.results);
        else job.reject(new Error(message.error ?? 'page worker failed'));
        this.dispatch();
      });
      slot.worker.on('error', (error) => this.fail(error));
      slot.worker.on('exit', (code) => {
        if (!this.destroyed) this.fail(new Error(`a page worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  /** A worker died: every job, running or waiting, fails with its error. */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const slot of this.slots) {
      slot.job?.reject(error);
      slot.job = undefined;
    }
    for (const job of this.queue.splice(0)) job.reject(error);
  }

  private dispatch(): void {
    assignJobs(this.slots, this.queue, (slot, job) => {
      // A buffer of its own is moved, not copied (one shared with other data would take it along).
      const transfer = job.tasks.flatMap(({ records }) =>
        records && records.byteOffset === 0 && records.byteLength === records.buffer.byteLength
          ? [records.buffer as ArrayBuffer]
          : [],
      );
      slot.worker.postMessage({ id: job.id, tasks: job.tasks }, transfer);
    });
  }

  run(tasks: PageTask[]): Promise<PageResult[]> {
    if (this.failure) return Promise.reject(this.failure);
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

/** Makes the pages on the calling thread (`--jobs 0`). */
class InProcessPages implements PageRunner {
  constructor(
    private readonly settings: PageSettings,
    private readonly plugins: readonly unknown[],
  ) {}

  async run(tasks: PageTask[]): Promise<PageResult[]> {
    const results: PageResult[] = [];
    for (const task of tasks) results.push(await buildPage(task, this.settings, this.plugins));
    return results;
  }

  async destroy(): Promise<void> {}
}

/**
 * A page runner: `jobs` worker threads, or the calling thread when `jobs` is 0 (`plugins`: the loaded
 * plugins it uses; workers load `data.plugins` themselves).
 */
export function createPageRunner(jobs: number, data: PageWorkerData, plugins: readonly unknown[]): PageRunner {
  return jobs > 0 ? new PagePool(jobs, data) : new InProcessPages(data.settings, plugins);
}
