// A worker thread of the extraction pool: receives batches of tasks, answers with their outputs, the
// JSONL bytes of a whole batch in one buffer moved (transferred), not copied, to the main thread. It
// marks in shared memory which task it is on, so that the pool can stop a document that never ends.
import { parentPort, workerData } from 'node:worker_threads';
import { loadExtractors, loadPlugins, runBatch, type Task } from './tasks.js';
import { CURRENT_TASK, TASKS_BEGUN, TEXT_THOUSANDS, type WorkerData } from './worker-pool.js';

interface BatchMessage {
  id: number;
  tasks: Task[];
}

const { settings, progress: progressBuffer } = workerData as WorkerData;
const progress = new Int32Array(progressBuffer);

/**
 * A short report that every built-in extractor has something in, extracted once before the first
 * document: the first extraction compiles patterns and fills caches (0.7 s on a busy machine), and no
 * document's time limit should pay for that.
 */
const WARM_UP_TEXT = [
  'Đảng bộ xã Tân Phú tổng kết công tác xây dựng Đảng năm 2023',
  'Chiều ngày 14/01/2024, Đảng ủy xã Tân Phú tổ chức hội nghị tổng kết; đồng chí Nguyễn Văn Tám, Bí thư Huyện ủy, dự và chỉ đạo.',
  'Năm 2023, Đảng bộ kết nạp 12/10 đảng viên mới, đạt 120% chỉ tiêu; toàn Đảng bộ có 350 đảng viên sinh hoạt tại 15 chi bộ.',
  'Có 95,5% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên; 3 tập thể được tặng Giấy khen.',
  'Đảng bộ quán triệt Chỉ thị 05-CT/TW của Bộ Chính trị cho 1.200 lượt cán bộ, đảng viên tham dự.',
  'Năm 2024, phấn đấu kết nạp từ 10 - 15 đảng viên mới.',
].join('\n\n');

const pluginsReady = (async () => {
  const plugins = await loadPlugins(settings.plugins, settings.cwd);
  (await loadExtractors()).extract(WARM_UP_TEXT, { id: 'warm-up' });
  return plugins;
})();

const events = {
  onTask(index: number): void {
    Atomics.store(progress, TEXT_THOUSANDS, 0);
    Atomics.store(progress, CURRENT_TASK, index);
    Atomics.add(progress, TASKS_BEGUN, 1);
  },
  onText(characters: number): void {
    Atomics.store(progress, TEXT_THOUSANDS, Math.min(2 ** 31 - 1, Math.ceil(characters / 1000)));
  },
};

async function handleBatch(message: BatchMessage): Promise<void> {
  try {
    const batch = await runBatch(message.tasks, settings, await pluginsReady, events);
    Atomics.store(progress, CURRENT_TASK, -1);
    const { buffer, byteOffset, byteLength } = batch.jsonl;
    // Only a buffer of its own can be moved (a view into a shared pool would take the pool along).
    const transfer = byteOffset === 0 && byteLength === buffer.byteLength ? [buffer as ArrayBuffer] : [];
    parentPort?.postMessage({ id: message.id, batch }, transfer);
  } catch (error) {
    Atomics.store(progress, CURRENT_TASK, -1);
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
}

parentPort?.on('message', (message: BatchMessage) => {
  void handleBatch(message);
});
