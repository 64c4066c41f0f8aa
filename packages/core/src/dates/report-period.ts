/**
 * The reference a document without a dateline reads its yearless dates against: the period its headline and
 * lede tell of.
 */

import { readHalfYear, readQuarter } from './period.js';

// "năm 2019", "năm 2020" in the headline and lede: the year a report is about (not a goal: "đến năm 2025").
// Nor a bound of a span ("từ năm 1999", "Kể từ năm 1910", "Đến năm 1977").
const YEAR_MENTION =
  /(?<![\d/.-])(?<!(?:đến|tới|trước|sau|vào|từ|Đến|Tới|Trước|Sau|Vào|Từ) )(?:năm|Năm)\s+(?<year>(?:19[4-9]\d|20\d\d))(?![\d/-])/gu;

// "tổng kết công tác xây dựng Đảng năm 2019", "kết quả thực hiện Nghị quyết năm 2023": the year under review (not
// past a bare year reviewed: "tổng kết công tác y tế 2009 và triển khai nhiệm vụ năm 2010").
const YEAR_REVIEWED =
  /(?:tổng kết|kết quả|kiểm điểm|đánh giá|xếp loại)(?:(?!(?:19|20)\d\d)[^.;\n]){0,80}?năm\s+(?<year>(?:19[4-9]\d|20\d\d))(?![\d/-])/iu;

// "triển khai nhiệm vụ năm 2020", "phương hướng, nhiệm vụ năm 2025": the year being planned.
// Not "hoàn thành (tốt, xuất sắc) nhiệm vụ trong năm 2004", a year done.
// Also a council's plan for the year: "chương trình giám sát của HĐND năm 2005", "dự toán ngân sách năm 2005".
const YEAR_PLANNED =
  /(?:triển khai|phương hướng|(?<!hoàn thành (?:tốt |xuất sắc )?)nhiệm vụ|kế hoạch|chương trình (?:công tác|giám sát)|dự toán ngân sách)[^.;\n]{0,40}?năm\s+(?<year>(?:19[4-9]\d|20\d\d))(?![\d/-])/iu;

// "sơ kết 3 năm thực hiện Nghị quyết 22-NQ/TW ngày 02/02/2008", "tổng kết 10 năm thi hành Luật … năm 2013": the
// review falls that many years after the document it reviews.
const YEARS_OF_PRACTICE =
  /(?:sơ kết|tổng kết)\s+(?<count>\d{1,2})\s+năm\s+(?:thực hiện|triển khai|thi hành)[^.;\n]{0,120}?(?:ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]|năm\s+)(?<year>(?:19|20)\d\d)(?![\d/-])/iu;

