import { describe, expect, it } from 'vitest';
import { decodeTcvn3, decodeVni, encodeTcvn3, encodeVni } from './legacy-codec.js';
import { TCVN3_LETTERS, VIETNAMESE_LOWERCASE_LETTERS, VNI_LETTERS } from './legacy-tables.js';

const LOWER = VIETNAMESE_LOWERCASE_LETTERS;
const UPPER = LOWER.map((l) => l.toUpperCase());
/** The capitals TCVN3 has its own code for. */
const TCVN3_CAPITALS = new Set(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']);

describe('legacy tables: shape', () => {
  it('lists the 67 non-ASCII lowercase Vietnamese letters', () => {
    expect(LOWER).toHaveLength(67);
    expect(new Set(LOWER).size).toBe(67);
  });

  it.each([
    ['TCVN3 letters', TCVN3_LETTERS.map(([l]) => l), 67 + 7],
    ['TCVN3 bytes', TCVN3_LETTERS.map(([, b]) => b), 67 + 7],
    ['VNI letters', VNI_LETTERS.map(([l]) => l), 134],
    ['VNI byte sequences', VNI_LETTERS.map(([, s]) => s), 134],
  ] as const)('%s are unique', (_name, values, count) => {
    expect(values).toHaveLength(count);
    expect(new Set<unknown>(values).size).toBe(count);
  });

  it('TCVN3 uses only bytes 0xA1–0xFE', () => {
    for (const [, b] of TCVN3_LETTERS) expect(b >= 0xa1 && b <= 0xfe).toBe(true);
  });
});

describe('TCVN3 round trip', () => {
  it.each(LOWER.map((l) => [l]))('lowercase %s', (letter) => {
    const bytes = encodeTcvn3(letter);
    expect(bytes).toHaveLength(1);
    expect(decodeTcvn3(bytes)).toBe(letter);
  });

  it.each(UPPER.map((l) => [l]))('capital %s (".VnTimeH" capitals decode as lowercase)', (letter) => {
    const expected = TCVN3_CAPITALS.has(letter) ? letter : letter.toLowerCase();
    expect(decodeTcvn3(encodeTcvn3(letter))).toBe(expected);
  });

  it.each([
    [[0xa7, 0xb6, 0x6e, 0x67], 'Đảng'],
    [[0x6e, 0xa8, 0x6d], 'năm'],
    [[0xae, 0xad, 0xee, 0x63], 'được'],
    [[0x6e, 0x67, 0xad, 0xea, 0x69], 'người'],
    // bytes TCVN3 leaves undefined read as Windows-1252 (curly quotes, dash)
    [[0x93, 0x41, 0x94, 0x20, 0x96], '\u201cA\u201d \u2013'],
  ])('decodes %j as %j', (bytes, text) => {
    expect(decodeTcvn3(Uint8Array.from(bytes))).toBe(text);
  });
});

describe('VNI round trip', () => {
  it.each([...LOWER, ...UPPER].map((l) => [l]))('%s', (letter) => {
    expect(decodeVni(encodeVni(letter))).toBe(letter);
  });

  it.each([
    ['Ñaûng', 'Đảng'],
    ['Vieät Nam', 'Việt Nam'],
    ['ngöôøi', 'người'],
    ['VIEÄT NAM', 'VIỆT NAM'],
    // a lowercase mark after a capital base still combines
    ['VIEät', 'VIỆt'],
    ['Quoác hoäi', 'Quốc hội'],
    ['hoaëc', 'hoặc'],
    // a mark byte with no base to combine with stays a Windows-1252 character
    ['ø', 'ø'],
    ['xù', 'xù'],
  ])('decodes %j as %j', (cp1252, text) => {
    const bytes = Uint8Array.from(cp1252, (c) => c.charCodeAt(0));
    expect(decodeVni(bytes)).toBe(text);
  });
});

describe('encoders', () => {
  it.each([
    [encodeTcvn3, '→'],
    [encodeVni, '→'],
  ])('write "?" for characters the encoding cannot hold', (encode, ch) => {
    expect(Array.from(encode(ch))).toEqual([0x3f]);
  });
});
