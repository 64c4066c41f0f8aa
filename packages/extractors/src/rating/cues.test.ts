import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { LEVEL_CUES, levelOf } from './patterns.js';

describe('rating cues', () => {
  const abbreviations = LEVEL_CUES.filter((c) => c !== 'nhiệm vụ');

  it('are the spellings levelOf reads as a level, each once: 5! + 4!/2 + 3! + 2 × 4! orders opening with H or K', () => {
    expect(abbreviations).toHaveLength(120 + 12 + 6 + 48);
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
    for (const cue of abbreviations) expect(levelOf(cue), cue).not.toBeNull();
    expect(abbreviations).toEqual(expect.arrayContaining(['HTXSNV', 'HTSXNV', 'HTXNSV', 'HTTNV', 'HTNV', 'KHTNV']));
    // Not a level's letters, or not opening as LEVEL_ABBREVIATION wants.
    for (const other of ['HTXXNV', 'HTNN', 'TNVH', 'NVHT']) expect(abbreviations).not.toContain(other);
  });

  it.each<[string, string]>([
    ['Năm 2023 có 12 chi bộ đạt HXTSNV.', 'HTXSNV'],
    ['Kết quả: 40 đảng viên đạt HNTV.', 'HTNV'],
    ['Có 2 đảng viên xếp loại KTHNV.', 'KHTNV'],
  ])('a misspelt abbreviation without "nhiệm vụ" still holds a cue: %s', (text, level) => {
    const ratings = extract(text, { only: ['rating'], publishedAt: '2024-01-01' }).filter((r) => r.type === 'rating');
    expect(ratings.map((r) => r.level)).toEqual([level]);
  });

  it('a sentence without a cue gives no rating, nor letters that are no level', () => {
    for (const text of ['Năm 2023 có 12 chi bộ đạt trong sạch, vững mạnh.', 'Có 12 chi bộ đạt HTXXNV.']) {
      expect(
        extract(text, { only: ['rating'] }).filter((r) => r.type === 'rating'),
        text,
      ).toHaveLength(0);
    }
  });
});
