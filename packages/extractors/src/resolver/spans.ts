import { type AnalyzedDocument, normalize, type Sentence, toSourceSpan, widenToGroups } from '@vnpr/core';
import type { VnprRecord } from '../contract.js';
import type { Checked } from './check.js';
import { FRAMEWORK_FIELDS } from './check.js';
import type { Diagnostics } from './diagnostics.js';

/**
 * Maps a checked candidate to a record: its span in the decoded source, the exact quote and the sentence it
 * stands in. Null, with a diagnostic, when the span lies outside the text or does not map back to it.
 */
export function toRecord(doc: AnalyzedDocument, c: Checked, diagnostics: Diagnostics): VnprRecord | null {
  const { extractor, candidate, fields } = c;
  const type = extractor.id;
  const span: [number, number] = [candidate.start, candidate.end];
  if (!(candidate.start >= 0 && candidate.end > candidate.start && candidate.end <= doc.text.length)) {
    const message = `extractor ${type} gave a span outside the text: [${candidate.start}, ${candidate.end})`;
    diagnostics.add(type, 'span-outside-text', message, span);
    return null;
  }
  const [from, to] = widenToGroups(doc.normalized, candidate.start, candidate.end);
  const [start, end] = toSourceSpan(doc.normalized, from, to);
  const quote = doc.source.slice(start, end);
  if (!mapsBack(quote, doc.text.slice(from, to))) {
    const message = `extractor ${type} gave a span that does not map back to the source: [${candidate.start}, ${candidate.end})`;
    diagnostics.add(type, 'span-unmapped', message, span);
    return null;
  }
  const own = { ...fields };
  for (const k of FRAMEWORK_FIELDS) delete own[k];
  return { type, docId: doc.id, span: [start, end], quote, sentence: flatSentence(candidate.sentence), ...own };
}

/**
 * Whether the quote, normalized, is the text the candidate spans. Most quotes are already normalized text
 * (the source needed no change there): a quote equal to the span and normalizing to itself passes without a
 * second normalization.
 */
function mapsBack(quote: string, spanned: string): boolean {
  if (quote === spanned && isPlain(quote)) return true;
  return normalize(quote).text === spanned;
}

/**
 * True when normalization leaves the text as it is for certain: letters, digits, punctuation and single
 * spaces (no line break, tab, run of spaces, combining mark, or anything outside Latin and Vietnamese letters),
 * and no space at either end.
 */
function isPlain(text: string): boolean {
  if (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x1ef9 || (c >= 0x7f && c < 0xc0) || (c >= 0x250 && c < 0x1e00)) return false;
    if (c === 32 && text.charCodeAt(i + 1) === 32) return false;
  }
  return true;
}

const flat = new WeakMap<Sentence, string>();

/** The sentence on one line, for the `sentence` column (computed once per sentence). */
function flatSentence(sentence: Sentence): string {
  let text = flat.get(sentence);
  if (text === undefined) {
    text = sentence.text.replace(/ ?\n ?/g, ' ');
    flat.set(sentence, text);
  }
  return text;
}
