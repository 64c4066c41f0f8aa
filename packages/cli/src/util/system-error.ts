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
  switch (code) {
    case 'ENOENT':
      return `${path}: not found: check the path`;
    case 'ENOTDIR':
      return `${path}: a part of this path is a file, not a folder`;
    case 'EISDIR':
      return `${path} is a folder: give a file`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    case 'ENOSPC':
      return `${path}: no space left on the device`;
    case 'EROFS':
      return `${path}: the file system is read-only`;
    default:
      return undefined;
  }
}
