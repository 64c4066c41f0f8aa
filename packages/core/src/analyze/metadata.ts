import { findDates } from '../dates/find-dates.js';
import { parseDate } from '../dates/parse-date.js';
import { findOrganizations } from './organizations.js';
import { PROVINCE_ALIASES, PROVINCES } from './provinces.js';
import type { DocumentMetadata } from './types.js';

interface Line {
  text: string;
  start: number;
}

// What a dateline holds besides its date: "Cập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)", "Ngày đăng: ...".
const DATELINE_NOISE =
  /cập nhật|ngày đăng|đăng ngày|đăng lúc|thời gian|lúc|ngày|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|\(gmt\s*[+-]\s*\d+\)|gmt\s*[+-]\s*\d+|[\d\s:/.,|()\-–]/giu;

// A place before a dateline: "Bắc Ninh, ", "TP. Hồ Chí Minh - ".
const PLACE_PREFIX = /^(?:TP\. ?)?\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,3}\s*[,-–]\s*(?=\d)/u;

// "Nguồn: Báo Trà Vinh", "Nguồn: Baolangson.vn".
const SOURCE_LINE = /^(?:Nguồn|Theo)\s*:\s*(?<source>.{2,80}?)\s*\.?$/u;

// An outlet named without a colon: "Theo Báo Nghệ An", "(Theo baonghean.vn)", "Nguồn Báo Trà Vinh".
const SOURCE_BARE =
  /^\(?(?:Nguồn|Theo)\s+(?<source>(?:Báo|Tạp chí|Đài|Cổng|Trang|TTXVN|VOV|VTV|Thông tấn)[^()]{0,60}?|[\p{L}\d.-]{2,40}\.(?:vn|com|net|org)(?:\.vn)?)\s*\)?\.?$/u;

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

const WORD_FOLD: Record<string, string> = {};

/** "Lạng Sơn" → "langson", for domains like "Baolangson.vn". */
function asciiKey(s: string): string {
  if (WORD_FOLD[s]) return WORD_FOLD[s];
  const k = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  WORD_FOLD[s] = k;
  return k;
}

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

/** A dateline's date, or null when the line is more than a date. */
function readDateline(line: string): string | null {
  if (line.length > 90) return null;
  // A place may open the dateline: "Bắc Ninh, 08:15 | 25/12/2024".
  const rest = line.replace(PLACE_PREFIX, '').replace(DATELINE_NOISE, '').trim();
  if (rest.length > 2) return null;
  const whole = parseDate(line);
  if (whole && /^\d{4}-\d{2}-\d{2}/.test(whole.value) && !whole.inferred) return whole.value;
  const found = findDates(line).filter((d) => !d.inferred && /^\d{4}-\d{2}-\d{2}/.test(d.value));
  return found[0]?.value ?? null;
}

