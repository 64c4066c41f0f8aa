import { describe, expect, it } from 'vitest';
import type { Extractor } from '../contract.js';
import { extract } from '../extract.js';
import { builtinExtractors } from '../registry.js';
import { hitsCue } from './visit.js';

const cued = builtinExtractors.filter((e) => e.cues?.length);

/**
 * The cue is the extractor's first test of a sentence: the framework shows it only the sentences that hold one.
 * Each extractor's examples (one or more per pattern) must hold a cue and yield a record through the whole
 * pipeline, so that a pattern whose words the cue list lacks fails here, not silently on an archive.
 */
describe('declared cues', () => {
  it('every built-in extractor of the sentence form declares its cues', () => {
    const uncued = builtinExtractors.filter((e) => e.fromSentence && !e.cues?.length).map((e) => e.id);
    expect(uncued).toEqual([]);
    expect(cued.length).toBeGreaterThan(0);
  });

  it.each(cued.map((e) => [e.id, e] as const))('%s: its examples hold a cue and yield a record', (_id, e) => {
    expect(e.examples?.length ?? 0).toBeGreaterThan(0);
    for (const example of e.examples ?? []) {
      expect(hitsCue(e, example), example).toBe(true);
      const records = extract(example, { only: [e.id], publishedAt: '2024-01-01' });
      expect(
        records.filter((r) => r.type === e.id),
        example,
      ).not.toHaveLength(0);
    }
  });

  it('a sentence without a cue is not shown to the extractor', () => {
    const seen: string[] = [];
    const probe = { ...builtinExtractors.find((e) => e.id === 'participation')! } as Extractor;
    const wrapped = {
      ...probe,
      id: 'probe',
      fromSentence: (s: Parameters<NonNullable<Extractor['fromSentence']>>[0]) => {
        seen.push(s.text);
        return [];
      },
    } as Extractor;
    extract('Hội nghị quán triệt Nghị quyết số 21. Trời hôm nay mưa to.', { plugins: [wrapped], only: ['probe'] });
    expect(seen).toEqual(['Hội nghị quán triệt Nghị quyết số 21.']);
  });
});
