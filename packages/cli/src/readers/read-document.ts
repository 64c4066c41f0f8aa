import { readFile, stat } from 'node:fs/promises';
import { decode, InputError } from '@vnpr/core';
import { extractDocxText } from './docx.js';
import { extractHtmlText } from './html.js';

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
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > maxBytes) {
      throw new InputError(
        'too-large',
        `file too large (${info.size} bytes, limit ${maxBytes}): split it or raise --max-file-size`,
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('unreadable', describeFsError(error));
  }
  if (extension === '.html' || extension === '.htm') return extractHtmlText(decode(bytes).text);
  if (extension === '.docx') return extractDocxText(bytes);
  return bytes;
}
