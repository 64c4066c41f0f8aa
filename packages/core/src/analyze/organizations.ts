import { isLetter, matchAllNotAfter } from '../text/letters.js';
import { PROVINCES } from './provinces.js';

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

// Verbs and nouns that open with a name word and so end the name before them ("Tỉnh ủy Hà Giang ban hành …",
// "Đảng bộ huyện công bố …", "Huyện ủy … chính thức …").
const AFTER_NAME = new Set([
  'ban hành',
  'ban chỉ',
  'công bố',
  'công nhận',
  'công tác',
  'chính thức',
  'chính sách',
  'thành lập',
  'thành công',
  'an ninh',
  'an toàn',
  'quân đội',
  'trường hợp',
  'cấp ủy',
  'chi trả',
]);

// Family names that open the name of the person after a unit ("Thành ủy Đà Nẵng Trương Quang Nghĩa"), among those
// that open no province's or district's name in the text's own position (Hà, Lâm, Hồ, Châu, Thái … do).
export const PERSON_SURNAMES: ReadonlySet<string> = new Set([
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
  'Đinh',
  'Trương',
  'Trịnh',
  'Đoàn',
  'Lưu',
  'Lương',
  'Tạ',
  'Quách',
  'Triệu',
]);

const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);

/**
 * Where a person's name starts among the words after a unit's head: a family name after the unit's own proper
 * name ("Thành ủy Đà Nẵng | Trương Quang Nghĩa"), or, after "Tỉnh ủy", any family name that is not the opening of
 * a province ("Tỉnh ủy | Phạm Văn Sáu", but "Tỉnh ủy Lâm Đồng | Trần Đức Quận"). -1 when none does.
 */
function personStart(head: string, words: readonly string[]): number {
  if (head === 'Tỉnh ủy' && words.length > 0 && isCapitalized(words[0]!)) {
    const run = words.join(' ').toLowerCase();
    const province = PROVINCES.find((p) => run === p.toLowerCase() || run.startsWith(`${p.toLowerCase()} `));
    if (province) return words.length > province.split(' ').length ? province.split(' ').length : -1;
    if (PERSON_SURNAMES.has(words[0]!) && words.length > 1 && isCapitalized(words[1]!)) return 0;
  }
  for (let i = 1; i + 1 < words.length; i++) {
    const [before, word, after] = [words[i - 1]!, words[i]!, words[i + 1]!];
    if (PERSON_SURNAMES.has(word) && isCapitalized(before) && isCapitalized(after)) return i;
  }
  return -1;
}

/**
 * Finds the party units named in a text, in text order (the first `limit` of them).
 *
 * @example
 * findOrganizations('Đảng bộ huyện Thới Lai kết nạp 241 ĐV')[0]?.name // 'Đảng bộ huyện Thới Lai'
 */
export function findOrganizations(text: string, limit = Number.POSITIVE_INFINITY): OrganizationMention[] {
  const out: OrganizationMention[] = [];
  for (const m of matchAllNotAfter(text, ORG_HEAD, isLetter, limit)) {
    const start = m.index;
    let end = start + m[0].length;
    const words: { s: number; e: number; w: string }[] = [];
    const tail = /\s*(?<w>[\p{L}][\p{L}\p{M}.]*(?:-[\p{L}][\p{L}\p{M}]*)?)/uy;
    tail.lastIndex = end;
    for (let k = 0; k < 8; k++) {
      const wm = tail.exec(text);
      if (!wm?.groups) break;
      let w = wm.groups.w ?? '';
      // A full stop after a word ends the sentence, and the name with it ("Tỉnh ủy tỉnh Hậu Giang. Kỷ niệm …"); not
      // after an abbreviation ("TP. Hồ Chí Minh", "Tp. Bảo Lộc").
      const bare = w.replace(/\.+$/, '');
      const sentenceEnd =
        bare !== w && (w.length - bare.length > 1 || (bare.length > 2 && bare !== bare.toUpperCase()));
      if (sentenceEnd) w = bare;
      // "quan-Doanh" in "Cơ quan-Doanh nghiệp": each part of a hyphenated word counts.
      const parts = w.split('-');
      const fits = w.length > 0 && parts.every((p) => isCapitalized(p) || NAME_WORDS.has(p.toLowerCase()));
      if (!fits) break;
      const from = wm.index + wm[0].length - (wm.groups.w ?? '').length;
      if (text.slice(end, from).includes('\n')) break;
      if (!isCapitalized(w) && AFTER_NAME.has(`${w} ${nextWord(text, from + w.length)}`.toLowerCase())) break;
      words.push({ s: from, e: from + w.length, w });
      tail.lastIndex = wm.index + wm[0].length;
      if (sentenceEnd) break;
    }
    const person = personStart(
      m[0],
      words.map((x) => x.w),
    );
    if (person >= 0) words.length = person;
    while (words.length && TRAILING.has(words[words.length - 1]!.w.toLowerCase())) words.pop();
    if (words.length) end = words[words.length - 1]!.e;
    out.push({ name: text.slice(start, end), start, end });
  }
  return out;
}

/** The word that starts after `pos` (past spaces), or "". */
function nextWord(text: string, pos: number): string {
  const word = /\s*(?<w>[\p{L}\p{M}]+)/uy;
  word.lastIndex = pos;
  return word.exec(text)?.groups?.w ?? '';
}
