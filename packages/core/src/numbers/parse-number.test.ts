import { describe, expect, it } from 'vitest';
import { parseDigitLiteral } from './digits.js';
import { parseNumber } from './parse-number.js';
import { parseNumberWords } from './words.js';

describe('parseNumber: digits', () => {
  it.each([
    // Vietnamese grouping and decimals, from real reports
    ['5.990', 5990],
    ['6.046', 6046],
    ['6.102', 6102],
    ['1.234.567,5', 1234567.5],
    ['8,5', 8.5],
    ['139,33', 139.33],
    ['99,07', 99.07],
    ['75,5', 75.5],
    ['02', 2],
    ['01', 1],
    ['0', 0],
    ['721569', 721569],
    ['2019', 2019],
    // "," alone is ambiguous: the Vietnamese decimal reading wins
    ['1,234', 1.234],
    // English style only where Vietnamese grouping is impossible
    ['1.5', 1.5],
    ['99.07', 99.07],
    ['5.99', 5.99],
    ['0.500', 0.5],
    ['1234.5', 1234.5],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    // spaced thousands
    ['5 452', 5452],
    ['12 345 678', 12345678],
    // surrounding whitespace
    ['  6.102\u00A0', 6102],
  ])('%j → %d', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });
});

describe('parseNumber: scale words', () => {
  it.each([
    ['80,7 tỷ', 80_700_000_000],
    ['80,7 Tỷ', 80_700_000_000],
    ['2,5 tỉ', 2_500_000_000],
    ['1,5 triệu', 1_500_000],
    ['3 nghìn', 3000],
    ['3 ngàn', 3000],
    ['2 trăm', 200],
    ['1.200 tỷ', 1_200_000_000_000],
    ['5 nghìn tỷ', 5_000_000_000_000],
    ['3 trăm triệu', 300_000_000],
    ['1 tỷ 200 triệu', 1_200_000_000],
    ['2 triệu 500 nghìn', 2_500_000],
    ['0,25 triệu', 250_000],
    ['1,23456 nghìn', 1234.56],
  ])('%j → %d', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });
});

describe('parseNumber: number words', () => {
  it.each([
    ['hai mươi mốt', 21],
    ['hai mươi một', 21],
    ['ba mươi tư', 34],
    ['ba mươi bốn', 34],
    ['một trăm linh năm', 105],
    ['một trăm lẻ năm', 105],
    ['một trăm linh tư', 104],
    ['mười lăm', 15],
    ['mười', 10],
    ['mười một', 11],
    ['mười tư', 14],
    ['năm mươi lăm', 55],
    ['hai mươi nhăm', 25],
    ['một nghìn chín trăm', 1900],
    ['một ngàn chín trăm', 1900],
    ['hai triệu', 2_000_000],
    ['bốn', 4],
    ['tư', 4],
    ['năm', 5],
    ['một', 1],
    ['không', 0],
    ['Hai Mươi Mốt', 21],
    ['ba chục', 30],
    ['một chục', 10],
    ['chín trăm chín mươi chín', 999],
    ['hai nghìn không trăm hai mươi', 2020],
    ['hai nghìn hai mươi', 2020],
    ['một nghìn không trăm linh năm', 1005],
    ['một nghìn linh năm', 1005],
    ['ba triệu hai trăm nghìn', 3_200_000],
    ['một tỷ năm trăm nghìn', 1_000_500_000],
    ['hai nghìn tỷ', 2_000_000_000_000],
    ['một triệu hai nghìn', 1_002_000],
    // colloquial abbreviation of the next place
    ['một trăm hai', 120],
    ['hai nghìn mốt', 2100],
    ['một triệu hai', 1_200_000],
    ['hai triệu rưỡi', 2_500_000],
    ['một trăm rưỡi', 150],
  ])('%j → %d', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });
});

describe('parseNumber: not one number', () => {
  it.each([
    [''],
    ['   '],
    ['abc'],
    ['đảng viên'],
    ['1.2.3,4,5'],
    ['1.2.3'],
    ['1.234.56'],
    ['1.23.456'],
    ['1,2,3'],
    ['1,23,456'],
    ['1.234,5.6'],
    ['5.'],
    [',5'],
    ['5,'],
    ['139,33%'],
    ['99%'],
    ['-5'],
    ['15/5/2016'],
    ['209/150'],
    ['14-1'],
    ['08:46'],
    ['140 - 150'],
    ['5 45'],
    ['5 4520'],
    ['1234 567'],
    ['80,7 tỷ đồng'],
    ['tỷ'],
    ['trăm'],
    ['nghìn'],
    ['2 mươi'],
    ['2 trăm 500'],
    ['1 tỷ 2000 triệu'],
    ['1,5 tỷ 200 triệu'],
    ['200 triệu 1 tỷ'],
    // words
    ['hai mươi năm'], // "twenty years"
    ['mười năm'], // "ten years"
    ['một năm'], // "one year"
    ['một trăm năm'], // "a hundred years"
    ['một nghìn năm'], // "a thousand years", not 1005
    ['một mươi'],
    ['mốt'],
    ['lăm'],
    ['linh năm'],
    ['một hai'],
    ['ba tư'],
    ['hàng trăm'],
    ['trăm nghìn'],
    ['chục nghìn'],
    ['nghìn nghìn'],
    ['hai nghìn ba triệu'],
    ['hai mươi mốt đảng viên'],
  ])('%j → null', (input) => {
    expect(parseNumber(input)).toBeNull();
  });
});

describe('parseDigitLiteral and parseNumberWords keep exact digits', () => {
  it.each([
    ['80,7', { integer: '80', fraction: '7' }],
    ['1.234.567,5', { integer: '1234567', fraction: '5' }],
    ['1.2.3', null],
  ])('parseDigitLiteral(%j)', (input, expected) => {
    expect(parseDigitLiteral(input)).toEqual(expected);
  });

  it.each([
    [['hai', 'mươi', 'mốt'], 21],
    [[], null],
  ])('parseNumberWords(%j)', (words, expected) => {
    expect(parseNumberWords(words)).toBe(expected);
  });
});
