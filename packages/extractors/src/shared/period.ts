import { type AnalyzedDocument, readHalfYear, readPeriod, type Sentence } from '@vnpr/core';

// The period a phrase speaks of: core's reader, which @vnpr/extractors keeps exporting.
export { readPeriod } from '@vnpr/core';

// What a report reviews: "tổng kết công tác ... năm 2019", "sơ kết ... 6 tháng đầu năm".
const REVIEWED = /(?:tổng kết|sơ kết|kết quả)[^.;\n]{0,80}?năm\s+(?<year>(?:19|20)\d\d)/iu;

// A year aimed at, not reviewed: "hướng phấn đấu … đến năm 2010", "tầm nhìn tới năm 2020" (not a year reached, "Đến
// năm 2004, Đảng bộ quận đã …", nor the end of a span, "từ năm 2000 đến năm 2004").
const GOAL_YEAR =
  /(?:phấn đấu|hướng|mục tiêu|tầm nhìn|kế hoạch|chiến lược|định hướng|dự kiến|quy hoạch)[^.;\n]{0,60}?(?:đến|tới) năm (?:19|20)\d\d/giu;

const cache = new WeakMap<AnalyzedDocument, string | null>();

/** The period the whole report reviews ("tổng kết công tác năm 2019" → "2019"), from its first sentences. */
export function documentPeriod(doc: AnalyzedDocument): string | null {
  if (cache.has(doc)) return cache.get(doc) ?? null;
  const head = doc.sentences
    .filter((s) => !s.skip)
    .slice(0, 4)
    .map((s) => s.text)
    .join('\n');
  const written = readHalfYear(head);
  const half = written?.year ? `${written.year}-${written.half}` : null;
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
