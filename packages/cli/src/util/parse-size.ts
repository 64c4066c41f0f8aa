const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/** The default of `--max-file-size`, as written in the help texts: a file or JSONL text over it is an error record. */
export const DEFAULT_MAX_FILE_SIZE_TEXT = '50MB';
/** {@link DEFAULT_MAX_FILE_SIZE_TEXT} in bytes. */
export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 ** 2;

/**
 * Parses a human file size into bytes (powers of 1024).
 * @example parseSize('50MB') // 52428800
 * @example parseSize('200k') // 204800
 */
export function parseSize(text: string): number {
  const match = /^\s*(?<amount>\d+(?:\.\d+)?)\s*(?<unit>[a-z]*)\s*$/i.exec(text);
  const unit = match?.groups?.unit?.toLowerCase() ?? '';
  const factor = UNITS[unit];
  if (!match?.groups?.amount || factor === undefined) {
    throw new Error(`invalid size "${text}": use a number with an optional unit, e.g. 50MB, 200k, 1g`);
  }
  return Math.floor(Number(match.groups.amount) * factor);
}

/** Formats a byte count for people: "1.5 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let index = 0;
  while (value >= 1024 && index < units.length - 1) {
    value /= 1024;
    index++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[index]}`;
}
