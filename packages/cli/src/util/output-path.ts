import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../commands/usage-error.js';
import { makeFolders } from '../writers/sink.js';

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Throws a usage error unless files can be made in `folder` (checked before any work, not after it). */
function checkWritable(output: string, folder: string): void {
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EROFS' ? 'is on a read-only file system' : 'is not writable (permission denied)';
    throw new UsageError(`cannot write ${output}: the folder ${folder} ${reason}`);
  }
}

/**
 * Makes the folders an output goes into, as `mkdir -p` would, after checking that the path can be one: a
 * file where a folder must be (or a folder where a file must be), or a folder that cannot be written
 * to, is a usage error said in words, before anything is read or written. `kind` is what the output itself is: a `file` (.xlsx, .jsonl) or a `folder` (CSV,
 * the report).
 *
 * @example
 * await prepareOutputPath('out/2024/records.xlsx', 'file') // creates out/2024/
 */
export async function prepareOutputPath(output: string, kind: 'file' | 'folder'): Promise<void> {
  const target = resolve(output);
  const existing = statOrUndefined(target);
  if (existing?.isDirectory() && kind === 'file')
    throw new UsageError(`${output} is a folder: give a file name, e.g. ${output.replace(/\/+$/, '')}/records.xlsx`);
  if (existing && !existing.isDirectory() && kind === 'folder')
    throw new UsageError(`${output} is a file: this output is a folder; give a new or existing folder instead`);
  let ancestor = dirname(target);
  while (!statOrUndefined(ancestor)) {
    const parent = dirname(ancestor);
    if (parent === ancestor) break;
    ancestor = parent;
  }
  if (!statOrUndefined(ancestor)?.isDirectory())
    throw new UsageError(`cannot write ${output}: ${ancestor} is a file, not a folder`);
  // The output is written beside itself (a temporary name, then renamed), a CSV folder inside itself.
  checkWritable(output, existing?.isDirectory() ? target : ancestor);
  makeFolders(dirname(target));
}