/** Every way a province is written, with the province it names, in the order ties are broken. */
const PROVINCE_NAMES: readonly (readonly [written: string, name: string])[] = [
  ...PROVINCES.map((p) => [p, p] as const),
  ...Object.entries(PROVINCE_ALIASES),
];
const PROVINCE_OF = new Map(PROVINCE_NAMES);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any written province name, longest first; one pass over the text finds them all. */
const PROVINCE_ANY = new RegExp(
  [...PROVINCE_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
  'gu',
);
const LETTER = /\p{L}/u;
// News sites named after the province: "Baolangson.vn", "baotravinh.vn".
const PROVINCE_SITE = /\bbao(?<key>[a-z]+)\.(?:vn|com\.vn|org\.vn)\b/giu;

/** Guesses the province: "tỉnh Lâm Đồng" and "Báo Trà Vinh" count more than a bare mention. */
export function guessProvince(text: string): string | null {
  // Points per written form, then per province in the order of PROVINCE_NAMES (the first of equals wins).
  const points = new Map<string, number>();
  const add = (written: string, n: number) => points.set(written, (points.get(written) ?? 0) + n);
  PROVINCE_ANY.lastIndex = 0;
  for (let m = PROVINCE_ANY.exec(text); m !== null; m = PROVINCE_ANY.exec(text)) {
    const i = m.index;
    const written = m[0];
    const end = i + written.length;
    // Names may overlap ("Thừa Thiên Huế" holds "Huế"): look again from the next character.
    PROVINCE_ANY.lastIndex = i + 1;
    if (LETTER.test(text.charAt(i - 1)) || LETTER.test(text.charAt(end))) continue;
    const prev = text.slice(Math.max(0, i - 12), i).toLowerCase();
    if (/(?:tỉnh|thành phố|tp\.?)\s$/u.test(prev)) add(written, 2);
    else if (/(?:báo|đài)\s$/u.test(prev)) add(written, 3);
    else add(written, 1);
  }
  const scores = new Map<string, number>();
  for (const [written, name] of PROVINCE_NAMES) {
    const n = points.get(written);
    if (n !== undefined) scores.set(name, (scores.get(name) ?? 0) + n);
  }
  if (/\.vn/i.test(text)) {
    for (const m of text.matchAll(PROVINCE_SITE)) {
      const key = (m.groups?.key ?? '').toLowerCase();
      const hit = PROVINCES.find((p) => asciiKey(p) === key);
      if (hit) scores.set(hit, (scores.get(hit) ?? 0) + 3);
    }
  }
  let best: string | null = null;
  let bestScore = 1;
  for (const [name, score] of scores) {
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Reads the title, dateline, "Nguồn:" line, byline, province and main organization of an article.
 *
 * @example
 * readMetadata('Tiêu đề\n09:01, 17/01/2020\n\nNội dung.\n\nDUY NGUYỄN', [false, ...]).author // 'Duy Nguyễn'
 */
export function readMetadata(text: string, isChrome: (offset: number) => boolean): DocumentMetadata {
  const lines = toLines(text).filter((l) => !isChrome(l.start));
  let publishedAt: string | null = null;
  let datelineIndex = -1;
  for (let i = 0; i < Math.min(lines.length, 6); i++) {
    const d = readDateline(lines[i]!.text);
    if (d) {
      publishedAt = d;
      datelineIndex = i;
      break;
    }
  }
  // Some sites print the date at the foot: "Ngày đăng: 15/01/2020".
  for (let i = lines.length - 1; publishedAt === null && i >= Math.max(6, lines.length - 6); i--) {
    publishedAt = readDateline(lines[i]!.text);
  }
  const credit = lines
    .slice(0, 6)
    .map((l) => CREDIT_LINE.exec(l.text)?.groups?.name)
    .find(Boolean);
  let title: string | null = null;
  const headline = (l: Line | undefined) => !!l && l.text.length <= 200 && !/[.!?]$/.test(l.text);
  if (datelineIndex > 0 && datelineIndex <= 3) {
    title = lines[datelineIndex - 1]!.text;
  } else if (lines[0]) {
    title = SECTION_LABEL.test(lines[0].text) && headline(lines[1]) ? lines[1]!.text : lines[0].text;
  }
  if (title && title.length > 300) title = `${title.slice(0, 300)}…`;

  let source: string | null = null;
  let author: string | null = credit ? titleCase(credit) : null;
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < 6; i--, seen++) {
    const t = lines[i]!.text;
    const src = SOURCE_LINE.exec(t) ?? SOURCE_BARE.exec(t);
    if (src?.groups?.source && !source) {
      source = src.groups.source;
      continue;
    }
    if (readDateline(t)) continue;
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

  const head = lines
    .slice(0, 4)
    .map((l) => l.text)
    .join('\n');
  const named = findOrganizations(head);
  const first = named[0]?.name ?? findOrganizations(text)[0]?.name ?? null;
  // "Đảng ủy Khối" in the headline, "Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh" in the lede: the full name.
  const organization =
    named.map((o) => o.name).find((n) => first && n.startsWith(first) && n.length > first.length) ?? first;
  return { title, publishedAt, source, author, province: guessProvince(text), organization };
}
