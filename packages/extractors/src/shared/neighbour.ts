import type { Sentence } from '@vnpr/core';
import type { SentenceInput } from '../contract.js';
import { sentenceInput } from '../resolver/visit.js';

/**
 * Another sentence of the same document as the sentence form reads it (offsets into its own text), for an
 * extractor whose reading of a sentence depends on what it read in a neighbour: "… kết nạp 120 đảng viên. Trong đó,
 * xã A 30 đảng viên, …" continues the flow of the sentence before. Numbers and dates are moved to the neighbour's
 * offsets when first asked for; `isClaimed` asks the framework's claims through the sentence being read.
 */
export function neighbourInput(s: SentenceInput, sentence: Sentence): SentenceInput {
  return sentenceInput(s.doc, sentence, {
    publishedAt: s.publishedAt,
    isClaimed: (start, end) => s.isClaimed(start - s.offset, end - s.offset),
  });
}
