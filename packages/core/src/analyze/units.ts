/**
 * Counted nouns that follow numbers in the genre, longest first, with their canonical form.
 * "1.988 ĐV" and "62 TCCS Đảng" name the same things as "đảng viên" and "tổ chức cơ sở đảng".
 */
const UNIT_TABLE: [string, string][] = [
  ['tổ chức cơ sở đảng', 'tổ chức cơ sở đảng'],
  ['tổ chức cơ sở Đảng', 'tổ chức cơ sở đảng'],
  ['tổ chức đảng dưới cơ sở', 'tổ chức đảng dưới cơ sở'],
  ['tổ chức đảng', 'tổ chức đảng'],
  ['tổ chức cơ sở', 'tổ chức cơ sở đảng'],
  ['cơ sở đảng', 'tổ chức cơ sở đảng'],
  ['cơ sở Đảng', 'tổ chức cơ sở đảng'],
  ['TCCS Đảng', 'tổ chức cơ sở đảng'],
  ['TCCS đảng', 'tổ chức cơ sở đảng'],
  ['TCCSĐ', 'tổ chức cơ sở đảng'],
  ['TCCS', 'tổ chức cơ sở đảng'],
  ['chi bộ, đảng bộ cơ sở', 'chi bộ, đảng bộ cơ sở'],
  ['chi, đảng bộ cơ sở', 'chi bộ, đảng bộ cơ sở'],
  ['chi bộ, đảng bộ', 'chi bộ, đảng bộ'],
  ['đảng bộ bộ phận', 'đảng bộ bộ phận'],
  ['đảng bộ cơ sở', 'đảng bộ cơ sở'],
  ['chi bộ cơ sở', 'chi bộ cơ sở'],
  ['chi bộ trực thuộc', 'chi bộ trực thuộc'],
  ['chi bộ', 'chi bộ'],
  ['đảng bộ', 'đảng bộ'],
  ['đảng viên', 'đảng viên'],
  ['Đảng viên', 'đảng viên'],
  ['ĐV', 'đảng viên'],
  ['quần chúng ưu tú', 'quần chúng ưu tú'],
  ['quần chúng', 'quần chúng'],
  ['tập thể lãnh đạo', 'tập thể lãnh đạo'],
  ['tập thể', 'tập thể'],
  ['đồng chí', 'đồng chí'],
  ['cán bộ, đảng viên', 'cán bộ, đảng viên'],
  ['cán bộ', 'cán bộ'],
  ['đoàn viên', 'đoàn viên'],
  ['hội viên', 'hội viên'],
  ['lượt cán bộ, đảng viên', 'lượt cán bộ, đảng viên'],
  ['lượt đảng viên', 'lượt đảng viên'],
  ['lượt cán bộ', 'lượt cán bộ'],
  ['lượt người', 'lượt người'],
  ['lượt', 'lượt'],
  ['cuộc', 'cuộc'],
  ['lớp', 'lớp'],
  ['mô hình', 'mô hình'],
  ['văn bản', 'văn bản'],
  ['quyết định', 'quyết định'],
  ['nghị quyết', 'nghị quyết'],
  ['đề án', 'đề án'],
  ['chuyên đề', 'chuyên đề'],
  ['chỉ tiêu', 'chỉ tiêu'],
  ['nhiệm vụ', 'nhiệm vụ'],
  ['nhóm giải pháp', 'nhóm giải pháp'],
  ['giải pháp', 'giải pháp'],
  ['hoạt động', 'hoạt động'],
  ['cơ quan, đơn vị, doanh nghiệp', 'cơ quan, đơn vị, doanh nghiệp'],
  ['cơ quan', 'cơ quan'],
  ['đơn vị', 'đơn vị'],
  ['doanh nghiệp', 'doanh nghiệp'],
  ['hộ nghèo', 'hộ nghèo'],
  ['hộ', 'hộ'],
  ['người', 'người'],
  ['cá nhân', 'cá nhân'],
  ['gia đình', 'gia đình'],
  ['đại biểu', 'đại biểu'],
  ['học viên', 'học viên'],
  ['hội nghị', 'hội nghị'],
  ['buổi', 'buổi'],
  ['đợt', 'đợt'],
  ['trường', 'trường'],
  ['xã', 'xã'],
  ['thôn', 'thôn'],
  ['bài', 'bài'],
  ['tin', 'tin'],
  ['tỷ đồng', 'đồng'],
  ['tỉ đồng', 'đồng'],
  ['triệu đồng', 'đồng'],
  ['nghìn đồng', 'đồng'],
  ['ngàn đồng', 'đồng'],
  ['đồng', 'đồng'],
  ['USD', 'USD'],
  ['năm', 'năm'],
  ['tháng', 'tháng'],
  ['ngày', 'ngày'],
  ['giờ', 'giờ'],
  ['phòng', 'phòng'],
  ['trường hợp', 'trường hợp'],
  ['vụ', 'vụ'],
  ['km', 'km'],
  ['ha', 'ha'],
];

