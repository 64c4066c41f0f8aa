import { describe, expect, it } from 'vitest';
import { readUnit } from './units.js';

describe('readUnit', () => {
  it.each([
    ['209/150 đảng viên, đạt', 8, 'đảng viên', 9],
    ['cho 118 quần chúng.', 8, 'quần chúng', 10],
    ['37 quần chúng vào Đảng', 3, 'quần chúng', 10],
    ['86 quần chúng ưu tú được kết nạp', 3, 'quần chúng ưu tú', 16],
    ['12 quần áo', 3, 'quần', 4],
    ['gần 650 lượt cán bộ;', 8, 'lượt cán bộ', 11],
    // A line break inside a unit of several words (text from a PDF) is a space.
    ['có 41 chi, đảng\nbộ cơ sở và', 6, 'chi bộ, đảng bộ cơ sở', 18],
    ['lên 512 đồng\n chí năm 2008', 8, 'đồng chí', 9],
    ['đạt 25 tỷ\nđồng.', 7, 'đồng', 7],
    ['có 12 đảng\nviên', 6, 'đảng viên', 9],
    // Not when the next line goes on with a longer word: "đồng" alone is read.
    ['thu 300 đồng\nchính thức', 8, 'đồng', 4],
  ])('%j at %i reads %s', (text, pos, unit, length) => {
    expect(readUnit(text, pos)).toEqual({ unit, length });
  });
});
