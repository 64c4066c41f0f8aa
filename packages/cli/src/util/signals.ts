/** The signals a run listens to (Ctrl-C, a scheduler's stop) to clean up before it exits. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

let depth = 0;
let suspended: [NodeJS.Signals, NodeJS.SignalsListener[]][] = [];

/**
 * Runs `work` with SIGINT and SIGTERM at their default action, which ends the process at once, and
 * puts the listeners back afterwards. A listener runs only when the main thread is free: around code
 * that may never give it back (a plugin stuck in a loop on the main thread, `--jobs 0`) it would leave
 * the process unstoppable by anything but SIGKILL. Calls may overlap; the listeners return when the
 * last one ends.
 *
 * @example const outputs = await withDefaultSignals(() => runBatch(tasks, settings, plugins));
 */
export async function withDefaultSignals<T>(work: () => Promise<T>): Promise<T> {
  if (depth++ === 0) {
    suspended = STOP_SIGNALS.map((signal) => [signal, process.listeners(signal)]);
    for (const [signal, listeners] of suspended) for (const listener of listeners) process.off(signal, listener);
  }
  try {
    return await work();
  } finally {
    if (--depth === 0) {
      for (const [signal, listeners] of suspended) for (const listener of listeners) process.on(signal, listener);
      suspended = [];
    }
  }
}
