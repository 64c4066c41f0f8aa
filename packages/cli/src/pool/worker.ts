// A worker thread of the extraction pool: receives batches of tasks, answers with their outputs, the
// JSONL bytes of a whole batch in one buffer moved (transferred), not copied, to the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { type ExtractSettings, loadPlugins, runBatch, type Task } from './tasks.js';

interface BatchMessage {
  id: number;
  tasks: Task[];
}

const settings = workerData as ExtractSettings;
const pluginsReady = loadPlugins(settings.plugins, settings.cwd);

async function handleBatch(message: BatchMessage): Promise<void> {
  try {
    const batch = await runBatch(message.tasks, settings, await pluginsReady);
    const { buffer, byteOffset, byteLength } = batch.jsonl;
    // Only a buffer of its own can be moved (a view into a shared pool would take the pool along).
    const transfer = byteOffset === 0 && byteLength === buffer.byteLength ? [buffer as ArrayBuffer] : [];
    parentPort?.postMessage({ id: message.id, batch }, transfer);
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
}

parentPort?.on('message', (message: BatchMessage) => {
  void handleBatch(message);
});
