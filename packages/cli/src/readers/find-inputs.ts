import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { compileGlob, isGlob, splitGlob } from './glob.js';

/** One file to read, with the docId its records will carry. */
export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the directory given (`/`-separated), or the base name for a file argument. */
  docId: string;
  /** Size in bytes (from `stat`), -1 when the file could not be examined. */
  size: number;
}

/** Gold annotations live beside the documents but are not documents. */
const GOLD_SUFFIX = '.gold.jsonl';

function isSkippedInWalk(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules' || name.endsWith(GOLD_SUFFIX);
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function* walkDirectory(root: string, dir = root): AsyncGenerator<{ path: string; relativePath: string }> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => compareNames(a.name, b.name));
  for (const entry of entries) {
    if (isSkippedInWalk(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* walkDirectory(root, path);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      yield { path, relativePath: relative(root, path).split(sep).join('/') };
    }
  }
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return -1;
  }
}

/**
 * Expands command-line paths (files, directories walked recursively, `*`/`**` globs) into a sorted,
 * de-duplicated list of input files. Directory walks skip hidden entries, `node_modules` and
 * `*.gold.jsonl`. A path that does not exist is kept (it becomes an `unreadable` error record).
 */
export async function findInputs(args: readonly string[], cwd = process.cwd()): Promise<InputFile[]> {
  const found: InputFile[] = [];
  const seen = new Set<string>();
  const add = async (path: string, docId: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    found.push({ path, docId, size: await sizeOf(path) });
  };
  for (const arg of args) {
    const argFiles: { path: string; docId: string }[] = [];
    if (isGlob(arg)) {
      const { base, pattern } = splitGlob(arg);
      const matcher = compileGlob(pattern);
      const root = resolve(cwd, base);
      const wantsGold = pattern.includes('.gold.');
      try {
        for await (const file of walkDirectory(root)) {
          if (matcher.test(file.relativePath)) argFiles.push({ path: file.path, docId: file.relativePath });
        }
      } catch {
        // A glob whose base does not exist matches nothing, as in a shell.
      }
      if (wantsGold) {
        // The walk skips gold files; a pattern that names them explicitly still gets them.
        for (const entry of await readdir(root).catch(() => [] as string[])) {
          if (entry.endsWith(GOLD_SUFFIX) && matcher.test(entry))
            argFiles.push({ path: join(root, entry), docId: entry });
        }
      }
    } else {
      const path = resolve(cwd, arg);
      const info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) {
        for await (const file of walkDirectory(path)) argFiles.push({ path: file.path, docId: file.relativePath });
      } else {
        argFiles.push({ path, docId: basename(path) });
      }
    }
    argFiles.sort((a, b) => compareNames(a.docId, b.docId) || compareNames(a.path, b.path));
    for (const file of argFiles) await add(file.path, file.docId);
  }
  return found;
}
