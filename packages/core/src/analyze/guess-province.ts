import { DISTRICT_TABLE, PROVINCE_TABLE } from './gazetteer-data.js';

/** The province a document is about, as of the document's time. */
export interface ProvinceGuess {
  /** The name without its kind word ("Lâm Đồng", "Hồ Chí Minh", "Thừa Thiên Huế" before 2025, "Hà Tây" before 2008). */
  province: string;
  /** Its GSO code ("68"); null for a province the 2025 register does not list (Hà Tây). */
  provinceCode: string | null;
  /** The province it belongs to after the 2025-07-01 merger ("Lâm Đồng" for Đắk Nông). */
  province2025: string;
}

interface ProvinceRow {
  code: string;
  name: string;
  mergedInto: string;
}

const FOLDED = new Map<string, string>();

/** "lâm đồng" / "LÂM ĐỒNG" / "Lam Dong" → "lam dong": lower case, no marks, đ → d, words joined by one space. */
export function foldPlaceName(s: string): string {
  let out = FOLDED.get(s);
  if (out !== undefined) return out;
  out = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  // Place names are few; a text's other words are not kept.
  if (FOLDED.size < 20_000) FOLDED.set(s, out);
  return out;
}

const PROVINCE_ROWS: readonly ProvinceRow[] = PROVINCE_TABLE.split(';').map((entry) => {
  const [code = '', rest = ''] = entry.split('=');
  const [name = '', mergedInto = ''] = rest.split('>');
  return { code, name, mergedInto };
});
const ROW_BY_CODE = new Map(PROVINCE_ROWS.map((r) => [r.code, r]));
/** Hà Tây, merged into Hà Nội on 2008-08-01; the 2025 register has no code for it. */
const HA_TAY = 'HT';

/** Folded province name → code: the register's names and the press's other ways of writing them. */
const PROVINCE_KEYS = new Map<string, string>([
  ...PROVINCE_ROWS.map((r) => [foldPlaceName(r.name), r.code] as const),
  // "Thừa Thiên Huế", "Thừa Thiên - Huế", "Huế"; "TP.HCM", "TPHCM"; "Đắc Lắc", "Daklak", "Đắk Nông"; "Hà Tây" (to 2008).
  ['thua thien hue', '46'],
  ['hcm', '79'],
  ['tphcm', '79'],

  ['dac lac', '66'],
  ['daklak', '66'],
  ['daknong', '67'],
  ['ha tay', HA_TAY],
]);

/** A district of the register: "672", province "68", kind "huyện", name "Di Linh". */
export interface DistrictRow {
  code: string;
  provinceCode: string;
  kind: DistrictKind;
  name: string;
}

/** The kind word of a district-level unit. */
export type DistrictKind = 'huyện' | 'quận' | 'thị xã' | 'thành phố';
const DISTRICT_KIND: Record<string, DistrictKind> = { h: 'huyện', q: 'quận', x: 'thị xã', t: 'thành phố' };

const DISTRICT_ROWS: readonly DistrictRow[] = DISTRICT_TABLE.split(';').map((entry) => ({
  code: entry.slice(0, 3),
  provinceCode: entry.slice(3, 5),
  kind: DISTRICT_KIND[entry.charAt(5)] ?? 'huyện',
  name: entry.slice(6),
}));

/** Folded district name → the districts of that name ("an lao" → An Lão of Hải Phòng and of Bình Định). */
const DISTRICTS_BY_KEY = new Map<string, DistrictRow[]>();
for (const row of DISTRICT_ROWS) {
  const key = foldPlaceName(row.name);
  const list = DISTRICTS_BY_KEY.get(key);
  if (list) list.push(row);
  else DISTRICTS_BY_KEY.set(key, [row]);
}

/** Folded district name → the codes of the provinces that have a district of that name ("an lao" → 31, 52). */
const DISTRICT_KEYS = new Map<string, readonly string[]>(
  [...DISTRICTS_BY_KEY].map(([key, rows]) => [key, [...new Set(rows.map((r) => r.provinceCode))]] as const),
);

/**
 * The districts of the register with this name, written any way ("Di Linh", "DI LINH", "Đơn Dương"); several
 * provinces may have one ("An Lão"), and one province two of different kinds ("Kỳ Anh": huyện and thị xã).
 *
 * @example
 * findDistricts('Di Linh') // [{ code: '672', provinceCode: '68', kind: 'huyện', name: 'Di Linh' }]
 */
export function findDistricts(name: string): readonly DistrictRow[] {
  return DISTRICTS_BY_KEY.get(foldPlaceName(name)) ?? [];
}

