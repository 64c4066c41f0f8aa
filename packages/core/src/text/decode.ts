/**
 * Turns the bytes of a report into text: UTF-8 (with or without BOM), UTF-16 (with BOM,
 * or BOM-less little/big endian recognised by its zero bytes), the legacy Vietnamese
 * font encodings TCVN3 (ABC) and VNI-Windows, and Windows-1258. Valid UTF-8 that is
 * really TCVN3 or VNI read as Windows-1252 ("mojibake") is repaired.
 *
 * Detection rules, in order:
 * 1. 0 bytes → InputError 'empty'.
 * 2. A byte-order mark decides: EF BB BF UTF-8, FF FE UTF-16LE, FE FF UTF-16BE.
 * 3. Without a BOM, UTF-16 is recognised when at least 40 % of the 16-bit units (in the
 *    first 4 KiB) have a zero high byte and almost none a zero low byte (mostly-ASCII text).
 * 4. Any NUL byte left (or NUL character in UTF-16 text) → InputError 'binary'; so does a
 *    share of C0 control characters (other than tab, line feed, vertical tab, form feed,
 *    carriage return) of 10 % or more.
 * 5. Valid UTF-8 is UTF-8; if it contains no Vietnamese-specific Unicode letter and reads
 *    clearly more Vietnamese after re-encoding to Windows-1252 and decoding as TCVN3 or VNI,
 *    it is repaired ({@link repairMojibake}).
 * 6. Invalid UTF-8: candidates TCVN3, VNI and Windows-1258 are scored against the lossy
 *    UTF-8 reading by how many words look Vietnamese; a legacy candidate wins only with a
 *    clearly Vietnamese score. Otherwise UTF-8 with U+FFFD replacements and a warning.
 */
import { InputError } from '../errors.js';
import { cp1252Runs, decodeTcvn3, decodeVni } from './legacy-codec.js';
import { scoreVietnamese, type VietnameseScore } from './vietnamese-score.js';

export interface DecodeResult {
  /** The decoded text (what every span refers to). */
  text: string;
  /**
   * What was detected: 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'tcvn3', 'vni', 'windows-1258',
   * or '<unicode encoding>+tcvn3-repaired' / '+vni-repaired' for repaired mojibake
   * (e.g. 'utf-8+tcvn3-repaired'); `repairMojibake` on text that needs nothing reports 'unicode'.
   */
  encoding: string;
  /** Human-readable notes: what was detected and repaired. */
  warnings: string[];
}

/** How many bytes at the start are scored when choosing between legacy decodings. */
const SAMPLE_BYTES = 64 * 1024;
/** A legacy decoding must reach this score (points per word) to be believed. */
const MIN_LEGACY_SCORE = 0.4;
/** …and beat the other readings by this much. */
const MIN_MARGIN = 0.25;

const LEGACY_NAMES = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI-Windows',
  'windows-1258': 'Windows-1258',
} as const;
type Legacy = keyof typeof LEGACY_NAMES;

const LEGACY_DECODERS: Record<Legacy, (bytes: Uint8Array) => string> = {
  tcvn3: decodeTcvn3,
  vni: decodeVni,
  'windows-1258': (bytes) => new TextDecoder('windows-1258').decode(bytes).normalize('NFC'),
};

/** Letters that only Unicode Vietnamese text has (Windows-1252 cannot hold them). */
const VIETNAMESE_UNICODE = /[ĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9]/;

/**
 * Decodes the bytes of a report to text, detecting the encoding.
 * Throws {@link InputError} 'empty' for 0 bytes and 'binary' for data that is not text.
 *
 * @example
 * decode(new TextEncoder().encode('Đảng ủy')) // → { text: 'Đảng ủy', encoding: 'utf-8', warnings: [] }
 * decode(Uint8Array.of(0xa7, 0xb6, 0x6e, 0x67, 0x20, 0xf1, 0x79)).text // → 'Đảng ủy' (TCVN3)
 */
