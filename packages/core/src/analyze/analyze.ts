import { findAbbreviationDefinitions } from '../abbreviations/expand-abbreviation.js';
import { findDates } from '../dates/find-dates.js';
import { InputError } from '../errors.js';
import { splitSentences } from '../segment/split-sentences.js';
import { decode, repairMojibake } from '../text/decode.js';
import { normalize } from '../text/normalize.js';
import { markSkipped } from './chrome.js';
import { readMetadata } from './metadata.js';
import { findNumberMentions } from './number-mentions.js';
import type { AnalyzedDocument, DateMention, Sentence } from './types.js';

export interface AnalyzeOptions {
  /** The document id, carried into every record. */
  id?: string;
  /** ISO date that missing years are resolved against; default: the dateline, else the report's year. */
  reference?: string | null;
}

// "năm 2019", "năm 2020" in the headline and lede: the year a report is about (not a goal: "đến năm 2025").
const YEAR_MENTION =
  /(?<![\d/.-])(?<!(?:đến|tới|trước|sau|vào) )(?:năm|Năm)\s+(?<year>(?:19[4-9]\d|20\d\d))(?![\d/-])/gu;

/**
 * Decodes, normalizes and reads a document: the analyzed form every extractor works on.
 *
 * @example
 * const doc = analyze('Chiều ngày 02/01, Đảng ủy Khối kết nạp 209/150 đảng viên.', { id: 'a.txt', reference: '2024-01-05' });
 * doc.numbers[0] // { value: 209, kind: 'ratio', denominator: 150, unit: 'đảng viên', ... }
 * doc.dates[0]?.value // '2024-01-02'
 */
export function analyze(input: string | Uint8Array, options: AnalyzeOptions = {}): AnalyzedDocument {
  const decoded = typeof input === 'string' ? repairMojibake(input) : decode(input);
  const source = decoded.text;
  if (!source.trim()) throw new InputError('empty', 'empty document: it holds no text, only white space');
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
  const starts = sentences.map((s) => s.start);
  const sentenceOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const isChrome = (offset: number) => sentences[sentenceOf(offset)]?.skip === 'chrome';

  const metadata = readMetadata(text, isChrome);
  const reference = options.reference ?? metadata.publishedAt ?? guessReportDate(sentences);
  const dates: DateMention[] = findDates(text, { reference }).map((d) => ({ ...d, sentence: sentenceOf(d.start) }));
  const numbers = findNumberMentions(text, dates, sentenceOf);
  const abbreviations = findAbbreviationDefinitions(text);

  const warnings = [...decoded.warnings];
  const dropped = sentences.filter((s) => s.skip === 'duplicate').length;
  if (dropped) warnings.push(`${dropped} repeated paragraph${dropped > 1 ? 's' : ''} skipped`);
  const chrome = sentences.filter((s) => s.skip === 'chrome').length;
  if (chrome) warnings.push(`${chrome} line${chrome > 1 ? 's' : ''} of site chrome skipped`);

  return {
    id: options.id ?? 'document',
    source,
    text,
    normalized,
    encoding: decoded.encoding,
    sentences,
    numbers,
    dates,
    abbreviations,
    metadata,
    reference,
    warnings,
  };
}

/**
 * With no dateline, a report's dates are read against the period its headline and lede review: the end of
 * the year a "tổng kết … năm 2019" reviews (year-end meetings run from December into January, so "Ngày 14-1" is
 * 14 January 2020 and "Sáng 22/12" is 22 December 2019), the end of a reviewed half year or quarter ("sơ kết
 * 6 tháng đầu năm 2019" → 30 June), the 1st of January of a year only planned ("Triển khai nhiệm vụ năm 2020"),
 * else the middle of the latest year they name.
 */
function guessReportDate(sentences: readonly Sentence[]): string | null {
  const head = sentences
    .filter((x) => !x.skip)
    .slice(0, 3)
    .map((s) => s.text)
    .join('\n');
  const latest = Math.max(0, ...[...head.matchAll(YEAR_MENTION)].map((m) => Number(m.groups?.year)));
  const half = HALF_REVIEWED.exec(head);
  if (half) {
    const year = half.groups?.year ?? (latest ? String(latest) : null);
    if (year) return half.groups?.half === 'đầu' ? `${year}-06-30` : `${year}-12-31`;
  }
  const quarter = QUARTER_REVIEWED.exec(head)?.groups;
  if (quarter?.year) {
    const q = { I: 1, II: 2, III: 3, IV: 4 }[quarter.q?.toUpperCase() as 'I'] ?? Number(quarter.q);
    return `${quarter.year}-${['03-31', '06-30', '09-30', '12-31'][q - 1] ?? '12-31'}`;
  }
  const reviewed = YEAR_REVIEWED.exec(head)?.groups?.year;
  if (reviewed) return `${reviewed}-12-31`;
  // Only the coming year is named ("Triển khai nhiệm vụ năm 2020"): the meeting opens it, or closes the year before.
  const planned = YEAR_PLANNED.exec(head)?.groups?.year;
  if (planned && Number(planned) === latest) return `${planned}-01-01`;
  return latest ? `${latest}-07-02` : null;
}

// "tổng kết công tác xây dựng Đảng năm 2019", "kết quả thực hiện Nghị quyết năm 2023": the year under review.
const YEAR_REVIEWED =
  /(?:tổng kết|kết quả|kiểm điểm|đánh giá|xếp loại)[^.;\n]{0,80}?năm\s+(?<year>(?:19[4-9]\d|20\d\d))(?![\d/-])/iu;

// "triển khai nhiệm vụ năm 2020", "phương hướng, nhiệm vụ năm 2025": the year being planned.
const YEAR_PLANNED =
  /(?:triển khai|phương hướng|nhiệm vụ|kế hoạch|chương trình công tác)[^.;\n]{0,40}?năm\s+(?<year>(?:19[4-9]\d|20\d\d))(?![\d/-])/iu;

// "sơ kết … 6 tháng đầu năm 2019", "6 tháng cuối năm".
const HALF_REVIEWED = /6 tháng (?<half>đầu|cuối) năm(?:\s+(?<year>(?:19[4-9]\d|20\d\d)))?/iu;

// "sơ kết quý I/2024", "quý 3 năm 2023".
const QUARTER_REVIEWED = /quý\s+(?<q>IV|I{1,3}|[1-4])\s*(?:\/|năm)\s*(?<year>(?:19|20)\d\d)/iu;