/**
 * The GSO code of a province written any way ("Lâm Đồng", "TP.HCM", "Thừa Thiên - Huế"), "HT" for Hà Tây, or
 * null.
 */
export function findProvinceCode(name: string): string | null {
  return PROVINCE_KEYS.get(foldPlaceName(name)) ?? null;
}

/** Compact province keys for web addresses: "baolamdong.vn", "kontumtv.vn", "quangninh.gov.vn". */
const SITE_KEYS = new Map([...PROVINCE_KEYS].map(([k, code]) => [k.replace(/ /g, ''), code]));

// The kind word before a place: "tỉnh Lâm Đồng", "Tỉnh ủy Yên Bái", "huyện Đơn Dương", "TP.HCM", "thị xã Buôn Hồ",
// "Quận ủy Hà Đông", "Báo Bến Tre", "ĐẢNG BỘ TỈNH THÁI NGUYÊN". Its case forms are spelled out: a case-insensitive
// Unicode pattern costs V8 ~30 ms more to compile, at every start.
const KIND_WORDS = [
  'tỉnh ủy',
  'thành ủy',
  'huyện ủy',
  'quận ủy',
  'thị ủy',
  'tỉnh',
  'thành phố',
  'tp',
  'huyện',
  'quận',
  'thị xã',
  'báo',
];
const caseForms = (k: string) => [
  k,
  k.charAt(0).toUpperCase() + k.slice(1),
  k.replace(/(?:^|\s)\S/g, (c) => c.toUpperCase()),
  k.toUpperCase(),
];
const KIND_BEFORE_PLACE = new RegExp(
  `(?<kind>${[...new Set(KIND_WORDS.flatMap(caseForms))].sort((x, y) => y.length - x.length).join('|')})(?:[ \\t]*\\.[ \\t]*|[ \\t]+)(?=[\\p{L}\\d])`,
  'gu',
);
// The same kind words in a text written without accents: "tinh Lam Dong", "HUYEN UY DAK GLEI".
const KIND_BEFORE_PLACE_UNACCENTED =
  /(?<kind>tinh uy|thanh uy|huyen uy|quan uy|thi uy|tinh|thanh pho|tp|huyen|quan|thi xa)(?:[ \t]*\.[ \t]*|[ \t]+)(?=[a-z\d])/giu;
