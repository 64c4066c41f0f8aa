import { createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, type WriteStream, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
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

/**
 * Opens a file for writing whose errors are never uncaught: the first one is kept (`stream.errored`)
 * and thrown by the next {@link writeChunk} or {@link endStream}, so a full disk fails the run in one
 * clear line instead of crashing it.
 */
export function createFileStream(path: string): WriteStream {
  const stream = createWriteStream(path);
  stream.on('error', () => {}); // kept in stream.errored, thrown by the next write or end
  return stream;
}

/** The error a stream has met (and keeps), if any; a destroyed stream can take no more writes either. */
function getStreamError(stream: NodeJS.WritableStream): Error | undefined {
  const { errored, destroyed } = stream as Writable;
  if (errored) return errored;
  if (destroyed) return Object.assign(new Error('the output was closed'), { code: 'ERR_STREAM_DESTROYED' });
  return undefined;
}

/** Writes a chunk to a stream, waiting for it to drain when its buffer is full; throws the stream's error, if it has one. */
export async function writeChunk(stream: NodeJS.WritableStream, chunk: string | Uint8Array): Promise<void> {
  const failed = getStreamError(stream);
  if (failed) throw failed;
  if (!stream.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        stream.off('error', onError);
        stream.off('close', onClose);
        resolve();
      };
      const onError = (error: Error) => {
        stream.off('drain', onDrain);
        stream.off('close', onClose);
        reject(error);
      };
      // Destroyed without an error (aborted): no drain will come.
      const onClose = () => onError(getStreamError(stream) ?? new Error('the output was closed'));
      stream.once('drain', onDrain);
      stream.once('error', onError);
      stream.once('close', onClose);
    });
  }
}

/**
 * Makes a folder and its parents, as `mkdir -p`, and returns the first folder it made (undefined when
 * the folder was there). Node's own recursive mkdir says ENOENT when a folder cannot be made on a
 * read-only or forbidden parent; this throws the real reason (EROFS, EACCES) instead.
 */
export function makeFolders(path: string): string | undefined {
  try {
    return mkdirSync(path, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    let missing = resolve(path);
    while (!existsSync(dirname(missing)) && dirname(missing) !== missing) missing = dirname(missing);
    mkdirSync(missing); // made alone, it fails with the real reason
    throw error;
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

/** Ends a file stream and waits until its data is written and the file closed; rejects with its error, if any. */
export async function endStream(stream: Writable): Promise<void> {
  const failed = getStreamError(stream);
  if (failed) throw failed;
  stream.end();
  await finished(stream);
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