const UNITS = [...UNIT_TABLE].sort((a, b) => b[0].length - a[0].length);

/** The units by their first character, longest first: a unit can only be read where its first character stands. */
const UNITS_BY_FIRST = new Map<string, [string, string][]>();
for (const entry of UNITS) {
  const first = entry[0].charAt(0);
  const list = UNITS_BY_FIRST.get(first);
  if (list) list.push(entry);
  else UNITS_BY_FIRST.set(first, [entry]);
}

// Units of several words, also when a line break cuts them ("34 chi, đảng⏎bộ cơ sở", "303 đồng⏎ chí" in text taken
// from a PDF), which `startsWith` does not see.
const WRAPPED = new Map(
  UNITS.filter(([written]) => written.includes(' ')).map(([written]) => [
    written,
    new RegExp(`${written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}\\p{M}])`, 'uy'),
  ]),
);

/** A counted noun found right after a number. */
export interface UnitMatch {
  /** Canonical form ("ĐV" → "đảng viên"). */
  unit: string;
  /** Length of the text it covers. */
  length: number;
}

/**
 * Reads the counted noun at `pos` (after the number and its spaces), or the next lowercase word.
 *
 * @example
 * readUnit('209/150 đảng viên, đạt', 8) // { unit: 'đảng viên', length: 9 }
 */
export function readUnit(text: string, pos: number): UnitMatch | null {
  // Only a line break close after the number can cut a unit (bounded: a text may be one long line).
  const wrapped = text.slice(pos, pos + 32).includes('\n');
  for (const [written, canonical] of UNITS_BY_FIRST.get(text.charAt(pos)) ?? []) {
    if (text.startsWith(written, pos)) {
      const next = text.charAt(pos + written.length);
      if (!/[\p{L}\p{M}]/u.test(next)) return { unit: canonical, length: written.length };
    }
    const cut = wrapped ? WRAPPED.get(written) : undefined;
    if (cut) {
      cut.lastIndex = pos;
      const m = cut.exec(text);
      if (m) return { unit: canonical, length: m[0].length };
    }
  }
  const word = /[\p{Ll}][\p{L}\p{M}]*/uy;
  word.lastIndex = pos;
  const m = word.exec(text);
  if (m && !FUNCTION_WORDS.has(m[0])) return { unit: m[0], length: m[0].length };
  return null;
}

// Words that follow a number but are not what it counts ("đạt 90% trở lên", "năm 2019 và").
const FUNCTION_WORDS = new Set([
  'và',
  'với',
  'của',
  'là',
  'có',
  'được',
  'đã',
  'đạt',
  'trở',
  'so',
  'trong',
  'tại',
  'cho',
  'về',
  'đến',
  'từ',
  'thì',
  'nhưng',
  'hoặc',
  'hay',
  'để',
  'theo',
  'các',
  'những',
  'này',
  'đó',
  'khi',
  'sau',
  'trước',
  'tăng',
  'giảm',
]);
