import type { AnalyzedDocument, Sentence } from '@vnpr/core';

// "6 tháng đầu năm 2019" → 2019-H1; "6 tháng cuối năm 2019" → 2019-H2.
const HALF_YEAR = /6 tháng (?<half>đầu|cuối) năm(?:\s+(?<year>(?:19|20)\d\d))?/iu;
// "quý I/2024", "quý 2 năm 2023" → 2024-Q1.
const QUARTER = /quý\s+(?<q>I{1,3}V?|IV|[1-4])\s*(?:\/|năm)\s*(?<year>(?:19|20)\d\d)/iu;
// "nhiệm kỳ 2015 – 2020", "giai đoạn 2021-2025" → 2015-2020.
const TERM = /(?:nhiệm kỳ|giai đoạn|từ năm)\s+(?<from>(?:19|20)\d\d)\s*(?:-|–|—|đến(?: năm)?)\s*(?<to>(?:19|20)\d\d)/iu;
// "năm 2019", "Năm 2024".
const YEAR = /(?:năm|Năm)\s+(?<year>(?:19|20)\d\d)(?![\d/-])/u;
// What a report reviews: "tổng kết công tác ... năm 2019", "sơ kết ... 6 tháng đầu năm".
const REVIEWED = /(?:tổng kết|sơ kết|kết quả)[^.;\n]{0,80}?năm\s+(?<year>(?:19|20)\d\d)/iu;

// A year aimed at, not reviewed: "hướng phấn đấu … đến năm 2010", "tầm nhìn tới năm 2020" (not a year reached, "Đến
// năm 2004, Đảng bộ quận đã …", nor the end of a span, "từ năm 2000 đến năm 2004").
const GOAL_YEAR =
  /(?:phấn đấu|hướng|mục tiêu|tầm nhìn|kế hoạch|chiến lược|định hướng|dự kiến|quy hoạch)[^.;\n]{0,60}?(?:đến|tới) năm (?:19|20)\d\d/giu;

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/**
 * Reads the period a phrase speaks of: "2019", "2019-H1", "2024-Q1", "2015-2020", or null. `fallbackYear`
 * completes a half year written without one ("6 tháng đầu năm").
 *
 * @example
 * readPeriod('Nhiệm kỳ 2015 – 2020, đảng bộ đã kết nạp được 868 đảng viên') // '2015-2020'
 */
export function readPeriod(text: string, fallbackYear?: string | null): string | null {
  const term = TERM.exec(text);
  if (term?.groups) return `${term.groups.from}-${term.groups.to}`;
  const quarter = QUARTER.exec(text);
  if (quarter?.groups) {
    const q = ROMAN[quarter.groups.q?.toUpperCase() ?? ''] ?? Number(quarter.groups.q);
    return `${quarter.groups.year}-Q${q}`;
  }
  const half = HALF_YEAR.exec(text);
  if (half?.groups) {
    const year = half.groups.year ?? YEAR.exec(text)?.groups?.year ?? fallbackYear;
    if (year) return `${year}-${half.groups.half?.toLowerCase() === 'đầu' ? 'H1' : 'H2'}`;
  }
  return YEAR.exec(text)?.groups?.year ?? null;
}

const cache = new WeakMap<AnalyzedDocument, string | null>();

/** The period the whole report reviews ("tổng kết công tác năm 2019" → "2019"), from its first sentences. */
export function documentPeriod(doc: AnalyzedDocument): string | null {
  if (cache.has(doc)) return cache.get(doc) ?? null;
  const head = doc.sentences
    .filter((s) => !s.skip)
    .slice(0, 4)
    .map((s) => s.text)
    .join('\n');
  const half = HALF_YEAR.exec(head)?.groups?.year ? readPeriod(HALF_YEAR.exec(head)?.[0] ?? '') : null;
  const reviewed = REVIEWED.exec(head)?.groups?.year ?? null;
  const period = half ?? reviewed ?? readPeriod(head.replace(GOAL_YEAR, ''));
  cache.set(doc, period);
  return period;
}

/** The period of a sentence ("6 tháng đầu năm" takes the report's year), else the document's. */
export function sentencePeriod(doc: AnalyzedDocument, sentence: Sentence): string | null {
  if (sentenceCache.has(sentence)) return sentenceCache.get(sentence) ?? null;
  const own = documentPeriod(doc);
  const period = readPeriod(sentence.text, own?.slice(0, 4) ?? null) ?? own;
  sentenceCache.set(sentence, period);
  return period;
}

const sentenceCache = new WeakMap<Sentence, string | null>();
