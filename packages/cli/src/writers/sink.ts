import { readdirSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { VnprRecord } from '@vnpr/extractors';

/** Where records go: written in order, then closed (made visible) or aborted (nothing left behind). */
export interface RecordSink {
  write(records: readonly VnprRecord[]): Promise<void>;
  /**
   * Writes one document's records already serialized as JSONL (exactly `formatJsonl(records)` in
   * UTF-8). A sink that has it needs no record objects, so the pipeline sends it only these bytes.
   */
  writeJsonl?(jsonl: Uint8Array): Promise<void>;
  /** Finishes the output and moves it into place. */
  close(): Promise<void>;
  /** Removes every temporary file; the target is left as it was. */
  abort(): Promise<void>;
}

/** The temporary path beside a target: `.vnpr-tmp-<name>-<pid>` in the same directory (same file system). */
export function getTempPath(target: string, suffix = ''): string {
  return join(dirname(target), `.vnpr-tmp-${basename(target)}-${process.pid}${suffix}`);
}

/** Writes a chunk to a stream, waiting for it to drain when its buffer is full. */
export async function writeChunk(stream: NodeJS.WritableStream, chunk: string | Uint8Array): Promise<void> {
  if (!stream.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        stream.off('error', onError);
        resolve();
      };
      const onError = (error: Error) => {
        stream.off('drain', onDrain);
        reject(error);
      };
      stream.once('drain', onDrain);
      stream.once('error', onError);
    });
  }
}

/** Writes all of `bytes` to a file descriptor (at `position`, or where the file is), however many writes it takes. */
export function writeFullySync(fd: number, bytes: Uint8Array, position?: number): void {
  let written = 0;
  while (written < bytes.byteLength) {
    const at = position === undefined ? null : position + written;
    written += writeSync(fd, bytes, written, bytes.byteLength - written, at);
  }
}

/** Ends a file stream and waits until its data is on disk. */
export function endStream(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

/** `.vnpr-tmp-<name>-<pid><suffix>`: the pid of the run that wrote it. */
const TEMP_NAME = /^\.vnpr-tmp-.+-(?<pid>\d+)(?:\.d|\.xlsx)?$/;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that runs killed without a chance to clean up (SIGKILL, power loss)
 * left in `dir`: those whose process is gone. Best effort: a file that cannot be removed stays.
 */
export function removeStaleTempFiles(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.groups?.pid);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    try {
      rmSync(join(dir, name), { recursive: true, force: true });
    } catch {
      // left for the next run
    }
  }
}
