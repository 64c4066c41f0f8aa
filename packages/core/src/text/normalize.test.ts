import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VIETNAMESE_LOWERCASE_LETTERS } from './legacy-tables.js';
import { foldTone, type NormalizedText, normalize, toSourceSpan } from './normalize.js';

/** Positions where a group starts (plus the end): where spans may begin and end. */
function boundaries(norm: NormalizedText): number[] {
  const out = [0];
  for (let i = 1; i < norm.text.length; i++) if (norm.map[i] !== norm.map[i - 1]) out.push(i);
  if (norm.text.length > 0) out.push(norm.text.length);
  return out;
}

/** Checks every invariant of the map; returns a message for the first violation. */
function checkMap(source: string): string | undefined {
  const norm = normalize(source);
  const { text, map } = norm;
  if (map.length !== text.length + 1) return `map length ${map.length} for text length ${text.length}`;
  if (map[text.length] !== source.length) return `map end ${map[text.length]} ≠ ${source.length}`;
  if (text.length > 0 && (map[0] as number) < 0) return 'negative start';
  for (let i = 1; i < map.length; i++) if ((map[i] as number) < (map[i - 1] as number)) return `not monotone at ${i}`;
  const b = boundaries(norm);
  for (let x = 0; x < b.length; x++) {
    for (let y = x; y < b.length; y++) {
      const s = b[x] as number;
      const e = b[y] as number;
      const slice = source.slice(map[s], map[e]);
      const again = normalize(slice).text;
      if (again !== text.slice(s, e)) {
        return `span [${s},${e}) ${JSON.stringify(text.slice(s, e))} ← ${JSON.stringify(slice)} → ${JSON.stringify(again)}`;
      }
    }
  }
  return undefined;
}

describe('normalize: genre phrases', () => {
  it.each([
    ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Ủy viên Ban Thường vụ Tỉnh ủy'],
    ['Uỷ viên Ban Thường vụ Tỉnh uỷ', 'Ủy viên Ban Thường vụ Tỉnh ủy'],
    ['UỶ BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN'],
    ['hoà bình', 'hòa bình'],
    ['hòa bình', 'hòa bình'],
    ['UBND tỉnh\u00a0Lâm Đồng', 'UBND tỉnh Lâm Đồng'],
    ['năm 2020.\u00a0', 'năm 2020. '],
    ['năm 2020.\u00a0\r\nTiếp theo', 'năm 2020.\nTiếp theo'],
    ['Dòng 1\r\nDòng 2\r\n', 'Dòng 1\nDòng 2\n'],
    ['Dòng 1\rDòng 2', 'Dòng 1\nDòng 2'],
    ['Dòng 1\r\r\nDòng 2', 'Dòng 1\n\nDòng 2'],
    // NFD input (as macOS files and some web pages have it)
    ['Đa\u0309ng u\u0309y Kho\u0302\u0301i', 'Đảng ủy Khối'],
    ['ho\u0300a bi\u0300nh', 'hoà bình'.replace('oà', 'òa')],
    ['ho\u0061\u0300 bình', 'hòa bình'],
    ['Nghị\u200B quyết\u00ad số\u2060 12\uFEFF', 'Nghị quyết số 12'],
    ['Hội  nghị \t lần\u2002thứ\u3000ba', 'Hội nghị lần thứ ba'],
    ['Kết luận   \n\t\u00a0\nHết', 'Kết luận\n\nHết'],
    ['\u00a0 đầu dòng', ' đầu dòng'],
    ['', ''],
  ])('%j → %j', (source, text) => {
    expect(normalize(source).text).toBe(text);
    expect(checkMap(source)).toBeUndefined();
  });

  it('"hoà bình" and "hòa bình" are equal after normalize', () => {
    expect(normalize('hoà bình').text).toBe(normalize('hòa bình').text);
    expect(normalize('Hoà Bình').text).toBe(normalize('Hòa Bình').text);
  });
});

