// STUB: replaced by the decode work (UTF-8/16, TCVN3, VNI, mojibake repair).
import { InputError } from '../errors.js';

export interface DecodeResult {
  /** The decoded text (what every span refers to). */
  text: string;
  /** What was detected: 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'tcvn3', 'vni', ... */
  encoding: string;
  /** Human-readable notes: what was detected and repaired. */
  warnings: string[];
}

export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) throw new InputError('empty', 'empty file (0 bytes): nothing to read');
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError('binary', `binary file (NUL bytes at offset ${nul}): not text`);
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warnings: [] };
}

/** Repairs text that is Unicode on the surface but really TCVN3 or VNI read as Windows-1252. */
export function repairMojibake(text: string): DecodeResult {
  return { text, encoding: 'unicode', warnings: [] };
}
