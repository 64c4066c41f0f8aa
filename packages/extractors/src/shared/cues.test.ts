import { describe, expect, it } from 'vitest';
import { spacedCues } from './cues.js';

describe('spacedCues', () => {
  it.each([
    ['đảng', ['đảng']],
    ['chi bộ', ['chi bộ', 'chi\nbộ', 'chi\n bộ']],
  ])('%j', (phrase, cues) => {
    expect(spacedCues(phrase)).toEqual(cues);
  });

  it('every gap between every pair of words', () => {
    const cues = spacedCues('tổ chức cơ sở');
    expect(cues).toHaveLength(27);
    expect(new Set(cues).size).toBe(27);
    expect(cues).toContain('tổ chức\ncơ sở');
    expect(cues).toContain('tổ\n chức cơ\nsở');
    expect(cues).not.toContain('tổ chức cơ sở\n');
  });
});
