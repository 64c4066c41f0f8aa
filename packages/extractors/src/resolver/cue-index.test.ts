import { analyze } from '@vnpr/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RUNS, SEEDS, vietnameseText } from '../../../../test/hostile/arbitraries.js';
import { defineExtractor, type Extractor } from '../contract.js';
import { builtinExtractors } from '../registry.js';
import { CueIndex } from './cue-index.js';
import { hitsCue } from './visit.js';

const probe = (id: string, cues?: string[]): Extractor =>
  defineExtractor({ id, schema: z.object({}), ...(cues ? { cues } : {}), fromSentence: () => [] });

/** What the one scan must equal: each extractor's own cue pattern tested on each content sentence. */
function oneByOne(extractors: readonly Extractor[], text: string): number[] {
  const doc = analyze(text, { reference: '2024-01-01' });
  return doc.sentences.map((s) =>
    s.skip ? 0 : extractors.reduce((mask, e, i) => (hitsCue(e, s.text) ? mask | (1 << i) : mask), 0),
  );
}

function scanned(extractors: readonly Extractor[], text: string): number[] {
  return [...new CueIndex(extractors).hitsOf(analyze(text, { reference: '2024-01-01' }))];
}

describe('CueIndex: one scan for the cues of all extractors', () => {
  // Cue words inside one another, at one start ("kết nạp" / "kết nạp lại") and later ("nạp"), in other cases.
  const nested = [
    probe('a', ['kết nạp']),
    probe('b', ['kết nạp lại', 'đảng viên']),
    probe('c', ['nạp', 'Đảng']),
    probe('d'),
    probe('e', ['viên mới']),
  ];

  it('marks the extractors of a word, of the shorter words it begins with, and of the words inside it', () => {
    const text = 'Năm 2024, chi bộ kết nạp lại 2 đảng viên mới.\nKẾT NẠP 5 quần chúng.\nTrời mưa.';
    expect(scanned(nested, text)).toEqual(oneByOne(nested, text));
    // "kết nạp lại … đảng viên mới" hits a, b, c (nạp, Đảng in "đảng"), d (no cues), e; the rain only d.
    expect(scanned(nested, text)).toEqual([0b11111, 0b01101, 0b01000]);
  });

  it('does not count a word that runs past the end of its sentence', () => {
    const text = 'Chi bộ đã kết\nnạp thêm 3 người.';
    expect(scanned(nested, text)).toEqual(oneByOne(nested, text));
  });

  it('gives no extractor a skipped sentence (a repeated paragraph)', () => {
    const text = 'Đảng bộ kết nạp 5 đảng viên.\n\nĐảng bộ kết nạp 5 đảng viên.';
    const doc = analyze(text);
    const hits = new CueIndex(nested).hitsOf(doc);
    for (const s of doc.sentences) if (s.skip) expect(hits[s.index]).toBe(0);
  });

  it('agrees with the built-in extractors’ own cues on the seed articles', () => {
    for (const seed of SEEDS) expect(scanned(builtinExtractors, seed)).toEqual(oneByOne(builtinExtractors, seed));
  });

  it('agrees with them on any genre-like text', () => {
    fc.assert(
      fc.property(vietnameseText(), (text) => {
        if (!text.trim()) return;
        expect(scanned(builtinExtractors, text)).toEqual(oneByOne(builtinExtractors, text));
        expect(scanned(nested, text)).toEqual(oneByOne(nested, text));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('cues that count only at the start of a word (cuesStartWords)', () => {
  const person = defineExtractor({
    id: 'person',
    schema: z.object({}),
    cues: ['ông', 'bí thư'],
    cuesStartWords: true,
    fromSentence: () => [],
  });
  const anywhere = probe('anywhere', ['ông']);

  it('hits "ông" before a name but not inside "không" or "công tác", for that extractor only', () => {
    const text = 'Ông Nguyễn Văn An phát biểu.\nCông tác này không khó.\nPhó Bí thư dự họp.';
    expect(scanned([person, anywhere], text)).toEqual([0b11, 0b10, 0b01]);
    expect(scanned([person, anywhere], text)).toEqual(oneByOne([person, anywhere], text));
  });
});
