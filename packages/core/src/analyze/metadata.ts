import { findDates } from '../dates/find-dates.js';
import { parseDate } from '../dates/parse-date.js';
import { guessProvince } from './guess-province.js';
import { findOrganizations } from './organizations.js';
import type { DocumentMetadata } from './types.js';

interface Line {
  text: string;
  start: number;
}

// What a dateline holds besides its date: "Cập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)", "Ngày đăng: ...",
// "In bài Thứ Hai, 03/02/2020 14:10 Gốc" (print and source links beside the date).
const DATELINE_NOISE =
  /cập nhật|ngày đăng|đăng ngày|đăng lúc|thời gian|lúc|ngày|tháng|năm|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|in bài|gốc|\(gmt\s*[+-]\s*\d+\)|gmt\s*[+-]\s*\d+|[\d\s:/.,|()\-–]/giu;

// A place before a dateline: "Bắc Ninh, 08:15 | 25/12/2024", "TP. Hồ Chí Minh - ", "Quảng Ngãi, ngày 12 tháng 3 năm 2021".
const PLACE_PREFIX = /^(?:TP\. ?)?\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,3}\s*[,\-–]\s*(?=\d|ngày\b)/u;

// A portal's date of today, not the article's: "Hôm nay, Thứ ba ngày 22/06/2021", "Hôm nay: 14/3/2022" (a headline
// "Hôm nay khai mạc …" is a headline).
const TODAY_LINE =
  /^hôm nay\b[\s,:]*(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)[\s,]*)?(?:ngày\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$/iu;

// A month written as a word, as some sites print it: "Tháng Mười Hai 14, 2017", "14 Tháng Ba 2019".
const MONTH_WORDS = 'mười một|mười hai|một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|chạp';
const MONTH_WORD_FIRST = new RegExp(
  `tháng (?<month>${MONTH_WORDS}),? (?<day>\\d{1,2}),? (?:năm )?(?<year>\\d{4})`,
  'iu',
);
const DAY_FIRST_MONTH_WORD = new RegExp(
  `(?<day>\\d{1,2}),? tháng (?<month>${MONTH_WORDS}),? (?:năm )?(?<year>\\d{4})`,
  'iu',
);
const MONTH_NUMBER: Record<string, number> = {
  một: 1,
  giêng: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười một': 11,
  'mười hai': 12,
  chạp: 12,
};

// A clock time with its half of the day: "7:20 chiều", "08:45:00 CH", "9:05 SA", "10:30 PM".
const TWELVE_HOUR_TIME =
  /(?<hour>\d{1,2}):(?<minute>\d{2})(?::\d{2})?\s*(?<half>SA|CH|AM|PM|sáng|chiều|tối)(?![\p{L}])/iu;

// A time glued to the word before it: "Cập nhật lúc19:55".
const GLUED_TIME = /(?<=\p{L})(?=\d{1,2}:\d{2})/gu;

// "Nguồn: Báo Trà Vinh", "Nguồn: Baolangson.vn".
const SOURCE_LINE = /^(?:Nguồn|Theo)\s*:\s*(?<source>.{2,80}?)\s*\.?$/u;

// An outlet named without a colon: "Theo Báo Nghệ An", "(Theo baonghean.vn)", "Nguồn Báo Trà Vinh".
const SOURCE_BARE =
  /^\(?(?:Nguồn|Theo)\s+(?<source>(?:Báo|Tạp chí|Đài|Cổng|Trang|TTXVN|VOV|VTV|Thông tấn)[^()]{0,60}?|[\p{L}\d.-]{2,40}\.(?:vn|com|net|org)(?:\.vn)?)\s*\)?\.?$/u;

// An outlet named before a clip or quote it is credited for: "Nguồn Quốc Hội TV: …", "Nguồn Truyền hình Quốc hội: …".
const SOURCE_BEFORE_COLON =
  /^\(?Nguồn\s+(?<source>(?!Ảnh\b|Tin\b)\p{Lu}[\p{L}\p{M}\d.-]*(?:\s+[\p{L}\d][\p{L}\p{M}\d.-]*){0,4})\s*:\s*\S/u;

// A credit line: "Bài và ảnh: Minh Thành", "Tin, ảnh: THU HÀ", "Bài: Văn Thắng", "Tin và ảnh: Ngọc Anh".
const CREDIT_LINE =
  /^(?:Bài|Tin|Bài viết|Bài và ảnh|Tin và ảnh|Tin, ảnh|Bài, ảnh|Tin - ảnh|Bài - ảnh)\s*:\s*(?<name>\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,4})\s*\.?$/u;

// A contributor with the unit they write from: "Nguyễn Văn Thắng - Ban Tuyên giáo Huyện ủy".
const BYLINE_WITH_UNIT =
  /^(?<name>\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,4})\s*[-–,]\s*(?:Ban|Đảng ủy|Đảng bộ|Huyện ủy|Tỉnh ủy|Thành ủy|Văn phòng|Trung tâm|Phòng|UBND|Ủy ban|Hội|Sở|Trường|Chi bộ|Công an)\b.{0,80}$/u;