export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) throw new InputError('empty', 'empty file (0 bytes): nothing to read');

  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    const result = decodeUtf8Body(bytes.subarray(3), 3, 'utf-8-bom');
    result.warnings.unshift('UTF-8 byte-order mark removed');
    return result;
  }
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, 'le', true);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, 'be', true);
  const bomless = sniffUtf16(bytes);
  if (bomless) return decodeUtf16(bytes, bomless, false);

  return decodeUtf8Body(bytes, 0, 'utf-8');
}

/**
 * Repairs text that is Unicode on the surface but really TCVN3 or VNI bytes shown as
 * Windows-1252 ("§¶ng ñy Khèi" → "Đảng ủy Khối"). Text holding any Vietnamese-specific
 * Unicode letter, English, French and other text that does not read clearly more
 * Vietnamese after the repair is returned unchanged with encoding 'unicode'.
 *
 * @example
 * repairMojibake('§¶ng ñy Khèi') // → { text: 'Đảng ủy Khối', encoding: 'utf-8+tcvn3-repaired', warnings: [...] }
 * repairMojibake('Ñaûng uûy').text // → 'Đảng ủy' (VNI)
 * repairMojibake('café à Paris').text // → 'café à Paris'
 */
export function repairMojibake(text: string): DecodeResult {
  return repairAs(text, 'utf-8') ?? { text, encoding: 'unicode', warnings: [] };
}

function repairAs(text: string, base: string): DecodeResult | undefined {
  if (VIETNAMESE_UNICODE.test(text) || !/[\u0080-\uffff]/.test(text)) return undefined;
  const runs = cp1252Runs(text);
  const sample = text.length > SAMPLE_BYTES ? text.slice(0, SAMPLE_BYTES) : text;
  const sampleRuns = sample === text ? runs : cp1252Runs(sample);
  const original = scoreVietnamese(sample);
  let best: { legacy: MojibakeSource; score: VietnameseScore } | undefined;
  for (const legacy of MOJIBAKE_SOURCES) {
    const score = scoreVietnamese(decodeRuns(sampleRuns, legacy));
    if (!best || score.value > best.score.value) best = { legacy, score };
  }
  if (
    !best ||
    best.score.frequentHits <= original.frequentHits ||
    best.score.value < MIN_LEGACY_SCORE ||
    best.score.value < original.value + 2 * MIN_MARGIN
  ) {
    return undefined;
  }
  const what = best.legacy === 'utf8' ? 'UTF-8' : `legacy ${LEGACY_NAMES[best.legacy]}`;
  return {
    text: decodeRuns(runs, best.legacy),
    encoding: `${base}+${best.legacy}-repaired`,
    warnings: [`text was ${what} shown as Windows-1252 (mojibake): repaired to Unicode`],
  };
}

/**
 * What mojibake may have been before Windows-1252 showed it: TCVN3 or VNI bytes ("§¶ng ñy"), or UTF-8 bytes
 * ("Ä‘áº£ng" for "đảng", a UTF-8 file opened as Windows-1252 and saved again).
 */
const MOJIBAKE_SOURCES = ['tcvn3', 'vni', 'utf8'] as const;
type MojibakeSource = (typeof MOJIBAKE_SOURCES)[number];
const UTF8 = new TextDecoder('utf-8');
const MOJIBAKE_DECODERS: Record<MojibakeSource, (bytes: Uint8Array) => string> = {
  tcvn3: decodeTcvn3,
  vni: decodeVni,
  utf8: (bytes) => UTF8.decode(bytes).normalize('NFC'),
};

function decodeRuns(runs: ReadonlyArray<Uint8Array | string>, legacy: MojibakeSource): string {
  const decoder = MOJIBAKE_DECODERS[legacy];
  let out = '';
  for (const run of runs) out += typeof run === 'string' ? run : decoder(run);
  return out;
}

