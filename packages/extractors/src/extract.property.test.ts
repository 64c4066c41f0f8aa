// Property tests of extract() and every built-in extractor over hostile input: arbitrary Unicode,
// genre-like text, mutated seed articles and their bytes in every encoding. Nothing throws (except
// InputError for what is not text), no extractor fails or gives a bad span (those become document
// warnings), and every record's span and quote hold against the decoded text.
import { analyze, InputError } from '@vnpr/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileBytes, mutatedSeed, RUNS, vietnameseText } from '../../../test/hostile/arbitraries.js';
import { extract } from './extract.js';
import { builtinExtractors } from './registry.js';

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  vietnameseText(),
  mutatedSeed,
);

/** Warnings that mean an extractor broke (it threw, or gave a record that fails its schema or span check). */
const BROKEN = /extractor \S+ (?:failed|produced an invalid record|gave a span)/;

/** Runs extract() and checks the record contract; returns false when the input is refused as not text. */
function checkExtract(input: string | Uint8Array, only?: string[]): boolean {
  let source: string;
  try {
    source = analyze(input, { id: 'p' }).source;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect(() => extract(input, { id: 'p' })).toThrow(InputError);
    return false;
  }
  const records = extract(input, { id: 'p', publishedAt: '2024-05-01', ...(only ? { only } : {}) });
  expect(records[0]?.type).toBe('document');
  const warnings = (records[0]?.warnings ?? []) as string[];
  expect(warnings.filter((warning) => BROKEN.test(warning))).toEqual([]);
  for (const record of records.slice(1)) {
    const [start, end] = record.span;
    const problem = !(
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start >= 0 &&
      start < end &&
      end <= source.length
    )
      ? 'span out of range'
      : source.slice(start, end) !== record.quote
        ? 'quote is not text.slice(span)'
        : record.docId !== 'p'
          ? 'docId'
          : null;
    expect({ problem, record }).toEqual({ problem: null, record });
  }
  return true;
}

describe('extract: hostile text', () => {
  it('all extractors together: nothing throws, every span and quote holds', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkExtract(text);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('bytes in every encoding, truncated and mis-encoded: decoded or refused, spans against the decoded text', () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => {
        checkExtract(bytes);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(builtinExtractors.map((extractor) => extractor.id))('%s alone (nothing claimed by the others)', (id) => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText(), mutatedSeed), (text) => {
        checkExtract(text, [id]);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