// A byline: two to five capitalized words and nothing else ("Duy Tiến", "DUY NGUYỄN", "Ngọc Anh - Thu Hà").
const BYLINE = /^(?:\p{Lu}[\p{L}\p{M}]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}]*|-|–))+$/u;

// A byline that names its outlet: "HOÀNG LAN (Báo Lai Châu)", "Minh Anh - TTXVN", "Thu Hà / Báo Nhân Dân".
const BYLINE_WITH_SOURCE =
  /^(?<name>\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,4})\s*(?:\(|-|–|\/)\s*(?<source>(?:Báo|Tạp chí|Đài|Cổng|Trang|TTXVN|VOV|VTV)[^()]{0,60}?)\)?$/u;

// A section label printed above the headline ("Hoạt động Đảng ủy Khối ...", "Tin tức").
const SECTION_LABEL = /^(?:hoạt động|tin tức|tin tổng hợp|thời sự|chính trị|xây dựng đảng|tin hoạt động)\b/iu;

// Page furniture above an article, never its headline: "Banner", "1. Trang chủ", "SỐ LƯỢT TRUY CẬP", "Bạn đang xem",
// "Xem với cỡ chữ", "Đăng nhập", "Tìm kiếm", "Menu".
const TITLE_CHROME =
  /^(?:banner|(?:\d+\.\s*)?trang chủ|(?:số )?lượt truy cập|số lượt truy cập|bạn đang xem|bạn đang ở|vị trí hiện tại|(?:xem với )?cỡ chữ|đăng nhập|tìm kiếm|menu|skip to content)\s*:?$/iu;

// The words that introduce a breadcrumb: "Bạn đang xem", "Bạn đang ở", "Vị trí hiện tại".
const YOU_ARE_HERE = /^(?:bạn đang xem|bạn đang ở|vị trí hiện tại)\s*:?$/iu;

// A unit named on its own line before the headline: "ĐẢNG BỘ HUYỆN DI LINH:", "Đảng ủy Khối Doanh nghiệp tỉnh:".
const UNIT_PREFIX =
  /^(?:đảng bộ|đảng ủy|chi bộ|huyện ủy|tỉnh ủy|thành ủy|quận ủy|thị ủy|ban|khối|ubnd|ủy ban|hội|công an|sở|xã|huyện|tỉnh|thành phố|quận|phường|thị xã|thị trấn)\s[^.!?:\n]{2,80}:$/iu;

function toLines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, start: pos + lead });
    pos += raw.length + 1;
  }
  return out;
}

function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s
    .toLowerCase()
    .split(/\s+/)
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/**
 * Writes a dateline in the forms core's date reader knows: month words as numbers ("Tháng Mười Hai 14, 2017" →
 * "14/12/2017"), a 12-hour time as a 24-hour one ("7:20 chiều" → "19:20"), a glued time apart ("lúc19:55").
 */
