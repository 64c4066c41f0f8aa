/**
 * Decoders and encoders for the legacy Vietnamese encodings in `legacy-tables.ts`,
 * plus Windows-1252 helpers used to undo mojibake. Bytes a legacy table does not
 * define are read as Windows-1252 (that is what the legacy fonts were layered on:
 * curly quotes and dashes in such files are plain Windows-1252).
 */
import { TCVN3_LETTERS, VNI_LETTERS } from './legacy-tables.js';

/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG mapping; the five undefined bytes stay C1 controls).
 * Written out because Node 20.18.3+ / 22.13+ decode 'windows-1252' as Latin-1 in this range
 * (nodejs/node#60888), which would turn curly quotes into control characters.
 */
const CP1252_HIGH_CONTROLS =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The 256 characters of Windows-1252, from `TextDecoder` with the 0x80–0x9F range fixed up. */
export const CP1252_CHARS: string = (() => {
  const all = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return all.slice(0, 0x80) + CP1252_HIGH_CONTROLS + all.slice(0xa0);
})();

/** Reverse of {@link CP1252_CHARS}: UTF-16 code unit → byte, -1 when not encodable. */
const CP1252_REVERSE: Int16Array = (() => {
  const rev = new Int16Array(0x10000).fill(-1);
  // Latin-1 reading of 0x80–0x9F as a fallback (text mis-decoded as ISO-8859-1).
  for (let b = 0x80; b < 0xa0; b++) rev[b] = b;
  for (let b = 0; b < 256; b++) rev[CP1252_CHARS.charCodeAt(b)] = b;
  return rev;
})();

/**
 * The Windows-1252 byte of one UTF-16 code unit, or -1 when it has none.
 *
 * @example cp1252Byte('§'.charCodeAt(0)) // → 0xa7
 */
export function cp1252Byte(codeUnit: number): number {
  return CP1252_REVERSE[codeUnit] ?? -1;
}

const TCVN3_DECODE: Uint16Array = (() => {
  const table = Uint16Array.from({ length: 256 }, (_, b) => CP1252_CHARS.charCodeAt(b));
  for (const [letter, byte] of TCVN3_LETTERS) table[byte] = letter.charCodeAt(0);
  return table;
})();
const CP1252_UNITS: Uint16Array = Uint16Array.from({ length: 256 }, (_, b) => CP1252_CHARS.charCodeAt(b));

/** Turns UTF-16 code units into a string, in chunks (no per-character strings). */
function unitsToString(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let s = 0; s < length; s += 8192) {
    parts.push(String.fromCharCode.apply(null, units.subarray(s, Math.min(s + 8192, length)) as unknown as number[]));
  }
  return parts.join('');
}

const TCVN3_ENCODE: Map<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [letter, byte] of TCVN3_LETTERS) {
    m.set(letter, byte);
    // ".VnTimeH" convention: capitals without their own code use the lowercase code.
    const upper = letter.toUpperCase();
    if (!m.has(upper) && !TCVN3_LETTERS.some(([l]) => l === upper)) m.set(upper, byte);
  }
  return m;
})();

/** VNI single-byte letters (byte → letter) and two-byte letters ((b1 << 8 | b2) → letter). */
const VNI_SINGLE = new Map<number, number>();
const VNI_PAIR = new Map<number, number>();
const VNI_ENCODE = new Map<string, number[]>();
(() => {
  const bytesOf = (s: string): number[] => Array.from(s, (ch) => cp1252Byte(ch.charCodeAt(0)));
  for (const [letter, seq] of VNI_LETTERS) {
    const bytes = bytesOf(seq);
    VNI_ENCODE.set(letter, bytes);
    const [b0, b1] = bytes as [number, number | undefined];
    if (b1 === undefined) VNI_SINGLE.set(b0, letter.charCodeAt(0));
    else VNI_PAIR.set((b0 << 8) | b1, letter.charCodeAt(0));
  }
  // Lenient reading: a mark byte of the "wrong" case after a base letter (typed with
  // caps lock, or a lowercase mark after a capital) still combines; the base decides the case.
  for (const [letter, seq] of VNI_LETTERS) {
    const bytes = bytesOf(seq);
    if (bytes.length !== 2) continue;
    const [b0, b1] = bytes as [number, number];
    const otherCaseMark = b1 >= 0xe0 ? b1 - 0x20 : b1 + 0x20;
    const key = (b0 << 8) | otherCaseMark;
    if (!VNI_PAIR.has(key)) VNI_PAIR.set(key, letter.charCodeAt(0));
  }
  // ỵ is written 'î', but a 'y' followed by the dot mark is also seen in the wild.
  VNI_PAIR.set((0x79 << 8) | 0xef, 'ỵ'.charCodeAt(0));
  VNI_PAIR.set((0x59 << 8) | 0xcf, 'Ỵ'.charCodeAt(0));
})();

