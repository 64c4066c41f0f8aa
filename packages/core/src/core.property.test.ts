// Property tests of @vnpr/core over hostile input: arbitrary Unicode, genre-like text, mutated seed
// articles and their bytes in every encoding. Nothing throws (except InputError for what is not text),
// every span lies in its text, and normalized offsets map back to the source.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileBytes, mutatedSeed, RUNS, vietnameseText } from '../../../test/hostile/arbitraries.js';
import { InputError } from './errors.js';
import {
  analyze,
  decode,
  findAbbreviationDefinitions,
  findDates,
  findNumbers,
  normalize,
  splitSentences,
} from './index.js';

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  vietnameseText(),
  mutatedSeed,
);

/** The group boundaries of a normalization: 0, the end, and every position where the map moves on. */
function boundaries(map: Int32Array): number[] {
  const out = [0];
  for (let i = 1; i < map.length; i++) if (map[i] !== map[i - 1]) out.push(i);
  if (out[out.length - 1] !== map.length - 1) out.push(map.length - 1);
  return out;
}

function expectSpan(text: string, token: { start: number; end: number; raw?: string }): void {
  expect(token.start).toBeGreaterThanOrEqual(0);
  expect(token.end).toBeGreaterThan(token.start);
  expect(token.end).toBeLessThanOrEqual(text.length);
  if (token.raw !== undefined) expect(text.slice(token.start, token.end)).toBe(token.raw);
}

describe('normalize: offsets survive', () => {
  it('maps every normalized offset into the source, in order, ending at its length', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const { text, map } = normalize(source);
        expect(map.length).toBe(text.length + 1);
        expect(map[text.length]).toBe(source.length);
        let bad = -1;
        for (let i = 0; i < map.length && bad < 0; i++) {
          if ((map[i] as number) < (i > 0 ? (map[i - 1] as number) : 0) || (map[i] as number) > source.length) bad = i;
        }
        expect(bad).toBe(-1);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('normalizes the source slice of any two group boundaries to exactly the normalized slice', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (source, a, b) => {
        const { text, map } = normalize(source);
        const cuts = boundaries(map);
        const s = cuts[a % cuts.length] as number;
        const e = cuts[b % cuts.length] as number;
        const [start, end] = s <= e ? [s, e] : [e, s];
        expect(normalize(source.slice(map[start], map[end])).text).toBe(text.slice(start, end));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const once = normalize(source).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe('decode: any bytes', () => {
  it('decodes or refuses with an InputError, never anything else', () => {
    fc.assert(
      fc.property(fc.oneof(hostileBytes, fc.uint8Array({ maxLength: 400 })), (bytes) => {
        try {
          const result = decode(bytes);
          expect(typeof result.text).toBe('string');
          expect(Array.isArray(result.warnings)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe('scanners: spans lie in their text', () => {
  it('sentences, numbers, dates and abbreviation definitions', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const { text } = normalize(source);
        let last = 0;
        for (const sentence of splitSentences(text)) {
          expect(sentence.start).toBeGreaterThanOrEqual(last);
          expect(sentence.end).toBeLessThanOrEqual(text.length);
          expect(sentence.end).toBeGreaterThanOrEqual(sentence.start);
          last = sentence.end;
        }
        for (const token of findNumbers(text)) {
          expectSpan(text, token);
          expect(Number.isNaN(token.value)).toBe(false);
        }
        for (const token of findDates(text, { reference: '2024-05-01' })) expectSpan(text, token);
        for (const definition of findAbbreviationDefinitions(text)) {
          // A definition lies in the text, names its abbreviation inside it and expands to words before it.
          expect(definition.start).toBeGreaterThanOrEqual(0);
          expect(definition.end).toBeLessThanOrEqual(text.length);
          const written = text.slice(definition.start, definition.end);
          expect(written).toContain(`(${definition.abbr}`);
          expect(definition.expansion.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe('analyze: hostile documents', () => {
  it('analyzes text or bytes, or refuses with an InputError; every mention lies in the normalized text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, hostileBytes), (input) => {
        let doc: ReturnType<typeof analyze>;
        try {
          doc = analyze(input, { id: 'p' });
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          return;
        }
        expect(doc.normalized.source).toBe(doc.source);
        expect(doc.normalized.map[doc.text.length]).toBe(doc.source.length);
        for (const mention of [...doc.numbers, ...doc.dates]) expectSpan(doc.text, mention);
      }),
      { numRuns: RUNS },
    );
  });
});