// A Vietnamese letter with a mark: a text without any in its first lines is written without accents.
const ACCENTED =
  /[\u00c0-\u00ff\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u;

/** How a province is written bare, besides its name: "Thừa Thiên - Huế", "Huế", "TP.HCM", "Đăk Lăk", "Hoà Bình". */
const BARE_ALIASES = [
  'Thừa Thiên Huế',
  'Thừa Thiên - Huế',
  'Huế',
  'TP.HCM',
  'TPHCM',
  'TP HCM',
  'Đăk Lăk',
  'Đắk Lăk',
  'Đắc Lắc',
  'Daklak',
  'Đăk Nông',
  'Hà Tây',
];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A province written bare, title case or all caps ("Lâm Đồng", "BÀ RỊA - VŨNG TÀU", "Bà Rịa-Vũng Tàu"), longest
 * first. Plain alternatives (the text is normalized to single spaces): a pattern with a gap group per word
 * takes V8 ~100× longer to compile, paid at every start.
 */
const BARE_PROVINCE = new RegExp(
  [...PROVINCE_ROWS.map((r) => r.name).filter((n) => n !== 'Hồ Chí Minh'), ...BARE_ALIASES]
    .flatMap((n) => (n.includes(' - ') ? ['-', ' – ', '–', ' - '].map((dash) => n.replace(' - ', dash)) : [n]))
    .flatMap((n) => [n, n.toUpperCase()])
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
  'gu',
);
const LETTER_OR_DIGIT = /[\p{L}\p{M}\d]/u;
const TITLE_WORD_BEFORE = /\p{Lu}[\p{Ll}\p{M}]*[ \t]+$/u;
const TITLE_WORD_AFTER = /^[ \t]+\p{Lu}\p{Ll}/u;

// A web address named after the province: "baolamdong.vn", "kontumtv.vn", "www.quangninh.gov.vn".
const PROVINCE_SITE = /(?:bao)?(?<key>[a-z]{4,}?)(?:tv)?\.(?:gov\.vn|com\.vn|org\.vn|vn)(?![a-z])/giu;

const WORD = /[\p{L}\p{M}\d]+/uy;
const WORD_GAP = /(?:[ \t]*[-–][ \t]*|[ \t]+)/uy;
const UPPER_START = /^[\p{Lu}\d]/u;
const ALL_CAPS = /^[^\p{Ll}]+$/u;
const DIACRITIC_KIND: Record<string, string> = {
  'tinh uy': 'tỉnh ủy',
  'thanh uy': 'thành ủy',
  'huyen uy': 'huyện ủy',
  'quan uy': 'quận ủy',
  'thi uy': 'thị ủy',
  tinh: 'tỉnh',
  'thanh pho': 'thành phố',
  huyen: 'huyện',
  quan: 'quận',
  'thi xa': 'thị xã',
};

// A headline's place before a colon: "Khánh Hòa: …", "Đăk Lăk: …", "Hà Đông: …".
const HEADLINE_PLACE = /^(?<place>\p{Lu}[\p{L}\p{M}]*(?:(?:[ \t]*[-–][ \t]*|[ \t]+)\p{Lu}[\p{L}\p{M}]*){0,3})\s*:/u;

/** Points per kind of evidence: a name after its kind word counts more than a bare one, an outlet most. */
const POINTS = { outlet: 3, kind: 2, bare: 1 } as const;

/** Up to four words from `at`: "Lâm Đồng", "Bà Rịa - Vũng Tàu". */
function wordsAt(text: string, at: number): { words: string[]; ends: number[] } {
  const words: string[] = [];
  const ends: number[] = [];
  let pos = at;
  while (words.length < 4) {
    WORD.lastIndex = pos;
    const w = WORD.exec(text);
    if (!w) break;
    words.push(w[0]);
    pos = WORD.lastIndex;
    ends.push(pos);
    WORD_GAP.lastIndex = pos;
    if (!WORD_GAP.exec(text)) break;
    pos = WORD_GAP.lastIndex;
  }
  return { words, ends };
}

const PROVINCE_KINDS = new Set(['tỉnh', 'thành phố', 'tỉnh ủy', 'thành ủy', 'báo']);
const DISTRICT_KINDS = new Set(['thành phố', 'thành ủy', 'huyện', 'quận', 'thị xã', 'huyện ủy', 'quận ủy', 'thị ủy']);

/** The province a place after a kind word names (longest name first) and how many words it takes. */
function placeAfterKind(kind: string, words: readonly string[], caps: boolean): { code: string | null; n: number } {
  for (let n = words.length; n >= 1; n--) {
    const part = words.slice(0, n);
    // The place's words are capitalized ("tỉnh Lâm Đồng"); in an all-caps heading every word is.
    if (!caps && !part.every((w) => UPPER_START.test(w))) continue;
    const key = foldPlaceName(part.join(' '));
    const code = PROVINCE_KINDS.has(kind) ? PROVINCE_KEYS.get(key) : undefined;
    if (code) return { code, n };
    const codes = DISTRICT_KINDS.has(kind) ? DISTRICT_KEYS.get(key) : undefined;
    // A district name in several provinces ("An Lão": Hải Phòng, Bình Định) tells nothing.
    if (codes) return { code: codes.length === 1 ? (codes[0] ?? null) : null, n };
  }
  return { code: null, n: 0 };
}

/** Points per province code from every place the text names. */
export function scoreProvinces(text: string): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (code: string | null, n: number) => {
    if (code) scores.set(code, (scores.get(code) ?? 0) + n);
  };
  // Where a place after a kind word was read: a bare reading of the same words would count it twice.
  const read: [start: number, end: number][] = [];
  const unaccented = !ACCENTED.test(text.slice(0, 2000));
  for (const m of text.matchAll(unaccented ? KIND_BEFORE_PLACE_UNACCENTED : KIND_BEFORE_PLACE)) {
    if (m.index > 0 && LETTER_OR_DIGIT.test(text.charAt(m.index - 1))) continue;
    const written = m.groups?.kind ?? '';
    const lowered = written.toLowerCase();
    const kind = lowered === 'tp' ? 'thành phố' : (DIACRITIC_KIND[lowered] ?? lowered);
    if (kind === 'báo' && written !== 'Báo') continue;
    const at = m.index + m[0].length;
    const { words, ends } = wordsAt(text, at);
    const caps = written.length > 1 && ALL_CAPS.test(written);
    const { code, n } = placeAfterKind(kind, words, caps);
    if (n === 0) continue;
    read.push([m.index, ends[n - 1] ?? at]);
    add(code, kind === 'báo' ? POINTS.outlet : POINTS.kind);
  }
  let next = 0;
  for (const m of text.matchAll(BARE_PROVINCE)) {
    const end = m.index + m[0].length;
    if (
      (m.index > 0 && LETTER_OR_DIGIT.test(text.charAt(m.index - 1))) ||
      (end < text.length && LETTER_OR_DIGIT.test(text.charAt(end)))
    )
      continue;
    while (next < read.length && (read[next]?.[1] ?? 0) <= m.index) next++;
    const span = read[next];
    if (span && span[0] < end) continue;
    // Part of a longer name: "Nguyễn Thái Bình" (a person), "Thái Bình Dương" (an ocean), "Báo Hà Nội Mới".
    const before = TITLE_WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    if (before && !opensSentence(text, m.index - before[0].length)) continue;
    if (TITLE_WORD_AFTER.test(text.slice(end, end + 4))) continue;
    add(PROVINCE_KEYS.get(foldPlaceName(m[0])) ?? null, POINTS.bare);
  }
  if (text.includes('.vn')) {
    for (const m of text.matchAll(PROVINCE_SITE)) {
      if (m.index > 0 && LETTER_OR_DIGIT.test(text.charAt(m.index - 1))) continue;
      add(SITE_KEYS.get((m.groups?.key ?? '').toLowerCase()) ?? null, POINTS.outlet);
    }
  }
  return scores;
}

