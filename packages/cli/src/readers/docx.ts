import { InputError } from '@vnpr/core';
import { checkZipBomb } from './zip-guard.js';

/**
 * Extracts the raw text of a .docx file (paragraphs separated by blank lines).
 * Throws `InputError('unreadable')` when the bytes are not a Word document, `InputError('zip-bomb')`
 * when the archive would unpack to far more than it weighs (checked before mammoth inflates anything).
 */
export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  checkZipBomb(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    const { default: mammoth } = await import('mammoth'); // loaded only for .docx files
    const result = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    return result.value.replace(/\n{3,}/g, '\n\n').trim();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError('unreadable', `not a readable .docx file (${reason}): save it again from Word or as .txt`);
  }
}
