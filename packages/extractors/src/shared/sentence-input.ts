import type { AnalyzedDocument, Sentence } from '@vnpr/core';
import type { Candidate, ExtractorContext, SentenceCandidate, SentenceInput } from '../contract.js';
import { sentenceInput, toDocumentCandidate } from '../resolver/visit.js';

/** For a call outside the framework (a test): nothing is claimed. */
const NO_CONTEXT: ExtractorContext = { publishedAt: null, isClaimed: () => false };

/**
 * For an extractor that keeps the document form (a numbered list over lines, one record per document cited in
 * several sentences) but reads most of its records one sentence at a time: runs `read` on each content sentence
 * that holds one of the extractor's cues, as the framework runs a sentence extractor, and returns the candidates
 * in document offsets with their sentence. `read` sees sentence offsets only. Which sentences hold a cue is the
 * framework's answer (`ctx.holdsCue`, from the one cue scan of the document) when it has one; else `cue`, the
 * extractor's own cue pattern, is tested (every content sentence when it is null).
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
  const hits = ctx?.holdsCue ?? (cue === null ? () => true : (s: Sentence) => cue.test(s.text));
  for (const sentence of doc.sentences) {
    if (sentence.skip || !hits(sentence)) continue;
    for (const c of read(sentenceInput(doc, sentence, ctx ?? NO_CONTEXT))) out.push(toDocumentCandidate(sentence, c));
  }
  return out;
}