function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at);
  return at === 0 || /(?:^|[.!?:;(\n]\s*|\n)$/u.test(before);
}

/**
 * Guesses the province a document is about from the places it names: "tỉnh Lâm Đồng" and "huyện Di Linh" (a
 * district that only Lâm Đồng has) count more than a bare "Lâm Đồng", "Báo Trà Vinh" and "baotravinh.vn" most.
 * A headline that opens with a place ("Khánh Hòa: …") counts as much as an outlet. One province must lead clearly:
 * places of several provinces with none ahead give null. `asOf` (an ISO date, the
 * document's) picks the name of the time: "Thừa Thiên Huế" before 2025, the merged province from 2025-07-01,
 * Hà Tây before 2008-08-01.
 *
 * @example
 * guessProvince('Đảng bộ huyện Di Linh kết nạp 113 đảng viên; Huyện ủy Di Linh đã ...')
 * // → { province: 'Lâm Đồng', provinceCode: '68', province2025: 'Lâm Đồng' }
 */
export function guessProvince(
  text: string,
  asOf: string | null = null,
  title: string | null = null,
): ProvinceGuess | null {
  const scores = scoreProvinces(text);
  // A headline that opens with its place: "Khánh Hòa: Ký kết …", "Hà Đông: Khen thưởng …".
  const lead = title ? HEADLINE_PLACE.exec(title)?.groups?.place : undefined;
  if (lead) {
    const key = foldPlaceName(lead);
    const districts = DISTRICT_KEYS.get(key);
    const code = PROVINCE_KEYS.get(key) ?? (districts?.length === 1 ? districts[0] : undefined);
    if (code) scores.set(code, (scores.get(code) ?? 0) + POINTS.outlet);
  }
  let best: string | null = null;
  let bestScore = 0;
  let second = 0;
  let total = 0;
  for (const [code, score] of scores) {
    total += score;
    if (score > bestScore) {
      second = bestScore;
      best = code;
      bestScore = score;
    } else if (score > second) second = score;
  }
  // One province must lead: twice the next one, and at least as much as all the others together.
  if (!best || bestScore < 2 || bestScore < 2 * second || bestScore < total - bestScore) return null;
  return describeProvince(best, asOf);
}

/**
 * A province by its code as of a date: its name of the time, its code (the merged province's from 2025-07-01) and
 * its 2025 province.
 *
 * @example
 * describeProvince('67', '2019-05-01') // { province: 'Đắk Nông', provinceCode: '67', province2025: 'Lâm Đồng' }
 */
export function describeProvince(code: string, asOf: string | null): ProvinceGuess | null {
  if (code === HA_TAY) {
    if (asOf && asOf >= '2008-08-01') return describeProvince('01', asOf);
    return { province: 'Hà Tây', provinceCode: null, province2025: 'Hà Nội' };
  }
  const row = ROW_BY_CODE.get(code);
  const merged = row && ROW_BY_CODE.get(row.mergedInto);
  if (!row || !merged) return null;
  if (asOf && asOf >= '2025-07-01')
    return { province: merged.name, provinceCode: merged.code, province2025: merged.name };
  // Huế has been a centrally run city since 2025-01-01; before, the province was Thừa Thiên Huế.
  const name = code === '46' && !(asOf && asOf >= '2025-01-01') ? 'Thừa Thiên Huế' : row.name;
  return { province: name, provinceCode: row.code, province2025: merged.name };
}
