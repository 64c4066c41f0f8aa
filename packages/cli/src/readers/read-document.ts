import { Buffer } from 'node:buffer';
import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { decode, InputError } from '@vnpr/core';
import { describeNotAFile } from './find-inputs.js';

/** The file formats read as one document each, by extension. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx'] as const;

function extensionOf(path: string): string {
  const match = /\.[^./\\]+$/.exec(path);
  return match ? match[0].toLowerCase() : '';
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found: check the path';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: make the file readable';
  if (code === 'EISDIR') return 'is a directory';
  return `cannot read the file (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Opens a path for reading without ever blocking: `O_NONBLOCK` makes opening a named pipe return at once
 * (a plain open waits for a writer, forever, in a thread no signal can free), and the opened file must
 * then be a regular file. Throws `InputError('not-a-file')` for a pipe, socket or device (a link to
 * `/dev/zero` included), and the system's error when the path cannot be opened.
 */
export async function openRegularFile(path: string): Promise<FileHandle> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!info.isFile()) {
      const kind = info.isFIFO()
        ? 'a named pipe (FIFO)'
        : info.isSocket()
          ? 'a socket'
          : info.isCharacterDevice()
            ? 'a character device'
            : 'a block device';
      throw new InputError('not-a-file', describeNotAFile(kind));
    }
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Bytes asked of the file system at a time past the size `stat` gave. */
const READ_CHUNK = 1024 * 1024;

function tooLarge(read: string, maxBytes: number): InputError {
  return new InputError('too-large', `file too large (${read}, limit ${maxBytes}): split it or raise --max-file-size`);
}

/**
 * Reads a regular file whole, but never more than `maxBytes + 1` bytes: the limit holds for the bytes
 * read, not the size `stat` gives (0 for `/proc` files, and a file may grow while it is read).
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await openRegularFile(path);
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooLarge(`${size} bytes`, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    // The first read asks for one byte more than stat promised, to find out whether there is more.
    let want = Math.min(size + 1, maxBytes + 1);
    for (;;) {
      const buffer = Buffer.allocUnsafe(want);
      let filled = 0;
      while (filled < want) {
        const { bytesRead } = await handle.read(buffer, filled, want - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      chunks.push(filled === want ? buffer : buffer.subarray(0, filled));
      total += filled;
      if (total > maxBytes) throw tooLarge(`more than ${maxBytes} bytes read`, maxBytes);
      if (filled < want) break; // the end of the file
      want = Math.min(READ_CHUNK, maxBytes + 1 - total);
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * Reads one document file into what `extract()` takes: the raw bytes of `.txt`/`.md` (decoded by
 * `extract`, so legacy encodings work), the article text of `.html`/`.htm`, the raw text of `.docx`.
 * Throws `InputError` ('too-large', 'unreadable', 'unsupported-format', ...) for files it cannot read.
 */
export async function readDocumentFile(path: string, maxBytes: number): Promise<string | Uint8Array> {
  const extension = extensionOf(path);
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) {
    const shown = extension || 'no extension';
    throw new InputError(
      'unsupported-format',
      `unsupported format (${shown}): vnpr reads .txt, .md, .html, .htm, .docx, .jsonl and .jsonl.gz`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(path, maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('unreadable', describeFsError(error));
  }
  // The HTML parser and the DOCX reader load with the first such file: a worker that reads only JSONL or text
  // never loads them (htmlparser2 and its entity tables were ~30 ms of CPU of each worker's start).
  if (extension === '.html' || extension === '.htm')
    return (await import('./html.js')).extractHtmlText(decode(bytes).text);
  if (extension === '.docx') return (await import('./docx.js')).extractDocxText(bytes);
  return bytes;
}
