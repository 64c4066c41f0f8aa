// Property tests of extract() and every built-in extractor over hostile input: arbitrary Unicode,
// genre-like text, mutated seed articles and their bytes in every encoding. Nothing throws (except
// InputError for what is not text), no extractor fails or gives a bad span (no diagnostic at all), and every record's span and quote hold against the decoded text.
import { analyze, InputError } from '@vnpr/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileBytes, mutatedSeed, RUNS, vietnameseText } from '../../../test/hostile/arbitraries.js';
import { extract, extractWithDiagnostics } from './extract.js';
import { builtinExtractors } from './registry.js';

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  vietnameseText(),
  mutatedSeed,
);

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
  const options = { id: 'p', publishedAt: '2024-05-01', ...(only ? { only } : {}) };
  const { records, diagnostics } = extractWithDiagnostics(
    analyze(input, { id: 'p', reference: '2024-05-01' }),
    options,
  );
  expect(records).toEqual(extract(input, options));
  expect(records[0]?.type).toBe('document');
  // No extractor broke: none threw, and none gave a record that fails its schema or its span check.
  expect(diagnostics).toEqual([]);
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
