import { inflateRawSync } from 'node:zlib';
import { InputError } from '@vnpr/core';

/** Limits on what a .docx (a ZIP archive) may unpack to before it is handed to mammoth. */
export interface ZipLimits {
  /** Largest total unpacked size, in bytes (default 200 MB). */
  maxUnpackedBytes: number;
  /** Largest unpacked/packed ratio once the unpacked size passes `ratioFloorBytes` (default 100). */
  maxRatio: number;
  /** Below this unpacked size the ratio is not checked: small, repetitive documents compress well (default 10 MB). */
  ratioFloorBytes: number;
  /** Most entries (default 10,000). */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUnpackedBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 10 * 1024 * 1024,
  maxEntries: 10_000,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  packed: number;
  unpacked: number;
  localOffset: number;
}

function unreadable(reason: string): InputError {
  return new InputError('unreadable', `not a readable .docx file (${reason}): save it again from Word or as .txt`);
}

/** Reads the central directory of a ZIP archive (the sizes it declares for each entry). */
export function readZipEntries(bytes: Buffer): Entry[] {
  // The end-of-central-directory record is in the last 22 + 65,535 bytes (its comment is at most 64 KB).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable('no ZIP directory');
  const count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL) throw unreadable('damaged ZIP directory');
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const entry: Entry = {
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: bytes.readUInt16LE(offset + 10),
      packed: bytes.readUInt32LE(offset + 20),
      unpacked: bytes.readUInt32LE(offset + 24),
      localOffset: bytes.readUInt32LE(offset + 42),
    };
    // ZIP64 (sizes of 0xFFFFFFFF): more than 4 GB declared, far past any limit.
    if (entry.unpacked === 0xffffffff || entry.packed === 0xffffffff) entry.unpacked = Number.POSITIVE_INFINITY;
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function formatMb(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : 'over 4 GB';
}

/**
 * Refuses a ZIP archive that would unpack to far more than it weighs (a "zip bomb") before any
 * library inflates it: the sizes its central directory declares are checked against the limits,
 * then each compressed entry is inflated with its declared size as a hard cap, so an archive that
 * lies about its sizes is caught too. Throws `InputError('zip-bomb')` or `InputError('unreadable')`.
 */
export function checkZipBomb(bytes: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  const entries = readZipEntries(bytes);
  const refuse = (why: string) =>
    new InputError(
      'zip-bomb',
      `.docx refused: ${why} (file ${bytes.length} bytes); a Word document this size does not unpack to that: check where it came from`,
    );
  if (entries.length > limits.maxEntries) throw refuse(`${entries.length} entries in the archive`);
  const total = entries.reduce((sum, entry) => sum + entry.unpacked, 0);
  if (total > limits.maxUnpackedBytes)
    throw refuse(`declared unpacked size ${formatMb(total)}, limit ${formatMb(limits.maxUnpackedBytes)}`);
  if (total > limits.ratioFloorBytes && total > limits.maxRatio * bytes.length)
    throw refuse(`declared unpacked size ${formatMb(total)} is over ${limits.maxRatio}× the file`);
  for (const entry of entries) {
    if (entry.method !== 8) continue; // stored entries are as large as they say; others mammoth refuses
    const local = entry.localOffset;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL) throw unreadable('damaged ZIP entry');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const packed = bytes.subarray(start, Math.min(bytes.length, start + entry.packed));
    try {
      inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.unpacked) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw refuse(`entry "${entry.name}" unpacks to more than the ${entry.unpacked} bytes it declares`);
      throw unreadable(`entry "${entry.name}": ${(error as Error).message}`);
    }
  }
}