/**
 * Decodes TCVN3 (ABC) bytes to Unicode.
 *
 * @example decodeTcvn3(Uint8Array.of(0xa7, 0xb6, 0x6e, 0x67)) // → 'Đảng'
 */
export function decodeTcvn3(bytes: Uint8Array): string {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = TCVN3_DECODE[bytes[i] as number] as number;
  return unitsToString(out, bytes.length);
}

/**
 * Decodes VNI-Windows bytes to Unicode.
 *
 * @example decodeVni(Uint8Array.of(0xd1, 0x61, 0xfb, 0x6e, 0x67)) // → 'Đảng'
 */
export function decodeVni(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint16Array(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b >= 0x41 && i + 1 < n && (bytes[i + 1] as number) >= 0xc0) {
      const pair = VNI_PAIR.get((b << 8) | (bytes[i + 1] as number));
      if (pair !== undefined) {
        out[len++] = pair;
        i++;
        continue;
      }
    }
    out[len++] = VNI_SINGLE.get(b) ?? (CP1252_UNITS[b] as number);
  }
  return unitsToString(out, len);
}

function encodeWith(text: string, letterBytes: (ch: string) => readonly number[] | undefined): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const mapped = letterBytes(ch);
    if (mapped) {
      out.push(...mapped);
      continue;
    }
    const b = ch.length === 1 ? cp1252Byte(ch.charCodeAt(0)) : -1;
    out.push(b >= 0 ? b : 0x3f); // '?' for characters the encoding cannot hold
  }
  return Uint8Array.from(out);
}

/**
 * Encodes Unicode text as TCVN3 (ABC). Capitals that TCVN3 lacks use the lowercase
 * code (the ".VnTimeH" convention), so they decode back as lowercase.
 * Characters with no byte become '?'. Used for tests and fixtures.
 *
 * @example decodeTcvn3(encodeTcvn3('Đảng ủy')) // → 'Đảng ủy'
 */
export function encodeTcvn3(text: string): Uint8Array {
  return encodeWith(text, (ch) => {
    const b = TCVN3_ENCODE.get(ch);
    return b === undefined ? undefined : [b];
  });
}

/**
 * Encodes Unicode text as VNI-Windows. Characters with no byte become '?'.
 *
 * @example decodeVni(encodeVni('Tỉnh ủy')) // → 'Tỉnh ủy'
 */
export function encodeVni(text: string): Uint8Array {
  return encodeWith(text, (ch) => VNI_ENCODE.get(ch));
}

/**
 * Splits text into runs that Windows-1252 can encode (returned as bytes) and runs it cannot
 * (returned as the original string), so that mojibake can be re-read piece by piece.
 *
 * @example cp1252Runs('§¶ng → x') // → [bytes of '§¶ng ', '→', bytes of ' x']
 */
export function cp1252Runs(text: string): Array<Uint8Array | string> {
  const runs: Array<Uint8Array | string> = [];
  const buf = new Uint8Array(text.length);
  let bufLen = 0;
  let foreignStart = -1;
  for (let i = 0; i < text.length; i++) {
    const b = cp1252Byte(text.charCodeAt(i));
    if (b >= 0) {
      if (foreignStart >= 0) {
        runs.push(text.slice(foreignStart, i));
        foreignStart = -1;
      }
      buf[bufLen++] = b;
    } else {
      if (bufLen > 0) {
        runs.push(buf.slice(0, bufLen));
        bufLen = 0;
      }
      if (foreignStart < 0) foreignStart = i;
    }
  }
  if (foreignStart >= 0) runs.push(text.slice(foreignStart));
  if (bufLen > 0) runs.push(buf.slice(0, bufLen));
  return runs;
}
