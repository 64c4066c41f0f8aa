// A worker thread of the report's page pool: receives batches of page tasks, answers with their results.
import { parentPort, workerData } from 'node:worker_threads';
import { loadPlugins } from '../pool/tasks.js';
import type { PageWorkerData } from './page-pool.js';
import { buildPage, type PageTask } from './page-task.js';

const { settings, plugins: specifiers, cwd } = workerData as PageWorkerData;
const plugins = loadPlugins(specifiers, cwd);

async function handleBatch(id: number, tasks: PageTask[]): Promise<void> {
  try {
    const loaded = await plugins;
    const results = [];
    for (const task of tasks) results.push(await buildPage(task, settings, loaded));
    const transfer = results.flatMap(({ page }) => (page ? [page.head.buffer, page.tail.buffer] : []));
    parentPort?.postMessage({ id, results }, transfer as ArrayBuffer[]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
}

parentPort?.on('message', ({ id, tasks }: { id: number; tasks: PageTask[] }) => {
  void handleBatch(id, tasks);
});
