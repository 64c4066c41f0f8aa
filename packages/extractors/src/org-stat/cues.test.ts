import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { hitsCue } from '../resolver/index.js';
import { orgStatExtractor } from './index.js';

const sizes = (text: string) =>
  extract(text, { only: ['orgStat'], publishedAt: '2009-01-10' })
    .filter((r) => r.type === 'orgStat')
    .map((r) => [r.count, r.asOf]);

describe('orgStat cues', () => {
  it('a series cut after its first sentence keeps its figures: the cut sentence holds only years', () => {
    const cut = 'lên 284 đồng chí năm 2007 và 301 đồng chí năm 2008.';
    expect(hitsCue(orgStatExtractor, cut)).toBe(true);
    expect(
      sizes(`Số đảng viên của Đảng bộ xã tăng từ 255 đồng chí năm 2005 lên 270 đồng chí năm 2006.\n\n${cut}`),
    ).toEqual([
      [255, '2005'],
      [270, '2006'],
      [284, '2007'],
      [301, '2008'],
    ]);
  });

  it('a year on a wrapped line is still a cue', () => {
    expect(hitsCue(orgStatExtractor, 'lên 284 đồng chí năm\n2007')).toBe(true);
  });

  it('a unit read across a wrapped line is a cue', () => {
    expect(hitsCue(orgStatExtractor, 'toàn huyện hiện có 48 chi\nbộ')).toBe(true);
    expect(hitsCue(orgStatExtractor, 'hiện có 31 tổ chức\ncơ sở')).toBe(true);
  });

  it('a sentence that names no member, unit or year is not shown', () => {
    expect(hitsCue(orgStatExtractor, 'Hội nghị có 120 đại biểu tham dự.')).toBe(false);
    expect(sizes('Hội nghị có 120 đại biểu tham dự.')).toEqual([]);
  });
});
