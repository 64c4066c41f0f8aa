import { describe, expect, it } from 'vitest';
import { readUnit } from './units.js';

describe('readUnit', () => {
  it.each([
    ['209/150 đảng viên, đạt', 8, 'đảng viên'],
    ['37 quần chúng vào Đảng', 3, 'quần chúng'],
    ['86 quần chúng ưu tú được kết nạp', 3, 'quần chúng ưu tú'],
    ['12 quần áo', 3, 'quần'],
  ])('%s at %i → %s', (text, pos, unit) => {
    expect(readUnit(text, pos)?.unit).toBe(unit);
  });
});
