import type { AbbreviationDefinition } from '../abbreviations/expand-abbreviation.js';
import type { DateToken } from '../dates/find-dates.js';
import type { NormalizedText } from '../text/normalize.js';

/** Why a sentence is not report content; extractors skip sentences that have one. */
export type SkipReason = 'chrome' | 'duplicate' | 'caption';

/** One sentence of the normalized text. Offsets are into `AnalyzedDocument.text`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Normalized text of the sentence. */
  text: string;
  /** Set when the sentence is site chrome, a repeated paragraph or a photo caption. */
  skip: SkipReason | null;
}

export type NumberKind = 'count' | 'percent' | 'ratio' | 'money' | 'range' | 'ordinal' | 'year' | 'date';

export type Qualifier = 'trên' | 'hơn' | 'gần' | 'khoảng' | 'từ' | 'dưới' | 'ít nhất' | 'tối thiểu' | 'tối đa';

/** A number in context: its value, what it counts and how it is qualified. Offsets into the normalized text. */
export interface NumberMention {
  start: number;
  end: number;
  raw: string;
  value: number;
  kind: NumberKind;
  /** The counted noun after the number ("đảng viên", "chi bộ", "%", "đồng"), or null. */
  unit: string | null;
  qualifier: Qualifier | null;
  /** For ratios "209/150": the second number (150). */
  denominator: number | null;
  /** For ranges "140 - 150": the upper bound (150); `value` is the lower one. */
  max: number | null;
  /** Index of the sentence that holds it. */
  sentence: number;
}

export interface DateMention extends DateToken {
  sentence: number;
}

export interface DocumentMetadata {
  title: string | null;
  /** Where the title is in the normalized text (a headline may take two lines), or null. */
  titleSpan: [start: number, end: number] | null;
  /** ISO date or datetime from the dateline, or null. */
  publishedAt: string | null;
  /** "Nguồn: Báo Trà Vinh" → "Báo Trà Vinh". */
  source: string | null;
  /** The byline ("DUY NGUYỄN" → "Duy Nguyễn"). */
  author: string | null;
  /** The province the text is about, without its kind word, as of the document's time ("Lâm Đồng"). */
  province: string | null;
  /** Its GSO code ("68"). */
  provinceCode: string | null;
  /** The province it belongs to after the 2025-07-01 merger. */
  province2025: string | null;
  /** The main party committee the text is about. */
  organization: string | null;
}

/** The analyzed document every extractor reads. */
export interface AnalyzedDocument {
  id: string;
  /** The decoded text: every record span refers to it. */
  source: string;
  /** The normalized text: extractors match against it. */
  text: string;
  normalized: NormalizedText;
  encoding: string;
  sentences: Sentence[];
  numbers: NumberMention[];
  dates: DateMention[];
  /** Abbreviations defined in the text; offsets into the normalized text. */
  abbreviations: AbbreviationDefinition[];
  metadata: DocumentMetadata;
  /** The ISO date that missing years are resolved against, or null. */
  reference: string | null;
  warnings: string[];
}
