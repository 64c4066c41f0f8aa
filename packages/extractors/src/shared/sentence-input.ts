import type { AnalyzedDocument, Sentence } from '@vnpr/core';
import type { Candidate, ExtractorContext, SentenceCandidate, SentenceInput } from '../contract.js';
import { sentenceInput, toDocumentCandidate } from '../resolver/visit.js';

/** For a call outside the framework (a test): nothing is claimed. */
const NO_CONTEXT: ExtractorContext = { publishedAt: null, isClaimed: () => false };

/**
 * For an extractor that keeps the document form (a numbered list over lines, one record per document cited in
 * several sentences) but reads most of its records one sentence at a time: runs `read` on each content sentence
 * that `cue` hits (every one when `cue` is null), as the framework runs a sentence extractor, and returns the
 * candidates in document offsets with their sentence. `read` sees sentence offsets only. `cue` is a pattern or,
 * better, the framework's answer for the extractor's own cues (`ctx.holdsCue`), which the one cue scan of the
 * document has already found: `ctx?.holdsCue ?? CUE` tests each sentence once for all extractors.
 *
 * @example
 * const counts = readSentences(doc, ctx, /chỉ tiêu/iu, (s) => [{ fields, start: 0, end: s.text.length }]);
 */
export function readSentences<F>(
  doc: AnalyzedDocument,
  ctx: ExtractorContext | null,
  cue: RegExp | ((sentence: Sentence) => boolean) | null,
  read: (s: SentenceInput) => SentenceCandidate<F>[],
): Candidate<F>[] {
  const out: Candidate<F>[] = [];
  const hits = cue === null ? () => true : cue instanceof RegExp ? (s: Sentence) => cue.test(s.text) : cue;
  for (const sentence of doc.sentences) {
    if (sentence.skip || !hits(sentence)) continue;
    for (const c of read(sentenceInput(doc, sentence, ctx ?? NO_CONTEXT))) out.push(toDocumentCandidate(sentence, c));
  }
  return out;
}
