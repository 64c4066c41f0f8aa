import { isLetter, matchAllNotAfter } from '../text/letters.js';

/** A party or state unit named in the text, with offsets into the text searched. */
export interface OrganizationMention {
  name: string;
  start: number;
  end: number;
}

// The head word of a unit's name: "Đảng ủy Khối ...", "Đảng bộ huyện Thới Lai", "Chi bộ ...", "Huyện ủy ...".
// (Not after a letter either: see `matchAllNotAfter`.)
const ORG_HEAD = /(?:Đảng ủy|Đảng bộ|Đảng uỷ|Chi bộ|Huyện ủy|Tỉnh ủy|Thành ủy|Quận ủy|Thị ủy)(?![\p{L}])/gu;

// Lowercase words that belong inside a unit's name ("Đảng ủy Khối các cơ quan tỉnh", "Đảng bộ huyện Thới Lai").
const NAME_WORDS = new Set([
  'khối',
  'các',
  'cơ',
  'quan',
  'và',
  'doanh',
  'nghiệp',
  'tỉnh',
  'huyện',
  'xã',
  'phường',
  'thị',
  'trấn',
  'quận',
  'thành',
  'phố',
  'xã',
  'trường',
  'công',
  'ty',
  'bệnh',
  'viện',
  'sở',
  'cục',
  'chi',
  'nhánh',
  'ban',
  'ngành',
  'quân',
  'sự',
  'an',
  'biên',
  'phòng',
  'dân',
  'chính',
  'đảng',
  'trung',
  'ương',
  'cấp',
  'cơ',
  'sở',
]);

// Words that may end a name but add nothing ("Đảng ủy Khối các cơ quan và" → drop "và").
const TRAILING = new Set(['và', 'các', 'cấp', 'cơ', 'sở', 'của', 'thuộc']);

/**
 * Finds the party units named in a text.
 *
 * @example
 * findOrganizations('Đảng bộ huyện Thới Lai kết nạp 241 ĐV')[0]?.name // 'Đảng bộ huyện Thới Lai'
 */
export function findOrganizations(text: string): OrganizationMention[] {
  const out: OrganizationMention[] = [];
  for (const m of matchAllNotAfter(text, ORG_HEAD, isLetter)) {
    const start = m.index;
    let end = start + m[0].length;
    const words: { s: number; e: number; w: string }[] = [];
    const tail = /\s*(?<w>[\p{L}][\p{L}\p{M}.]*(?:-[\p{L}][\p{L}\p{M}]*)?)/uy;
    tail.lastIndex = end;
    for (let k = 0; k < 8; k++) {
      const wm = tail.exec(text);
      if (!wm?.groups) break;
      const w = wm.groups.w ?? '';
      // "quan-Doanh" in "Cơ quan-Doanh nghiệp": each part of a hyphenated word counts.
      const parts = w.split('-');
      const fits = parts.every((p) => /^\p{Lu}/u.test(p) || NAME_WORDS.has(p.toLowerCase()));
      if (!fits) break;
      if (text.slice(end, wm.index + wm[0].length - w.length).includes('\n')) break;
      words.push({ s: wm.index + wm[0].length - w.length, e: wm.index + wm[0].length, w });
      tail.lastIndex = wm.index + wm[0].length;
    }
    while (words.length && TRAILING.has(words[words.length - 1]!.w.toLowerCase())) words.pop();
    if (words.length) end = words[words.length - 1]!.e;
    out.push({ name: text.slice(start, end), start, end });
  }
  return out;
}
