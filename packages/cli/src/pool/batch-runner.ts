// What the extraction pool (`pool/worker-pool.ts`) and the report's page pool (`report/page-pool.ts`) have in
// common: both take batches of tasks and give back one result per task, in task order.

/** Runs batches of tasks; each batch resolves with the result of each task, in task order. */
export interface BatchRunner<T, R> {
  run(tasks: T[]): Promise<R[]>;
  destroy(): Promise<void>;
}

/** A batch given to a pool: waiting in its queue, then on one worker until that worker answers its id. */
export interface Job<T, R> {
  id: number;
  tasks: T[];
  resolve: (results: R[]) => void;
  reject: (error: Error) => void;
}

/**
 * Gives the queued jobs, oldest first, to the slots that have none, and posts each to its slot's worker: the
 * scheduling of both pools. A slot's job is cleared by its pool when the worker answers.
 */
export function assignJobs<J, S extends { job?: J }>(
  slots: readonly S[],
  queue: J[],
  post: (slot: S, job: J) => void,
): void {
  for (const slot of slots) {
    if (slot.job) continue;
    const job = queue.shift();
    if (!job) return;
    slot.job = job;
    post(slot, job);
  }
}
