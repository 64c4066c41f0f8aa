import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointBefore,
  isAlphanumeric,
  isLetter,
  isLetterOrMark,
  isLowerLetter,
  isMark,
  isUpperLetter,
  letterRunEnd,
  matchAllNotAfter,
} from './letters.js';

describe('letter classes', () => {
  it.each([
    ['a', true, false, true],
    ['Đ', true, true, false],
    ['ữ', true, false, true],
    ['Ữ', true, true, false],
    ['ư', true, false, true],
    ['5', false, false, false],
    [' ', false, false, false],
    ['\u0301', false, false, false], // a combining acute accent is a mark, not a letter
    ['%', false, false, false],
    ['中', true, false, false],
    ['𝐀', true, true, false], // outside the BMP
  ])('%s: letter %s, upper %s, lower %s', (char, letter, upper, lower) => {
    const cp = char.codePointAt(0)!;
    expect([isLetter(cp), isUpperLetter(cp), isLowerLetter(cp)]).toEqual([letter, upper, lower]);
  });

  it('agrees with the regex classes on any code point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x10ffff }), (cp) => {
        if (cp >= 0xd800 && cp <= 0xdfff) return;
        const char = String.fromCodePoint(cp);
        expect(isLetter(cp)).toBe(/^\p{L}$/u.test(char));
        expect(isUpperLetter(cp)).toBe(/^\p{Lu}$/u.test(char));
        expect(isLowerLetter(cp)).toBe(/^\p{Ll}$/u.test(char));
        expect(isMark(cp)).toBe(/^\p{M}$/u.test(char));
        expect(isLetterOrMark(cp)).toBe(/^[\p{L}\p{M}]$/u.test(char));
        expect(isAlphanumeric(cp)).toBe(/^[\p{L}\p{M}\p{N}]$/u.test(char));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['ab', 2, 'b'.codePointAt(0)],
    ['ab', 0, -1],
    ['x𝐀', 3, '𝐀'.codePointAt(0)],
    ['x𝐀', 2, 0xd835], // inside a pair: the high surrogate alone
  ])('codePointBefore(%j, %i)', (text, index, expected) => {
    expect(codePointBefore(text, index)).toBe(expected);
  });

  it('answers as a one-character lookbehind does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.nat(12), (text, at) => {
        const index = Math.min(at, text.length);
        // (A regex never stops between the two halves of a surrogate pair.)
        const low = text.charCodeAt(index);
        if (low >= 0xdc00 && low <= 0xdfff) return;
        const before = codePointBefore(text, index);
        const letterBefore = /(?<=\p{L})/uy;
        letterBefore.lastIndex = index;
        expect(isLetter(before)).toBe(letterBefore.test(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('matchAllNotAfter finds what a pattern with a leading lookbehind finds', () => {
    const words = fc.constantFrom('Chi bộ', 'chi bộ', 'Đảng ủy', 'x', ' ', ',', '5', '\u0301', '𝐀');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const plain = matchAllNotAfter(text, /Chi bộ|Đảng ủy|\d+/gu, isLetter).map((m) => [m.index, m[0]]);
        const behind = [...text.matchAll(/(?<![\p{L}])(?:Chi bộ|Đảng ủy|\d+)/gu)].map((m) => [m.index, m[0]]);
        expect(plain).toEqual(behind);
      }),
      { numRuns: 1000 },
    );
    expect(matchAllNotAfter('Chi bộ, Đảng ủy; xChi bộ', /Chi bộ|Đảng ủy/gu, isLetter).map((m) => m.index)).toEqual([
      0, 8,
    ]);
  });

  it('letterRunEnd ends where \\p{L}+ ends', () => {
    const parts = fc.constantFrom('a', 'Z', 'ữ', 'Đ', ' ', '-', '5', '\u0301', '𝐀', '中', '@', '[', '`', '{');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 10 }), fc.nat(20), (chars, at) => {
        const text = chars.join('');
        const start = Math.min(at, text.length);
        const low = text.charCodeAt(start);
        if (low >= 0xdc00 && low <= 0xdfff) return;
        const run = /\p{L}*/uy;
        run.lastIndex = start;
        expect(letterRunEnd(text, start)).toBe(start + run.exec(text)![0].length);
      }),
      { numRuns: 1000 },
    );
    expect(letterRunEnd('quan-Doanh nghiệp', 5)).toBe(10);
  });
});
