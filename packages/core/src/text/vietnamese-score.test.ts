import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, scoreVietnamese } from './vietnamese-score.js';

describe('isVietnameseSyllable', () => {
  it.each([
    ['đảng', true],
    ['người', true],
    ['giữa', true],
    ['gì', true],
    ['quốc', true],
    ['nghiêng', true],
    ['khuỷu', true],
    ['hoà', true],
    ['hòa', true],
    ['thuở', true],
    ['khèi', false],
    ['ñy', false],
    ['rộsumộ', false],
    ['ẹaỷng', false],
    ['ảá', false],
    ['café', false],
    ['ng', false],
  ])('%j → %s', (word, expected) => {
    expect(isVietnameseSyllable(word)).toBe(expected);
  });
});

describe('scoreVietnamese', () => {
  it.each([
    ['Đảng ủy Khối', '§¶ng ñy Khèi'],
    ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam'],
    ['Ban Chấp hành Trung ương', 'Ban Ch\ufffdp h\ufffdnh Trung \ufffdng'],
  ])('prefers %j over %j', (good, bad) => {
    expect(scoreVietnamese(good).value).toBeGreaterThan(scoreVietnamese(bad).value + 0.5);
  });

  it.each([
    ['', 0, 0],
    ['the quick brown fox', 4, 0],
    ['của các được', 3, 3],
    ['Uỷ ban hoá', 3, 2],
  ])('%j: %d words, %d frequent hits', (text, words, hits) => {
    const score = scoreVietnamese(text);
    expect(score.words).toBe(words);
    expect(score.frequentHits).toBe(hits);
  });
});
