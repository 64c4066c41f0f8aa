import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLetter, isLowerLetter, isUpperLetter } from './letters.js';

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
      }),
      { numRuns: 2000 },
    );
  });
});
