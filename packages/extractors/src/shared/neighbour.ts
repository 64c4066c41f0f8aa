import type { Sentence } from '@vnpr/core';
import type { SentenceInput } from '../contract.js';

/**
 * Another sentence of the same document as the sentence form reads it (offsets into its own text), for an
 * extractor whose reading of a sentence depends on what it read in a neighbour: "… kết nạp 120 đảng viên. Trong đó,
 * xã A 30 đảng viên, …" continues the flow of the sentence before. Numbers and dates are moved to the neighbour's
 * offsets when first asked for; `isClaimed` asks the framework's claims through the sentence being read.
 */
export function neighbourInput(s: SentenceInput, sentence: Sentence): SentenceInput {
  const { doc } = s;
  const shift = sentence.start;
  let numbers: SentenceInput['numbers'] | null = null;
  let dates: SentenceInput['dates'] | null = null;
  return {
    text: sentence.text,
    index: sentence.index,
    publishedAt: s.publishedAt,
    doc,
    offset: shift,
    sentence,
    get numbers() {
      numbers ??= doc.numbers
        .filter((n) => n.sentence === sentence.index)
        .map((n) => ({ ...n, start: n.start - shift, end: n.end - shift }));
      return numbers;
    },
    get dates() {
      dates ??= doc.dates
        .filter((d) => d.sentence === sentence.index)
        .map((d) => ({ ...d, start: d.start - shift, end: d.end - shift }));
      return dates;
    },
    isClaimed: (start, end) => s.isClaimed(start + shift - s.offset, end + shift - s.offset),
  };
}
