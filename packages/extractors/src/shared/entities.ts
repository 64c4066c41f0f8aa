/**
 * Canonical names of the units that reports count and rate, from the ways the press writes them.
 * Order matters: the first pattern that matches wins.
 */
const ENTITY_PATTERNS: [RegExp, string][] = [
  [/tổ chức (?:đảng|Đảng) dưới cơ sở/iu, 'tổ chức đảng dưới cơ sở'],
  [/đảng bộ bộ phận/iu, 'đảng bộ bộ phận'],
  [/tập thể(?: lãnh đạo| ban thường vụ| cấp ủy)?/iu, 'tập thể lãnh đạo'],
  [/chi(?: bộ)?, đảng bộ cơ sở|chi bộ, đảng bộ/iu, 'chi bộ, đảng bộ cơ sở'],
  [/tổ chức cơ sở(?: đảng)?|tổ chức cở sở|TCCS\s?(?:Đ|đảng)?|tổ chức đảng|cơ sở đảng/u, 'tổ chức cơ sở đảng'],
  [/đảng viên|ĐV\b/iu, 'đảng viên'],
  [/chi bộ/iu, 'chi bộ'],
  [/đảng bộ cơ sở/iu, 'đảng bộ cơ sở'],
  [/cán bộ/iu, 'cán bộ'],
];

/**
 * Maps a written unit to its canonical name ("TCCS Đảng" → "tổ chức cơ sở đảng", "ĐV" → "đảng viên").
 *
 * @example
 * canonicalEntity('TCCSĐ') // 'tổ chức cơ sở đảng'
 */
export function canonicalEntity(written: string): string {
  for (const [re, name] of ENTITY_PATTERNS) if (re.test(written)) return name;
  return written.toLowerCase();
}
