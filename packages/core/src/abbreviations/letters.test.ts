import { describe, expect, it } from 'vitest';
import {
  abbreviationLetters,
  foldLetter,
  foldPhrase,
  relaxD,
  sameLetterMultiset,
  tokenizeWords,
  withinOneEdit,
  wordsBefore,
} from './letters.js';

describe('letter folding', () => {
  it.each<[string, string]>([
    ['ủ', 'U'],
    ['Ư', 'U'],
    ['ơ', 'O'],
    ['đ', 'Đ'],
    ['Đ', 'Đ'],
    ['x', 'X'],
  ])('foldLetter(%j) → %j', (input, expected) => {
    expect(foldLetter(input)).toBe(expected);
  });

  it.each<[string, string]>([
    ['KT-XH', 'KTXH'],
    ['T.Ư', 'TU'],
    ['GD&ĐT', 'GDĐT'],
    ['TP.HCM', 'TPHCM'],
    ['05-CT/TW', 'CTTW'],
  ])('abbreviationLetters(%j) → %j', (input, expected) => {
    expect(abbreviationLetters(input)).toBe(expected);
  });

  it.each<[string, string]>([
    ['Tổ chức cơ sở Đảng', 'to chuc co so dang'],
    ['tổ chức cở sở', 'to chuc co so'],
    ['Trong sạch, vững mạnh', 'trong sach vung manh'],
    ['kinh tế - xã hội', 'kinh te xa hoi'],
  ])('foldPhrase(%j) → %j', (input, expected) => {
    expect(foldPhrase(input)).toBe(expected);
  });

  it('relaxD changes Đ/đ only, tone marks stay', () => {
    expect(relaxD('TCCSĐ đảng')).toBe('TCCSD dảng');
  });
});

describe('loose letter comparison', () => {
  it.each<[string, string, boolean]>([
    ['HTSXNV', 'HTXSNV', true],
    ['HTXSNV', 'HTXSNV', true],
    ['HTTNV', 'HTXSNV', false],
    ['HTNV', 'KHTNV', false],
  ])('sameLetterMultiset(%j, %j) → %s', (a, b, expected) => {
    expect(sameLetterMultiset(a, b)).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['TCCSĐ', 'TCCS', true],
    ['UBNDT', 'UBND', true],
    ['ĐUKCCQ', 'ĐBKCCQ', true],
    ['HTSXNV', 'HTXSNV', false],
    ['HTXSNV', 'HTNV', false],
    ['', 'A', true],
    ['AB', '', false],
  ])('withinOneEdit(%j, %j) → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});

describe('words', () => {
  it.each<[string, string[], boolean[]]>([
    ['kinh tế - xã hội (KT-XH)', ['kinh', 'tế', 'xã', 'hội', 'KT', 'XH'], [false, false, false, false, true, false]],
    [
      'Đảng bộ Khối. Các cơ quan',
      ['Đảng', 'bộ', 'Khối', 'Các', 'cơ', 'quan'],
      [false, false, false, true, false, false],
    ],
    [
      'có 5.990/6.046 đảng viên',
      ['có', '5', '990', '6', '046', 'đảng', 'viên'],
      [false, false, true, false, true, false, false],
    ],
  ])('tokenizeWords(%j)', (input, words, breaks) => {
    const tokens = tokenizeWords(input);
    expect(tokens.map((w) => w.text)).toEqual(words);
    expect(tokens.map((w) => w.breakBefore)).toEqual(breaks);
    for (const w of tokens) expect(input.slice(w.start, w.end)).toBe(w.text);
  });

  it.each<[string, number, string[]]>([
    ['Nghị quyết. Ủy ban nhân dân (UBND)', 28, ['Ủy', 'ban', 'nhân', 'dân']],
    [
      'hoàn thành tốt nhiệm vụ (HTTNV), trong đó có 20% TCCSĐ hoàn thành xuất sắc nhiệm vụ (HTSXNV)',
      84,
      ['trong', 'đó', 'có', '20', 'TCCSĐ', 'hoàn', 'thành', 'xuất', 'sắc', 'nhiệm', 'vụ'],
    ],
    ['“Dân vận khéo” năm 2023', 24, ['năm', '2023']],
  ])('wordsBefore(%j, %i) stops at clause punctuation', (input, pos, expected) => {
    expect(wordsBefore(input, pos, 20).map((w) => w.text)).toEqual(expected);
  });

  it('wordsBefore drops a word cut by the look-back limit and keeps at most maxWords', () => {
    const text = 'tổ chức cơ sở đảng (TCCSĐ)';
    const open = text.indexOf('(');
    expect(wordsBefore(text, open, 2).map((w) => w.text)).toEqual(['sở', 'đảng']);
    expect(wordsBefore(text, open, 20, 7).map((w) => w.text)).toEqual(['đảng']);
  });
});
