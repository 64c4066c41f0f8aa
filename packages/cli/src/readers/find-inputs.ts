import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { compileGlob, compileGlobFolders, isGlob, splitGlob } from './glob.js';

/** Why an input cannot be read, found before it is opened: it becomes an `error` record. */
export interface InputProblem {
  /** `unreadable` (a folder that cannot be listed) or `not-a-file` (a named pipe, socket or device). */
  code: 'unreadable' | 'not-a-file';
  message: string;
}

/** One file to read, with the docId its records will carry. */
export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the directory given (`/`-separated), or the base name for a file argument. */
  docId: string;
  /** Size in bytes (from `stat`), -1 when the file could not be examined. */
  size: number;
  /** Set when the input cannot be read at all (a folder that cannot be listed, a named pipe, ...). */
  problem?: InputProblem;
}

/** The file system calls a walk makes: Node's, or a test's stand-in. */
export interface WalkFileSystem {
  readdir(path: string): Promise<Pick<Dirent, 'name' | 'isDirectory'>[]>;
  stat(
    path: string,
  ): Promise<
    Pick<Stats, 'size' | 'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>
  >;
}

const nodeFileSystem: WalkFileSystem = {
  readdir: (path) => readdir(path, { withFileTypes: true }),
  stat: (path) => stat(path),
};

/** Options of {@link findInputs}. */
export interface FindInputsOptions {
  /**
   * Absolute paths never taken as inputs, nor walked into: the run's own outputs and journal, which
   * may lie inside an input folder (`vnpr extract corpus -o corpus/records.jsonl`).
   */
  exclude?: readonly string[];
  /** The file system to walk (tests give one that fails where they want). */
  fileSystem?: WalkFileSystem;
}

/** Gold annotations live beside the documents but are not documents. */
const GOLD_SUFFIX = '.gold.jsonl';

