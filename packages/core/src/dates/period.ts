/**
 * The periods a phrase names: a half year, a quarter, a term, a year. One reader for core's guess of a report's
 * period (`guessReportPeriod`) and for the extractors' record periods (`readPeriod`, `documentPeriod`). A scanner
 * helper exported for `@vnpr/extractors`, not library API.
 */

// "6 tháng đầu năm 2019" → the first half of 2019; "6 tháng cuối năm" → the second half, its year not written.
const HALF_YEAR = /6 tháng (?<half>đầu|cuối) năm(?:\s+(?<year>(?:19|20)\d\d))?/iu;

// "quý I/2024", "quý IV năm 2023", "quý 2/2023".
const QUARTER = /quý\s+(?<q>IV|I{1,3}|[1-4])\s*(?:\/|năm)\s*(?<year>(?:19|20)\d\d)/iu;

// "nhiệm kỳ 2015 – 2020", "giai đoạn 2021-2025", "từ năm 2016 đến năm 2020".
const TERM = /(?:nhiệm kỳ|giai đoạn|từ năm)\s+(?<from>(?:19|20)\d\d)\s*(?:-|–|—|đến(?: năm)?)\s*(?<to>(?:19|20)\d\d)/iu;

// "năm 2019", "Năm 2024" (not a date's year, "năm 2019/20", "năm 2019-2020").
const YEAR = /(?:năm|Năm)\s+(?<year>(?:19|20)\d\d)(?![\d/-])/u;

/** The quarters as Roman numerals ("quý III"). */
const ROMAN_QUARTERS: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/** A half year: `half` "H1" or "H2", `year` as written or null ("6 tháng đầu năm"). */
export interface HalfYear {
  half: 'H1' | 'H2';
  year: string | null;
}

/**
 * The first half year the text names.
 *
 * @example
 * readHalfYear('sơ kết 6 tháng đầu năm 2019'); // { half: 'H1', year: '2019' }
 */
export function readHalfYear(text: string): HalfYear | null {
  const g = HALF_YEAR.exec(text)?.groups;
  if (!g) return null;
  return { half: g.half?.toLowerCase() === 'đầu' ? 'H1' : 'H2', year: g.year ?? null };
}

/**
 * The first quarter the text names with its year, in Roman or Arabic numerals.
 *
 * @example
 * readQuarter('Sơ kết công tác quý III/2022'); // { quarter: 3, year: '2022' }
 */
export function readQuarter(text: string): { quarter: number; year: string } | null {
  const g = QUARTER.exec(text)?.groups;
  if (!g?.q || !g.year) return null;
  return { quarter: ROMAN_QUARTERS[g.q.toUpperCase()] ?? Number(g.q), year: g.year };
}

/**
 * The first term or span of years the text names.
 *
 * @example
 * readTerm('Nhiệm kỳ 2015 – 2020, đảng bộ đã …'); // { from: '2015', to: '2020' }
 */
export function readTerm(text: string): { from: string; to: string } | null {
  const g = TERM.exec(text)?.groups;
  return g?.from && g.to ? { from: g.from, to: g.to } : null;
}

/** The first year the text names with "năm" ("năm 2019"), or null. */
export function readYear(text: string): string | null {
  return YEAR.exec(text)?.groups?.year ?? null;
}

/**
 * The period a phrase speaks of: "2019", "2019-H1", "2024-Q1", "2015-2020", or null. A term wins over a quarter,
 * a quarter over a half year, a half year over a year. `fallbackYear` completes a half year written without one
 * ("6 tháng đầu năm") when the phrase names no year either.
 *
 * @example
 * readPeriod('Nhiệm kỳ 2015 – 2020, đảng bộ đã kết nạp được 868 đảng viên'); // '2015-2020'
 * readPeriod('6 tháng đầu năm, toàn Đảng bộ kết nạp 45 đảng viên', '2024'); // '2024-H1'
 */
export function readPeriod(text: string, fallbackYear?: string | null): string | null {
  const term = readTerm(text);
  if (term) return `${term.from}-${term.to}`;
  const quarter = readQuarter(text);
  if (quarter) return `${quarter.year}-Q${quarter.quarter}`;
  const half = readHalfYear(text);
  if (half) {
    const year = half.year ?? readYear(text) ?? fallbackYear;
    if (year) return `${year}-${half.half}`;
  }
  return readYear(text);
}
