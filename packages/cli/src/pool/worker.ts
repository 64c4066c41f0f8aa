// A worker thread of the extraction pool: receives batches of tasks, answers with their records.
import { parentPort, workerData } from 'node:worker_threads';
import { type ExtractSettings, loadPlugins, runTask, type Task } from './tasks.js';

interface BatchMessage {
  id: number;
  tasks: Task[];
}

const settings = workerData as ExtractSettings;
const pluginsReady = loadPlugins(settings.plugins, settings.cwd);

async function handleBatch(message: BatchMessage): Promise<void> {
  try {
    const plugins = await pluginsReady;
    const results = [];
    for (const task of message.tasks) results.push(await runTask(task, settings, plugins));
    parentPort?.postMessage({ id: message.id, results });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
}

parentPort?.on('message', (message: BatchMessage) => {
  void handleBatch(message);
});