function isSkippedInWalk(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules' || name.endsWith(GOLD_SUFFIX);
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What a walk finds: a file (or anything that is not a folder), or a folder it cannot list. */
interface WalkEntry {
  path: string;
  relativePath: string;
  problem?: InputProblem;
}

function toRelative(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Why a folder cannot be listed, said for a person. */
function describeFolderError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOENT'
        ? 'it is gone'
        : error instanceof Error
          ? error.message
          : String(error);
  return `cannot read the folder (${reason}): none of its files were read; make it readable and run again`;
}

interface WalkOptions {
  fileSystem: WalkFileSystem;
  /** Whether the folder (relative path) can hold inputs: a glob prunes folders it cannot match in. */
  canHoldInputs: (relativeDir: string) => boolean;
  isExcluded: (path: string) => boolean;
}

/**
 * Walks a folder in name order, depth first. A sub-folder that cannot be listed is given as an entry
 * with a problem (the walk goes on); symbolic links are entries, never followed into.
 */
async function* walkDirectory(root: string, options: WalkOptions, dir = root): AsyncGenerator<WalkEntry> {
  let entries: Pick<Dirent, 'name' | 'isDirectory'>[];
  try {
    entries = await options.fileSystem.readdir(dir);
  } catch (error) {
    if (dir === root) throw error;
    const message = describeFolderError(error);
    yield { path: dir, relativePath: toRelative(root, dir), problem: { code: 'unreadable', message } };
    return;
  }
  entries.sort((a, b) => compareNames(a.name, b.name));
  for (const entry of entries) {
    if (isSkippedInWalk(entry.name)) continue;
    const path = join(dir, entry.name);
    if (options.isExcluded(path)) continue;
    if (entry.isDirectory()) {
      if (options.canHoldInputs(toRelative(root, path))) yield* walkDirectory(root, options, path);
    } else {
      // Files, links, and the named pipes, sockets and devices that findInputs turns into errors.
      yield { path, relativePath: toRelative(root, path) };
    }
  }
}

/** What a path that is not a regular file or a folder is, in words. */
function describeSpecialFile(info: Awaited<ReturnType<WalkFileSystem['stat']>>): string | undefined {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return undefined;
}

/** The message of a `not-a-file` error: what the path is, and that only regular files are read. */
export function describeNotAFile(kind: string): string {
  return `not a regular file (${kind}): vnpr reads only regular files, so it was not opened`;
}

/**
 * Expands command-line paths (files, directories walked recursively, `*`/`**` globs) into a sorted,
 * de-duplicated list of input files. Directory walks skip hidden entries, `node_modules` and
 * `*.gold.jsonl`. A path that does not exist is kept (it becomes an `unreadable` error record), and so
 * is a folder that cannot be listed (with a `problem`; the walk goes on past it) and a path that is no
 * regular file, such as a named pipe or a link to a device (a `not-a-file` problem: never opened).
 */
export async function findInputs(
  args: readonly string[],
  cwd = process.cwd(),
  options: FindInputsOptions = {},
): Promise<InputFile[]> {
  const fileSystem = options.fileSystem ?? nodeFileSystem;
  const excluded = (options.exclude ?? []).map((path) => resolve(cwd, path).replace(/[/\\]+$/, ''));
  const isExcluded = (path: string) =>
    excluded.some((exclude) => path === exclude || path.startsWith(exclude + sep) || path.startsWith(`${exclude}/`));
  const found: InputFile[] = [];
  const seen = new Set<string>();
  const add = async (path: string, docId: string, problem: InputProblem | undefined) => {
    if (seen.has(path)) return;
    seen.add(path);
    if (problem) {
      found.push({ path, docId, size: -1, problem });
      return;
    }
    const info = await fileSystem.stat(path).catch(() => undefined);
    const special = info && describeSpecialFile(info);
    found.push({
      path,
      docId,
      size: info?.size ?? -1,
      ...(special ? { problem: { code: 'not-a-file', message: describeNotAFile(special) } as const } : {}),
    });
  };
  for (const arg of args) {
    const argFiles: { path: string; docId: string; problem?: InputProblem }[] = [];
    /** Walks a folder given (or a glob's base); a folder that cannot be listed is one problem entry. */
    const walk = async (root: string, walkOptions: WalkOptions, matches: (relativePath: string) => boolean) => {
      try {
        for await (const entry of walkDirectory(root, walkOptions)) {
          if (entry.problem || matches(entry.relativePath))
            argFiles.push({
              path: entry.path,
              docId: entry.relativePath,
              ...(entry.problem && { problem: entry.problem }),
            });
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // A glob whose base does not exist (or is no folder) matches nothing, as in a shell.
        if (code === 'ENOENT' || code === 'ENOTDIR') return;
        const problem: InputProblem = { code: 'unreadable', message: describeFolderError(error) };
        argFiles.push({ path: root, docId: basename(root), problem });
      }
    };
    if (isGlob(arg)) {
      const { base, pattern } = splitGlob(arg);
      const matcher = compileGlob(pattern);
      const root = resolve(cwd, base);
      await walk(root, { fileSystem, isExcluded, canHoldInputs: compileGlobFolders(pattern) }, (path) =>
        matcher.test(path),
      );
      if (pattern.includes('.gold.')) {
        // The walk skips gold files; a pattern that names them explicitly still gets them.
        for (const entry of await fileSystem.readdir(root).catch(() => [])) {
          if (entry.name.endsWith(GOLD_SUFFIX) && matcher.test(entry.name))
            argFiles.push({ path: join(root, entry.name), docId: entry.name });
        }
      }
    } else {
      const path = resolve(cwd, arg);
      const info = await fileSystem.stat(path).catch(() => undefined);
      if (isExcluded(path)) {
        // The run's own output, named as an input: never read back.
      } else if (info?.isDirectory()) {
        await walk(path, { fileSystem, isExcluded, canHoldInputs: () => true }, () => true);
      } else {
        argFiles.push({ path, docId: basename(path) });
      }
    }
    argFiles.sort((a, b) => compareNames(a.docId, b.docId) || compareNames(a.path, b.path));
    for (const file of argFiles) await add(file.path, file.docId, file.problem);
  }
  return found;
}
