/**
 * What a file system error code means, for a person (`ENOSPC` → "no space left on the device"); undefined
 * for codes without a plain wording.
 */
export function describeErrorCode(code: string): string | undefined {
  switch (code) {
    case 'ENOENT':
      return 'not found: check the path';
    case 'ENOTDIR':
      return 'a part of this path is a file, not a folder';
    case 'EISDIR':
      return 'is a folder: give a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EFBIG':
      return 'file too large for the file system';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EIO':
      return 'input/output error (a failing disk or network drive?)';
    default:
      return undefined;
  }
}

/**
 * A file system error (`ENOENT`, `ENOTDIR`, ...) said for a person, with its path and what to do; undefined
 * for other errors.
 *
 * @example
 * describeSystemError(Object.assign(new Error(), { code: 'ENOENT', path: 'gold.jsonl' })) // 'gold.jsonl: not found: check the path'
 */
export function describeSystemError(error: unknown): string | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string' || typeof path !== 'string') return undefined;
  const meaning = describeErrorCode(code);
  if (!meaning) return undefined;
  return code === 'EISDIR' ? `${path} ${meaning}` : `${path}: ${meaning}`;
}

/**
 * An output that could not be written (a full disk, a read-only folder), said in one line: the output,
 * why, and, when a journal holds the documents already done, how to go on from it. Other errors (not
 * from the operating system) are returned as they are.
 *
 * @example
 * describeOutputFailure(enospc, 'out.xlsx', 'out.xlsx.vnpr-partial.jsonl').message
 * // 'cannot write out.xlsx: no space left on the device; the documents done so far are kept in out.xlsx.vnpr-partial.jsonl: make room, then run the same command with --resume'
 */
export function describeOutputFailure(error: unknown, output: string, journal?: string): unknown {
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string' || typeof syscall !== 'string') return error;
  const reason = describeErrorCode(code) ?? (error as Error).message;
  const target = output === '-' ? 'to standard output' : output;
  const resume = journal
    ? `; the documents done so far are kept in ${journal}: ${code === 'ENOSPC' ? 'make room' : 'fix that'}, then run the same command with --resume`
    : '';
  return new Error(`cannot write ${target}: ${reason}${resume}`);
}