describe('normalize: offset map', () => {
  it.each([
    // source, normalized span text, expected source span
    ['UBND tỉnh\u00a0Lâm Đồng', 'Lâm Đồng', [10, 18]],
    ['Dòng 1\r\nDòng 2', 'Dòng 2', [8, 14]],
    ['Đa\u0309ng u\u0309y', 'ủy', [6, 9]],
    ['Uỷ ban', 'Ủy', [0, 2]],
    ['Hội  nghị', 'nghị', [5, 9]],
    ['xin\u200Bchào', 'chào', [3, 8]],
    ['a  \nb', '\n', [1, 4]],
  ] as const)('%j: %j maps to %j', (source, needle, span) => {
    const norm = normalize(source);
    const at = norm.text.indexOf(needle);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(toSourceSpan(norm, at, at + needle.length)).toEqual(span);
  });

  it.each([
    [-5, 2, [0, 2]],
    [1, 99, [1, 6]],
    [4, 2, [4, 4]],
  ] as const)('toSourceSpan clamps (%d, %d) to %j', (s, e, span) => {
    expect(toSourceSpan(normalize('ab cde'), s, e)).toEqual(span);
  });

  it('a surrogate pair stays whole and maps to its start', () => {
    const norm = normalize('a\u00a0😀\u00a0b');
    expect(norm.text).toBe('a 😀 b');
    expect(Array.from(norm.map)).toEqual([0, 1, 2, 2, 4, 5, 6]);
  });

  it.each([
    ['a\ud800b', 'a\ud800b'],
    ['x\udc00\u00a0y', 'x\udc00 y'],
    ['😀\ud800', '😀\ud800'],
  ])('keeps a lone surrogate as it is: %j', (source, expected) => {
    expect(normalize(source).text).toBe(expected);
  });

  it('copies o, u and q that open no pair, and still folds the pairs they open', () => {
    expect(normalize('cho hoà, quý, thuỷ, công\u200B').text).toBe('cho hòa, quý, thủy, công');
    expect(normalize('ho\u0300a uy\u0301').text).toBe('hòa úy');
  });

  it('grows its buffers when NFC makes the text longer than the source', () => {
    // U+0958 (DEVANAGARI QA) is excluded from composition: NFC gives two code units.
    const source = '\u0958'.repeat(100);
    const norm = normalize(source);
    expect(norm.text).toBe('\u0915\u093c'.repeat(100));
    expect(norm.map[1]).toBe(0);
    expect(norm.map[2]).toBe(1);
    expect(checkMap(source.slice(0, 10))).toBeUndefined();
  });
});

describe('foldTone', () => {
  it.each([
    ['hoà', 'hòa'],
    ['hoá', 'hóa'],
    ['hoả', 'hỏa'],
    ['hoã', 'hõa'],
    ['hoạ', 'họa'],
    ['khoẻ', 'khỏe'],
    ['xoè', 'xòe'],
    ['thuỷ', 'thủy'],
    ['thuỳ', 'thùy'],
    ['tuỵ', 'tụy'],
    ['luỹ', 'lũy'],
    ['Uỷ', 'Ủy'],
    ['UỶ', 'ỦY'],
    ['uỶ', 'ủY'],
    ['HOÀ', 'HÒA'],
    ['Hoà-Bình', 'Hòa-Bình'],
    ['(hoà)', '(hòa)'],
    ['hoà.', 'hòa.'],
    ['Uỷ ban hoà giải', 'Ủy ban hòa giải'],
  ])('folds %j → %j', (input, output) => {
    expect(foldTone(input)).toBe(output);
    expect(normalize(input).text).toBe(output);
  });

  it.each([
    ['toàn'],
    ['hoàn'],
    ['khoản'],
    ['thoát'],
    ['hoạch'],
    ['khoèo'],
    ['quý'],
    ['Quý'],
    ['QUÝ'],
    ['quỳnh'],
    ['quỹ'],
    ['quỷ'],
    ['hòa'],
    ['thủy'],
    ['bóa'],
    ['uà'],
    ['oỳ'],
    ['café'],
  ])('leaves %j alone', (input) => {
    expect(foldTone(input)).toBe(input);
    expect(normalize(input).text).toBe(input);
  });
});

// ---------------------------------------------------------------------------
// Property tests.
// ---------------------------------------------------------------------------