// "tổng kết công tác dân số 5 năm (2001- 2005)", "đánh giá giai đoạn 2016-2020": a span of years under review, in the
// months after it ends.
const SPAN_REVIEWED =
  /(?:tổng kết|sơ kết|đánh giá)[^.;\n]{0,160}?(?:giai đoạn|\d{1,2} năm)\s*\(?\s*(?<first>(?:19|20)\d\d)\s*[-–]\s*(?<last>(?:19|20)\d\d)(?!\d)/iu;

// "10 sự kiện trong nước nổi bật năm 2004": a year in review, whose dates fall within it.
const YEAR_IN_REVIEW = /(?:sự kiện|tin)[^.;\n]{0,40}?nổi bật (?:của |trong )?năm\s+(?<year>(?:19|20)\d\d)(?![\d/-])/iu;

// "Đại hội đại biểu Đảng bộ huyện … lần thứ V, nhiệm kỳ 2020 - 2025": a congress opens its term, in its first year.
const CONGRESS_TERM =
  /đại hội(?! đồng)[^.;\n]{0,160}?nhiệm kỳ\s+(?<first>(?:19|20)\d\d)\s*[-–]\s*(?<last>(?:19|20)\d\d)(?!\d)/iu;

// "kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2020)", "kỷ niệm 31 năm ngày giải phóng …
// (30.4.1975 - 30.4.2006)": an anniversary, with what follows it in its sentence.
const ANNIVERSARY = /kỷ niệm\s+(?<count>\d{1,3})\s+năm(?<rest>[^.;\n]{0,160})/iu;

// A year written in an anniversary's words: "1930" in "(3/2/1930 - 3/2/2020)", "năm 1975".
const ANY_YEAR = /(?<![\d])(?<year>(?:1[89]|20)\d\d)(?!\d)/gu;

// Events whose year the press does not repeat: "thành lập Đảng" (1930), "Quân đội nhân dân" (1944), "Công an nhân
// dân", "Cách mạng Tháng Tám", "Quốc khánh" (1945), "giải phóng miền Nam" (1975), "ngày sinh Chủ tịch Hồ Chí Minh" (1890).
const FOUNDED: readonly [RegExp, number][] = [
  [/thành lập Đảng(?! bộ)/iu, 1930],
  [/Quân đội nhân dân/iu, 1944],
  [/Công an nhân dân|Cách mạng Tháng Tám|Quốc khánh/iu, 1945],
  [/giải phóng (?:hoàn toàn )?miền Nam/iu, 1975],
  [/(?:ngày sinh|sinh nhật) (?:Chủ tịch Hồ Chí Minh|Bác Hồ|Bác)/iu, 1890],
];

// Words that make the year after them history rather than the report's own time: "kỷ niệm chiến thắng năm 1975",
// "thành lập năm 1945", "cách đây … năm 1954"; nor a cited document's ("Nghị quyết … ban hành năm 1997").
const HISTORY_BEFORE =
  /(?:kỷ niệm|thành lập|chiến thắng|giải phóng|ra đời|cách đây|ngày sinh|sinh năm|ban hành|có hiệu lực)[^.;\n]{0,40}$/iu;

/** The year an anniversary falls in: the later year of a written range, a founding year plus the count, or null. */
function anniversaryYear(head: string): number | null {
  const m = ANNIVERSARY.exec(head)?.groups;
  if (!m) return null;
  const count = Number(m.count);
  // Only the words of the anniversary itself, up to the first comma outside parentheses.
  const rest = /^(?:[^,(]|\([^)]*\))*/u.exec(m.rest ?? '')?.[0] ?? '';
  const years = [...rest.matchAll(ANY_YEAR)].map((y) => Number(y.groups?.year));
  const year =
    years.length >= 2
      ? Math.max(...years)
      : years.length === 1
        ? (years[0] ?? 0) + count
        : (FOUNDED.find(([pattern]) => pattern.test(rest))?.[1] ?? Number.NaN) + count;
  return year >= 1900 && year <= 2199 ? year : null;
}

/** The years "năm 2019" the head names as its own time, not history ("kỷ niệm chiến thắng năm 1975"). */
function ownYears(head: string): number[] {
  const years: number[] = [];
  for (const m of head.matchAll(YEAR_MENTION)) {
    if (HISTORY_BEFORE.test(head.slice(Math.max(0, m.index - 60), m.index))) continue;
    years.push(Number(m.groups?.year));
  }
  return years;
}

/**
 * With no dateline, a report's dates are read against the period its headline and lede tell of: the end of the
 * year a "tổng kết … năm 2019" reviews (year-end meetings run from December into January, so "Ngày 14-1" is
 * 14 January 2020 and "Sáng 22/12" is 22 December 2019), the end of a reviewed half year or quarter ("sơ kết
 * 6 tháng đầu năm 2019" → 30 June), the 1st of January of a year only planned ("Triển khai nhiệm vụ năm 2020"),
 * the year a review of N years of a document falls in ("sơ kết 3 năm thực hiện Nghị quyết … 2008" → 2011), the
 * spring after a span of years reviewed ("tổng kết … 5 năm (2001-2005)" → 1 April 2006), the middle of a year in
 * review ("10 sự kiện nổi bật năm 2004"), an
 * anniversary's year ("kỷ niệm 90 năm Ngày thành lập Đảng" → 2020; none when it cannot be told, since the head's
 * other years are then history), the first year of a congress's term ("Đại hội … nhiệm kỳ 2020-2025" → 2020), else
 * the middle of the latest year they name as their own (not a year of history such as "kỷ niệm chiến thắng năm
 * 1975", nor a bound "từ năm 1999", "đến năm 2010"). Null when none of these is written.
 *
 * @example
 * guessReportPeriod('Sáng 23/7, Đại hội đại biểu Đảng bộ huyện lần thứ V, nhiệm kỳ 2020-2025 khai mạc'); // "2020"
 */
export function guessReportPeriod(head: string): string | null {
  const latest = Math.max(0, ...ownYears(head));
  // "sơ kết … 6 tháng đầu năm 2019", "6 tháng cuối năm"; "sơ kết quý I/2024", "quý 3 năm 2023".
  const half = readHalfYear(head);
  if (half) {
    const year = half.year ?? (latest ? String(latest) : null);
    if (year) return half.half === 'H1' ? `${year}-06-30` : `${year}-12-31`;
  }
  const quarter = readQuarter(head);
  if (quarter) {
    return `${quarter.year}-${['03-31', '06-30', '09-30', '12-31'][quarter.quarter - 1] ?? '12-31'}`;
  }
  const practice = YEARS_OF_PRACTICE.exec(head)?.groups;
  if (practice) return String(Number(practice.year) + Number(practice.count));
  const span = SPAN_REVIEWED.exec(head)?.groups;
  if (span && Number(span.last) > Number(span.first)) return `${Number(span.last) + 1}-04-01`;
  const inReview = YEAR_IN_REVIEW.exec(head)?.groups?.year;
  if (inReview) return `${inReview}-07-02`;
  const review = YEAR_REVIEWED.exec(head);
  const reviewed = review?.groups?.year;
  const reviewedAt = review ? review.index + review[0].length - 4 : 0;
  if (reviewed && !HISTORY_BEFORE.test(head.slice(Math.max(0, reviewedAt - 60), reviewedAt)))
    return `${reviewed}-12-31`;
  // An anniversary dates its ceremony; one whose year cannot be told makes the head's other years history.
  if (ANNIVERSARY.test(head)) {
    const anniversary = anniversaryYear(head);
    return anniversary === null ? null : String(anniversary);
  }
  // Only the coming year is named ("Triển khai nhiệm vụ năm 2020"): the meeting opens it, or closes the year before.
  const planned = YEAR_PLANNED.exec(head)?.groups?.year;
  if (planned && Number(planned) === latest) return `${planned}-01-01`;
  const term = CONGRESS_TERM.exec(head)?.groups;
  if (term && Number(term.last) > Number(term.first)) return String(term.first);
  return latest ? `${latest}-07-02` : null;
}