function plainDateline(line: string): string {
  const month = (word: string | undefined) => MONTH_NUMBER[(word ?? '').toLowerCase()] ?? 0;
  const numeric = (g: Record<string, string | undefined> | undefined) =>
    g ? `${g.day}/${String(month(g.month)).padStart(2, '0')}/${g.year}` : '';
  let out = line.replace(GLUED_TIME, ' ');
  out = out.replace(MONTH_WORD_FIRST, (...a) => numeric(a.at(-1)));
  out = out.replace(DAY_FIRST_MONTH_WORD, (...a) => numeric(a.at(-1)));
  return out.replace(TWELVE_HOUR_TIME, (...a) => {
    const g = a.at(-1) as Record<string, string>;
    let hour = Number(g.hour);
    const afternoon = /^(?:ch|pm|chiều|tối)$/iu.test(g.half ?? '');
    if (afternoon && hour < 12) hour += 12;
    if (!afternoon && hour === 12) hour = 0;
    return `${String(hour).padStart(2, '0')}:${g.minute}`;
  });
}

/** A dateline's date, or null when the line is more than a date (or is a portal's "today"). */
function readDateline(line: string): string | null {
  // A dateline has its day and year in digits: what else it may hold (`DATELINE_NOISE`, a place) is two characters
  // at most once its words are taken out, so a line of words alone ("Cập nhật ngày") is no date.
  if (line.length > 90 || !/\d/.test(line) || TODAY_LINE.test(line)) return null;
  const plain = plainDateline(line);
  // A place may open the dateline: "Bắc Ninh, 08:15 | 25/12/2024".
  const rest = plain.replace(PLACE_PREFIX, '').replace(DATELINE_NOISE, '').trim();
  if (rest.length > 2) return null;
  const whole = parseDate(plain);
  if (whole && /^\d{4}-\d{2}-\d{2}/.test(whole.value) && !whole.inferred) return whole.value;
  const found = findDates(plain).filter((d) => !d.inferred && /^\d{4}-\d{2}-\d{2}/.test(d.value));
  return found[0]?.value ?? null;
}

/**
 * The headline's line(s): the line above the dateline, else the first line that is not site chrome, a date or a
 * section label. A unit prefix on its own line ("ĐẢNG BỘ HUYỆN DI LINH:" above "Kết nạp 113 đảng viên mới") is
 * part of the headline.
 */
function readTitle(
  lines: readonly Line[],
  datelineIndex: number,
  dateline: (line: string) => string | null,
): Line[] | null {
  const skipped = new Set<number>();
  for (let i = 0; i < Math.min(lines.length, 10); i++) {
    const t = lines[i]!.text;
    if (TITLE_CHROME.test(t) || TODAY_LINE.test(t) || dateline(t)) skipped.add(i);
    // "Bạn đang xem" is followed by the page's breadcrumb (the headline and its category run together).
    if (YOU_ARE_HERE.test(t)) skipped.add(i + 1);
  }
  const headline = (i: number) =>
    !!lines[i] && !skipped.has(i) && lines[i]!.text.length <= 200 && !/[.!?]$/.test(lines[i]!.text);
  let at = -1;
  if (datelineIndex > 0 && datelineIndex <= 3 && !skipped.has(datelineIndex - 1)) at = datelineIndex - 1;
  else {
    for (let i = 0; i < Math.min(lines.length, 10); i++) {
      if (skipped.has(i)) continue;
      at = SECTION_LABEL.test(lines[i]!.text) && headline(i + 1) ? i + 1 : i;
      break;
    }
  }
  if (at < 0) return null;
  const out = [lines[at]!];
  if (at > 0 && UNIT_PREFIX.test(lines[at - 1]!.text) && !skipped.has(at - 1)) out.unshift(lines[at - 1]!);
  else if (UNIT_PREFIX.test(lines[at]!.text) && headline(at + 1)) out.push(lines[at + 1]!);
  return out;
}

/**
 * Reads the title, dateline, "Nguồn:" line, byline, province and main organization of an article.
 *
 * @example
 * readMetadata('Tiêu đề\n09:01, 17/01/2020\n\nNội dung.\n\nDUY NGUYỄN', [false, ...]).author // 'Duy Nguyễn'
 */
