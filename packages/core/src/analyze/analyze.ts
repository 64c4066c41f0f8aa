import type { AbbreviationDefinition } from '../abbreviations/expand-abbreviation.js';
import { findAbbreviationDefinitions } from '../abbreviations/expand-abbreviation.js';
import { findDates } from '../dates/find-dates.js';
import { guessReportPeriod } from '../dates/report-period.js';
import { InputError } from '../errors.js';
import { splitSentences } from '../segment/split-sentences.js';
import { type DecodeResult, decode, repairMojibake } from '../text/decode.js';
import { normalize } from '../text/normalize.js';
import { markSkipped } from './chrome.js';
import { readMetadata } from './metadata.js';
import { findNumberMentions } from './number-mentions.js';
import type { AnalyzedDocument, DateMention, NumberMention, Sentence } from './types.js';

export interface AnalyzeOptions {
  /** The document id, carried into every record. */
  id?: string;
  /** ISO date that missing years are resolved against; default: the dateline, else the report's year. */
  reference?: string | null;
}

/**
 * The first step of {@link analyze}: the text of a document's input (bytes decoded by their encoding, a
 * string repaired of mojibake). Throws an `InputError` ('empty') when it holds no text, and what `decode` throws.
 *
 * @example decodeDocument('Đảng ủy xã Tân Phú').text // 'Đảng ủy xã Tân Phú'
 */
export function decodeDocument(input: string | Uint8Array): DecodeResult {
  const decoded = typeof input === 'string' ? repairMojibake(input) : decode(input);
  if (!decoded.text.trim()) throw new InputError('empty', 'empty document: it holds no text, only white space');
  return decoded;
}

/**
 * Decodes, normalizes and reads a document: the analyzed form every extractor works on.
 *
 * @example
 * const doc = analyze('Chiều ngày 02/01, Đảng ủy Khối kết nạp 209/150 đảng viên.', { id: 'a.txt', reference: '2024-01-05' });
 * doc.numbers[0] // { value: 209, kind: 'ratio', denominator: 150, unit: 'đảng viên', ... }
 * doc.dates[0]?.value // '2024-01-02'
 */
export function analyze(input: string | Uint8Array, options: AnalyzeOptions = {}): AnalyzedDocument {
  const decoded = decodeDocument(input);
  const source = decoded.text;
  const normalized = normalize(source);
  const text = normalized.text;

  const spans = splitSentences(text);
  const skips = markSkipped(spans.map((s) => s.text));
  const sentences: Sentence[] = spans.map((s, index) => ({
    index,
    start: s.start,
    end: s.end,
    text: s.text,
    skip: skips[index] ?? null,
  }));
  // A typed array: one kind of array in every document, so the code that searches it is compiled once.
  const starts = Int32Array.from(sentences, (s) => s.start);
  const sentenceOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const isChrome = (offset: number) => sentences[sentenceOf(offset)]?.skip === 'chrome';

  const metadata = readMetadata(text, isChrome);

  const warnings = [...decoded.warnings];
  let dropped = 0;
  let chrome = 0;
  for (const s of sentences) {
    if (s.skip === 'duplicate') dropped++;
    else if (s.skip === 'chrome') chrome++;
  }
  if (dropped) warnings.push(`${dropped} repeated paragraph${dropped > 1 ? 's' : ''} skipped`);
  if (chrome) warnings.push(`${chrome} line${chrome > 1 ? 's' : ''} of site chrome skipped`);

  // Read when first asked for, once: an extractor that needs no dates or numbers (or a run with `--only` one)
  // does not pay for them, and the abbreviations are read only by the review site. Each is an own enumerable
  // property (a spread or `JSON.stringify` sees a plain value), and can be set.
  let reference: string | null | undefined;
  let dates: DateMention[] | undefined;
  let numbers: NumberMention[] | undefined;
  let abbreviations: AbbreviationDefinition[] | undefined;
  const doc: AnalyzedDocument = {
    id: options.id ?? 'document',
    source,
    text,
    normalized,
    encoding: decoded.encoding,
    sentences,
    get numbers() {
      numbers ??= findNumberMentions(text, doc.dates, sentenceOf);
      return numbers;
    },
    set numbers(value) {
      numbers = value;
    },
    get dates() {
      dates ??= findDates(text, { reference: doc.reference }).map((d) => ({ ...d, sentence: sentenceOf(d.start) }));
      return dates;
    },
    set dates(value) {
      dates = value;
    },
    get abbreviations() {
      abbreviations ??= findAbbreviationDefinitions(text);
      return abbreviations;
    },
    set abbreviations(value) {
      abbreviations = value;
    },
    metadata,
    get reference() {
      if (reference === undefined) reference = options.reference ?? metadata.publishedAt ?? guessReportDate(sentences);
      return reference;
    },
    set reference(value) {
      reference = value;
    },
    warnings,
  };
  return doc;
}

/** With no dateline, a report's dates are read against the period its headline and lede tell of (core/dates). */
function guessReportDate(sentences: readonly Sentence[]): string | null {
  const head = sentences
    .filter((x) => !x.skip)
    .slice(0, 3)
    .map((s) => s.text)
    .join('\n');
  return guessReportPeriod(head);
}
