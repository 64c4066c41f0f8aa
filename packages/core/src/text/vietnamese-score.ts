/**
 * How Vietnamese a piece of text looks. Used to choose between candidate decodings
 * of the same bytes (UTF-8, TCVN3, VNI, Windows-1258) and to decide whether text is
 * mojibake worth repairing. The right decoding turns bytes into real syllables; the
 * wrong ones produce tokens with stray symbols or impossible letter combinations.
 */

/** Frequent syllables of Vietnamese political and administrative writing (NFC, new-style tone placement). */
const FREQUENT_SYLLABLES: ReadonlySet<string> = new Set(
  (
    'của và các được đảng năm trong những cho với người đã này là có một không để về theo đến tại từ ' +
    'cán bộ chính trị đồng chí tỉnh ủy ban thường vụ hội nghị công tác xây dựng phát triển kinh tế xã ' +
    'lãnh đạo chỉ thực hiện nhiệm quyết định nhân dân nước việt nam quốc gia thành phố huyện đại biểu ' +
    'kết quả tổ chức đoàn khối cơ quan đơn vị trên tiếp tục đề ngày tháng cũng như đó khi sự phải làm ' +
    'học tập triển khai bí thư phó trưởng nhà văn hóa kiểm tra giám sát chủ tịch nhiều đồng thời ' +
    'mới bảo đảm hoạt động lực lượng sản xuất tiêu tình hình việc vào ra hơn đây đó trung ương'
  ).split(' '),
);

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_CHARS = '\u0300\u0301\u0303\u0309\u0323';
const VOWEL_MARKS = '\u0302\u0306\u031b';

/** True when every tone mark in the NFD string follows a vowel (possibly after its circumflex, breve or horn). */
function tonesOnVowels(decomposed: string): boolean {
  for (let k = 0; k < decomposed.length; k++) {
    if (!TONE_CHARS.includes(decomposed[k] as string)) continue;
    let p = k - 1;
    while (p >= 0 && VOWEL_MARKS.includes(decomposed[p] as string)) p--;
    if (p < 0 || !'aeiouyAEIOUY'.includes(decomposed[p] as string)) return false;
  }
  return true;
}
const ONSETS = [
  'ngh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ng',
  'nh',
  'ph',
  'qu',
  'th',
  'tr',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];

/** Toneless Vietnamese rhymes (vần), generated from nucleus + final combinations. */
const RHYMES: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  const add = (list: string) => {
    for (const r of list.split(' ')) set.add(r);
  };
  // Open rhymes and rhymes ending in a semivowel.
  add('a e ê i o ô ơ u ư y ia ua ưa ya oa oe uê uy uơ uya');
  add('ai ay ây oi ôi ơi ui ưi uôi ươi oai oay uây');
  add('ao au âu eo êu iu ưu iêu yêu ươu oao oeo uyu');
  // Nuclei that take the consonant finals c m n ng p t.
  const nuclei = 'a ă â e ê i o ô ơ u ư iê yê uô ươ oa oă oe uâ uê uy uyê oo'.split(' ');
  for (const nu of nuclei) for (const fin of ['c', 'm', 'n', 'ng', 'p', 't']) set.add(nu + fin);
  for (const nu of ['a', 'ê', 'i', 'oa', 'uê', 'uy']) for (const fin of ['ch', 'nh']) set.add(nu + fin);
  return set;
})();

/**
 * True when `word` (lowercase, NFC) is a well-formed Vietnamese syllable: an onset
 * consonant, a rhyme, and at most one tone mark.
 *
 * @example isVietnameseSyllable('đảng') // → true
 * @example isVietnameseSyllable('khèi') // → false ("ei" is not a Vietnamese rhyme)
 */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  // A tone sits on a vowel (after its own circumflex, breve or horn): "ñ" is n + tilde, no tone.
  if (tones && !tonesOnVowels(decomposed)) return false;
  const bare = tones ? decomposed.replace(TONE_MARKS, '').normalize('NFC') : word;
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rhyme = bare.slice(onset.length);
    // Every matching onset is tried: "giữa" = gi + ưa, "gì" = g + i.
    if (RHYMES.has(rhyme)) return true;
  }
  return false;
}

/** Details of a score; `value` is the per-token average used for comparisons. */
export interface VietnameseScore {
  /** Average points per word token (roughly −1 … 2). */
  value: number;
  /** Word tokens seen. */
  words: number;
  /** Tokens that are frequent Vietnamese syllables with a diacritic. */
  frequentHits: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
const ASCII_ONLY = /^[a-zA-Z]*$/; // word tokens are letters only

/**
 * Scores how Vietnamese `text` looks: +2 per frequent syllable with a diacritic, +1 per
 * frequent ASCII syllable or other well-formed syllable with a diacritic, −1 per token
 * holding non-ASCII letters that is no Vietnamese syllable, −1 per U+FFFD or control character.
 *
 * @example scoreVietnamese('Đảng ủy Khối').value > scoreVietnamese('§¶ng ñy Khèi').value // → true
 */
export function scoreVietnamese(text: string): VietnameseScore {
  let points = 0;
  let words = 0;
  let frequentHits = 0;
  for (const m of text.normalize('NFC').toLowerCase().matchAll(WORD)) {
    const w = m[0];
    words++;
    const ascii = ASCII_ONLY.test(w);
    if (FREQUENT_SYLLABLES.has(w) || (!ascii && FREQUENT_SYLLABLES.has(newStyle(w)))) {
      if (ascii) points += 1;
      else {
        points += 2;
        frequentHits++;
      }
    } else if (!ascii) {
      points += isVietnameseSyllable(w) ? 1 : -1;
    }
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c < 0xa0)) {
      points -= 1;
    }
  }
  return { value: words === 0 ? 0 : points / words, words, frequentHits };
}

/** Moves an old-style tone from the final vowel to the glide ("hoá" → "hóa") for lookups. */
function newStyle(w: string): string {
  const last = w.length - 1;
  if (last < 1) return w;
  const glide = w[last - 1] as string;
  const vowel = w[last] as string;
  if (!/[oOuU]/.test(glide) || (/[uU]/.test(glide) && /[qQ]/.test(w[last - 2] ?? ''))) return w;
  const d = vowel.normalize('NFD');
  if (d.length !== 2) return w;
  const base = d[0] as string;
  if (/[oO]/.test(glide) ? !/[aeAE]/.test(base) : !/[yY]/.test(base)) return w;
  return w.slice(0, last - 1) + (glide + d[1]).normalize('NFC') + base;
}