const SPECIAL = [
  '\r',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '\u00a0',
  '\u2003',
  '\u202f',
  '\u3000',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u0300',
  '\u0301',
  '\u0309',
  '\u0303',
  '\u0323',
  '\u0302',
  '\u0306',
  '\u031b',
  '\u1100',
  '\u1161',
  '\u11a8',
  '가',
  'o',
  'u',
  'q',
  'Q',
  'à',
  'ý',
  'Ỷ',
];

const anyChar = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 0x2fff }).map((cp) => String.fromCharCode(cp)) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 1, arbitrary: fc.constantFrom('\ud800', '\udc00', '\ud83d') },
);

const vietLetter = fc
  .constantFrom(...VIETNAMESE_LOWERCASE_LETTERS, 'a', 'o', 'u', 'y', 'n', 'h', 'q', 'g')
  .chain((l) => fc.boolean().map((up) => (up ? l.toUpperCase() : l)))
  .chain((l) => fc.boolean().map((nfd) => (nfd ? l.normalize('NFD') : l)));
const vietChar = fc.oneof(
  { weight: 8, arbitrary: vietLetter },
  { weight: 2, arbitrary: fc.constantFrom(' ', '  ', '\u00a0', '\r\n', '\n', '\u200b', '.', ',') },
);

/** Syllables around the tone-fold rule: onset, glide, toned vowel, maybe a final, in NFC or NFD. */
const foldSyllable = fc
  .tuple(
    fc.constantFrom('', 'h', 'kh', 'q', 'Q', 'th', 'x', 'qu'),
    fc.constantFrom('o', 'O', 'u', 'U', ''),
    fc.constantFrom('\u200b', '', '', ''),
    fc.constantFrom('à', 'ạ', 'ẻ', 'É', 'ý', 'Ỷ', 'ỵ', 'a', 'y', 'ò'),
    fc.constantFrom('', '', 'n', 'ng', 'ch', '\u00ad', '.', ' ', '\r\n', 'o', 'uý', '\u0301'),
    fc.boolean(),
  )
  .map(([onset, glide, zw, vowel, final, nfd]) => {
    const syllable = onset + glide + zw + vowel + final;
    return nfd ? syllable.normalize('NFD') : syllable;
  });

const arbitraryText = fc.array(anyChar, { maxLength: 40 }).map((a) => a.join(''));
const vietnameseText = fc.array(vietChar, { maxLength: 40 }).map((a) => a.join(''));
const foldText = fc.array(foldSyllable, { maxLength: 8 }).map((a) => a.join(''));

describe.each([
  ['arbitrary Unicode', arbitraryText],
  ['Vietnamese-like (NFC and NFD)', vietnameseText],
  ['syllables around the tone-fold rule', foldText],
])('normalize properties: %s', (_name, strings) => {
  it('the map has the right length, ends at source.length, is monotone, and spans round-trip', () => {
    fc.assert(
      fc.property(strings, (s) => {
        expect(checkMap(s)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(strings, (s) => {
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('outputs NFC with no CR, no zero-width-only characters, no tabs and no double spaces', () => {
    fc.assert(
      fc.property(strings, (s) => {
        const { text } = normalize(s);
        expect(text.normalize('NFC')).toBe(text);
        expect(text).not.toMatch(/\r|\t|\u00a0|[\u2000-\u200a]|\u202f|\u3000/);
        // a space that carries combining marks is not part of a run
        expect(text).not.toMatch(/ {2}(?![\p{M}\u1160-\u11ff\ud7b0-\ud7ff])| \n/u);
        expect(text).not.toMatch(/[\u200b-\u200d\u2060\ufeff\u00ad](?![\p{M}\u1160-\u11ff\ud7b0-\ud7ff])/u);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('normalize: size', () => {
  it('handles a long document', () => {
    const para = 'Ban Thường vụ Tỉnh uỷ\u00a0đã họp.  \r\n'.repeat(20000);
    const norm = normalize(para);
    expect(norm.text).toBe('Ban Thường vụ Tỉnh ủy đã họp.\n'.repeat(20000));
    expect(norm.map.length).toBe(norm.text.length + 1);
    expect(norm.map[norm.text.length]).toBe(para.length);
  });
});
