import type { AnalyzedDocument, DateMention, NumberMention, Sentence } from '@vnpr/core';
import type { Candidate, ExtractorContext, SentenceCandidate, SentenceInput } from '../contract.js';
import { numbersIn } from './numbers.js';

/**
 * For an extractor that keeps the document form (a numbered list over lines, one record per document cited in
 * several sentences) but reads most of its records one sentence at a time: runs `read` on each content sentence
 * that `cue` hits (every one when `cue` is null), as the framework runs a sentence extractor, and returns the
 * candidates in document offsets with their sentence. `read` sees sentence offsets only.
 *
 * @example
 * const counts = readSentences(doc, ctx, /chỉ tiêu/iu, (s) => [{ fields, start: 0, end: s.text.length }]);
 */
export function readSentences<F>(
  doc: AnalyzedDocument,
  ctx: ExtractorContext | null,
  cue: RegExp | null,
  read: (s: SentenceInput) => SentenceCandidate<F>[],
): Candidate<F>[] {
  const out: Candidate<F>[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.skip || (cue !== null && !cue.test(sentence.text))) continue;
    for (const c of read(sentenceInput(doc, sentence, ctx))) out.push(toDocument(sentence, c));
  }
  return out;
}

/** One sentence as a sentence extractor gets it: its numbers and dates with offsets into its text. */
export function sentenceInput(doc: AnalyzedDocument, sentence: Sentence, ctx: ExtractorContext | null): SentenceInput {
  const shift = sentence.start;
  let numbers: NumberMention[] | null = null;
  let dates: DateMention[] | null = null;
  return {
    text: sentence.text,
    index: sentence.index,
    publishedAt: ctx?.publishedAt ?? null,
    doc,
    offset: shift,
    sentence,
    get numbers() {
      numbers ??= numbersIn(doc, sentence).map((n) => ({ ...n, start: n.start - shift, end: n.end - shift }));
      return numbers;
    },
    get dates() {
      dates ??= doc.dates
        .filter((d) => d.sentence === sentence.index)
        .map((d) => ({ ...d, start: d.start - shift, end: d.end - shift }));
      return dates;
    },
    isClaimed: (start, end) => ctx?.isClaimed(start + shift, end + shift) ?? false,
  };
}

/** A candidate of one sentence (offsets into its text) in document offsets, with the sentence. */
function toDocument<F>(sentence: Sentence, c: SentenceCandidate<F>): Candidate<F> {
  const shift = sentence.start;
  return {
    fields: c.fields,
    start: c.start + shift,
    end: c.end + shift,
    sentence,
    claims: c.claims?.map((k) => ({ start: k.start + shift, end: k.end + shift })),
  };
}