export function readMetadata(text: string, isChrome: (offset: number) => boolean): DocumentMetadata {
  const lines = toLines(text).filter((l) => !isChrome(l.start));
  // The first and last lines are asked for a dateline more than once (head, title, byline): read each once.
  const datelines = new Map<string, string | null>();
  const dateline = (line: string): string | null => {
    let date = datelines.get(line);
    if (date === undefined) {
      date = readDateline(line);
      datelines.set(line, date);
    }
    return date;
  };
  // The head's datelines. A page may show another date above the article's (the portal's "Hà Nội, ngày
  // 23-10-2021"): a dateline with its time is the article's. Plain loops, here and below, over these few lines:
  // each array made by map/find chains has its own kind (empty, holey, of strings or of undefined), and a new kind
  // seen late in a long run made V8 throw away and recompile this function (10 times over the bench set).
  let datelineIndex = -1;
  let firstDated = -1;
  let publishedAt: string | null = null;
  for (let i = 0; i < Math.min(lines.length, 6); i++) {
    const date = dateline(lines[i]!.text);
    if (date === null) continue;
    if (firstDated < 0) firstDated = i;
    if (date.includes('T')) {
      datelineIndex = i;
      break;
    }
  }
  if (datelineIndex < 0) datelineIndex = firstDated;
  if (datelineIndex >= 0) publishedAt = dateline(lines[datelineIndex]!.text);
  // Some sites print the date at the foot: "Ngày đăng: 15/01/2020".
  for (let i = lines.length - 1; publishedAt === null && i >= Math.max(6, lines.length - 6); i--) {
    publishedAt = dateline(lines[i]!.text);
  }
  let credit: string | undefined;
  for (let i = 0; i < Math.min(lines.length, 6) && !credit; i++)
    credit = CREDIT_LINE.exec(lines[i]!.text)?.groups?.name;
  const titleLines = readTitle(lines, datelineIndex, dateline);
  let title: string | null = null;
  let titleSpan: [number, number] | null = null;
  if (titleLines) {
    const first = titleLines[0]!;
    const last = titleLines[titleLines.length - 1]!;
    title = titleLines.length === 1 ? first.text : `${first.text} ${last.text}`;
    // A "title" longer than a headline is the text's first paragraph: shown cut, with no span.
    if (title.length > 300) title = `${title.slice(0, 300)}…`;
    else titleSpan = [first.start, last.start + last.text.length];
  }

  let source: string | null = null;
  for (let i = 0; i < lines.length && source === null; i++) {
    // The first six lines, then the last six.
    if (i === 6) i = Math.max(6, lines.length - 6);
    source = SOURCE_BEFORE_COLON.exec(lines[i]!.text)?.groups?.source || null;
  }
  let author: string | null = credit ? titleCase(credit) : null;
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < 6; i--, seen++) {
    const t = lines[i]!.text;
    const src = SOURCE_LINE.exec(t) ?? SOURCE_BARE.exec(t);
    if (src?.groups?.source) {
      source ??= src.groups.source;
      continue;
    }
    if (dateline(t)) continue;
    const credited = CREDIT_LINE.exec(t)?.groups?.name ?? BYLINE_WITH_UNIT.exec(t)?.groups?.name;
    if (credited) {
      author ??= titleCase(credited);
      continue;
    }
    if (/^Ảnh\s*:/u.test(t)) continue;
    const both = BYLINE_WITH_SOURCE.exec(t);
    if (both?.groups?.name && !author) {
      author = titleCase(both.groups.name);
      source ??= both.groups.source?.trim() ?? null;
      continue;
    }
    if (t.length > 60) break;
    if (!author && BYLINE.test(t) && t.split(/\s+/).length <= 6) author = titleCase(t);
  }

  let lede = '';
  for (let i = 0; i < Math.min(lines.length, 4); i++) lede += i === 0 ? lines[i]!.text : `\n${lines[i]!.text}`;
  const named = findOrganizations(lede);
  const first = named[0]?.name ?? findOrganizations(text, 1)[0]?.name ?? null;
  // "Đảng ủy Khối" in the headline, "Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh" in the lede: the full name.
  let organization = first;
  for (const { name } of named) {
    if (first && name.startsWith(first) && name.length > first.length) {
      organization = name;
      break;
    }
  }
  const place = guessProvince(text, publishedAt, title);
  return {
    title,
    titleSpan,
    publishedAt,
    source,
    author,
    province: place?.province ?? null,
    provinceCode: place?.provinceCode ?? null,
    province2025: place?.province2025 ?? null,
    organization,
  };
}
