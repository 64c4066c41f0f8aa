import type { RatingFields } from './schema.js';

// The level written out: "hoàn thành xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành nhiệm vụ",
// "không hoàn thành nhiệm vụ" (quoted or capitalized too: “Hoàn thành tốt nhiệm vụ”).
export const LEVEL_PHRASE =
  /(?<not>không\s+)?hoàn thành\s+(?<grade>xuất sắc\s+|tốt\s+)?nhiệm vụ(?!\s+(?:chính trị|được giao|chuyên môn|trọng tâm|đề ra|của))/giu;

// The level as an abbreviation, canonical or misspelt: "HTXSNV", "HTTNV", "HTNV", "KHTNV", "HTSXNV", "HTXNSV"
// (any order of a level's letters; `levelOf` decides).
export const LEVEL_ABBREVIATION = /(?<![\p{L}])(?<abbr>[HK][A-ZĐ]{3,5})(?![\p{L}])/gu;

/** The levels, by their canonical abbreviation. */
const LEVELS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;

/** Canonical abbreviation for each spelling of a level. */
export function levelOf(written: string): RatingFields['level'] | null {
  const t = written.toLowerCase().replace(/\s+/g, ' ');
  if (t.startsWith('không')) return 'KHTNV';
  if (t.includes('xuất sắc')) return 'HTXSNV';
  if (t.includes('tốt')) return 'HTTNV';
  if (t.startsWith('hoàn thành')) return 'HTNV';
  if (!/^[A-ZĐ]+$/.test(written)) return null;
  const letters = written.split('').sort().join('');
  for (const level of LEVELS) {
    if (level.split('').sort().join('') === letters) return level;
  }
  return null;
}

/** The orders of some letters, each once ("HTNV" → "HTNV", "HTVN", … 24 in all). */
function ordersOf(letters: string): string[] {
  if (letters.length <= 1) return [letters];
  const out = new Set<string>();
  for (let i = 0; i < letters.length; i++) {
    for (const rest of ordersOf(letters.slice(0, i) + letters.slice(i + 1))) out.add(letters.charAt(i) + rest);
  }
  return [...out];
}

/**
 * The words without which a sentence names no level (the extractor's cues): "nhiệm vụ" of `LEVEL_PHRASE`, and each
 * spelling `levelOf` reads as an abbreviation, any order of a level's letters that opens with H or K as
 * `LEVEL_ABBREVIATION` wants ("HTXSNV", misspelt "HTSXNV", "KHTNV": 186 spellings).
 */
export const LEVEL_CUES: readonly string[] = [
  'nhiệm vụ',
  ...new Set(LEVELS.flatMap((level) => ordersOf(level).filter((w) => /^[HK]/.test(w)))),
];

// Between a counted subject and its level: "đạt", "được xếp loại", "được đánh giá, xếp loại", "xếp loại", quotes
// (“…”, "…", ‘…’, '…').
export const BEFORE_LEVEL = /^[\s“"‘']*(?:(?:đạt|được|xếp loại|đánh giá|phân loại|,)\s*){0,5}[\s“"‘'(]*$/iu;

// Between a level and the count that follows it: "là", ":", "có", "đạt", "đạt trên", "chiếm hơn" ("hoàn thành tốt
// nhiệm vụ là 37/58 tập thể", "hoàn thành tốt nhiệm vụ đạt trên 73% số đảng viên").
export const AFTER_LEVEL =
  /^[\s”"’')]*(?:\([A-ZĐ]{3,7}\))?[\s”"’']*(?:trở lên\s*)?(?:là|:|có|đạt|gồm|chiếm)?\s*(?:(?:trên|hơn|gần|khoảng|xấp xỉ)\s+)?$/iu;

// "… trở lên" after the level: this level or better.
export const OR_ABOVE = /^[\s”"’')]*(?:\([A-ZĐ]{3,7}\))?[\s”"’']*trở lên/iu;

// The share after a count: "(chiếm 22,3%)", ", đạt 95%", "(tỷ lệ 90%)", "chiếm tỉ lệ 76,3%".
export const SHARE_AFTER = /^[\s”"’')]*(?:\([A-ZĐ]{3,7}\))?[\s”"’']*[(,]?\s*(?:chiếm|đạt|bằng)?\s*(?:t[ỷỉ] lệ\s*)?$/iu;

// Between a count's subject and its share in parentheses, before the level: "9 đảng viên (15,5%) hoàn thành …",
// "12 chi bộ (chiếm 20%) đạt …".
export const SHARE_OPEN = /^\s*\(\s*(?:chiếm\s+)?(?:t[ỷỉ] lệ\s+)?$/iu;

// Right before a share in parentheses: "(15,5%", "(chiếm 20%", "(tỉ lệ 9%".
export const SHARE_OPENED = /\(\s*(?:chiếm\s+)?(?:t[ỷỉ] lệ\s+)?$/iu;

// Before the counted subject, after the number: "73% số đảng viên", "chiếm 68% tổng số tổ chức cơ sở đảng",
// "85% trở lên chi bộ".
export const SUBJECT_LEAD = /^\s?(?:trở lên\s+)?(?:(?:tổng\s+)?số\s+)?/iu;

// A subject written with a short or capitalized word: "24 chi, Đảng bộ", "chi bộ, Đảng bộ cơ sở".
export const SUBJECT_VARIANT = /^chi(?: bộ)?,\s*[Đđ]ảng bộ(?: cơ sở)?(?![\p{L}])/u;

// Two subjects that share one level: "trên 85% chi bộ và trên 88% đảng viên hoàn thành tốt nhiệm vụ", "14 tổ chức
// cơ sở đảng, 203 đảng viên được xếp loại …" (the words between the first subject and the next number).
export const SHARED_LEVEL_GAP = /^\s*(?:,|và|,\s*và)\s*(?:(?:trên|hơn|gần|khoảng|xấp xỉ|có)\s+)?$/iu;

// A rate named before the level, so that a bare number after it is a percentage: "tỷ lệ đảng viên hoàn thành xuất
// sắc nhiệm vụ đạt 13,2", "tỉ lệ hoàn thành tốt nhiệm vụ đạt 60".
export const RATE_BEFORE = /t[ỷỉ] lệ(?:\s+[^\s;,.]+){0,5}\s*$/iu;

// A subject named earlier in the sentence, for "HTXSNV: 20 (chiếm 15%)" and "tỷ lệ đảng viên HTTNV đạt 95%".
export const SUBJECT_WORD =
  /tổ chức cơ sở đảng|tổ chức cơ sở Đảng|TCCSĐ|TCCS Đảng|TCCS đảng|TCCS|tổ chức đảng|đảng viên|Đảng viên|ĐV|chi bộ|tập thể lãnh đạo|tập thể/gu;

/** Subjects a level can be given to. */
export const SUBJECT_UNITS = new Set([
  'tổ chức cơ sở đảng',
  'tổ chức đảng',
  'đảng viên',
  'chi bộ',
  'đảng bộ',
  'đảng bộ cơ sở',
  'chi bộ cơ sở',
  'tập thể lãnh đạo',
  'tập thể',
  'chi bộ, đảng bộ cơ sở',
  'chi bộ, đảng bộ',
  'chi bộ trực thuộc',
  'đảng bộ bộ phận',
  'cán bộ',
  'cán bộ, đảng viên',
  'đồng chí',
]);
