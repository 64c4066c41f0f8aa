import { availableParallelism } from 'node:os';
import { UsageError } from '../commands/usage-error.js';

/** Seconds a document may take before it is stopped (`--timeout`): generous, a stuck plugin is not a slow one. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

function parseNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/**
 * Reads `--jobs`: a whole number, 0 or more (0: the main thread, no workers). More workers than cores
 * are capped at the core count, with `notify` told why: they would not run faster, only take memory.
 *
 * @example parseJobs('1e3', notify) // 2 on a 2-core machine; notify('--jobs 1000 is more than …')
 */
export function parseJobs(text: string | undefined, notify: (line: string) => void): number {
  const cores = availableParallelism();
  if (text === undefined) return cores;
  const jobs = parseNumber(text);
  if (!Number.isSafeInteger(jobs) || jobs < 0)
    throw new UsageError(`invalid --jobs "${text}": use a whole number, 0 or more`);
  if (jobs <= cores) return jobs;
  notify(`--jobs ${jobs} is more than the ${cores} cores here: using ${cores} worker threads`);
  return cores;
}

/**
 * Reads `--timeout`: seconds (decimals allowed) a document may take; 0 means no limit.
 *
 * @example parseTimeout('1.5') // 1.5
 */
export function parseTimeout(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = parseNumber(text);
  if (!Number.isFinite(seconds) || seconds < 0)
    throw new UsageError(`invalid --timeout "${text}": give seconds, e.g. --timeout 60 (0: no limit)`);
  return seconds;
}