/** Decodes bytes without a UTF-16 BOM: NUL/control checks, UTF-8, mojibake repair, legacy encodings. */
function decodeUtf8Body(bytes: Uint8Array, offset: number, encoding: 'utf-8' | 'utf-8-bom'): DecodeResult {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw binaryAt(offset + nul);

  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    checkControls(text);
    return repairAs(text, 'utf-8') ?? { text, encoding, warnings: [] };
  }

  const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  checkControls(lossy);
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  const lossyScore = scoreVietnamese(
    bytes.length > SAMPLE_BYTES ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(sample) : lossy,
  ).value;
  let best: { legacy: Legacy; value: number } | undefined;
  for (const legacy of Object.keys(LEGACY_DECODERS) as Legacy[]) {
    const { value, frequentHits } = scoreVietnamese(LEGACY_DECODERS[legacy](sample));
    if (frequentHits === 0) continue;
    if (!best || value > best.value) best = { legacy, value };
  }
  if (best && best.value >= MIN_LEGACY_SCORE && best.value >= lossyScore + MIN_MARGIN) {
    const legacyText = LEGACY_DECODERS[best.legacy](bytes);
    return {
      text: legacyText,
      encoding: best.legacy,
      warnings: [`legacy ${LEGACY_NAMES[best.legacy]} encoding detected and converted to Unicode`],
    };
  }
  const replaced = countInvalidUtf8Bytes(bytes);
  return {
    text: lossy,
    encoding,
    warnings: [`invalid UTF-8: ${replaced} byte${replaced === 1 ? '' : 's'} replaced`],
  };
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be', bom: boolean): DecodeResult {
  const start = bom ? 2 : 0;
  const body = bytes.subarray(start);
  const text = new TextDecoder(order === 'le' ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(body);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw binaryAt(start + 2 * nul);
  checkControls(text);
  const encoding = order === 'le' ? 'utf-16le' : 'utf-16be';
  const name = order === 'le' ? 'UTF-16LE' : 'UTF-16BE';
  const warnings = bom ? [] : [`${name} without byte-order mark detected`];
  if (body.length % 2 === 1) warnings.push(`${name}: odd byte count, last byte replaced`);
  const repaired = repairAs(text, encoding);
  if (repaired) {
    repaired.warnings.unshift(...warnings);
    return repaired;
  }
  return { text, encoding, warnings };
}

/** Recognises BOM-less UTF-16 by zero bytes at odd (LE) or even (BE) positions. */
function sniffUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  const len = Math.min(bytes.length, 4096) & ~1;
  const units = len / 2;
  if (units < 2) return undefined;
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < len; i += 2) {
    if (bytes[i] === 0) zeroLow++;
    if (bytes[i + 1] === 0) zeroHigh++;
  }
  if (zeroHigh >= units * 0.4 && zeroLow <= zeroHigh * 0.05) return 'le';
  if (zeroLow >= units * 0.4 && zeroHigh <= zeroLow * 0.05) return 'be';
  return undefined;
}

function binaryAt(offset: number): InputError {
  return new InputError('binary', `binary file (NUL bytes at offset ${offset}): not text`);
}

/** Throws 'binary' when 10 % or more of the characters are C0 controls (other than white space) or DEL. */
function checkControls(text: string): void {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) controls++;
  }
  if (controls > 0 && controls >= text.length * 0.1) {
    throw new InputError(
      'binary',
      `binary file (${controls} control characters in ${text.length} characters): not text`,
    );
  }
}

/** Counts bytes that are not part of a well-formed UTF-8 sequence. */
function countInvalidUtf8Bytes(bytes: Uint8Array): number {
  let bad = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      bad++;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need && i + j < n; j++) {
      const c = bytes[i + j] as number;
      if (j === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) break;
    }
    if (j > need) i += need + 1;
    else {
      bad += j; // the lead byte and the continuation bytes that matched before the break
      i += j;
    }
  }
  return bad;
}
