/**
 * Letter and word helpers shared by the abbreviation code: folding Vietnamese letters to the
 * capitals used in abbreviations ("ủy" → U, "đảng" → Đ, "Ư" → U), comparing letter strings
 * loosely (Đ/D, permutations, one edit) and cutting a text into words with their offsets.
 */

/** Dấu thanh và dấu phụ sau khi tách NFD: "ủ" → "u" + dấu, "ơ" → "o" + dấu móc. */
const COMBINING_MARKS_RE = /\p{M}/gu;
/** Một chữ cái của chữ viết tắt: "T", "Đ", "Ư" trong "TƯ". */
const LETTER_RE = /^\p{L}$/u;
/** Chữ cái hoặc chữ số giữ lại khi so khớp cụm từ: "tổ chức cở sở" ~ "tổ chức cơ sở". */
const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;
/** Đ/đ viết thay cho D/d: "TCCSĐ" ~ "TCCSD". */
const D_STROKE_RE = /[Đđ]/g;
/** Ký tự thuộc một từ: "đảng", "TCCSĐ", "2019", "Ủy". */
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
/** Dấu chấm câu ngắt một cụm từ: "nghị. Ban", "tỉnh; Ban", "(khóa XII)", "“Dân vận khéo”". */
const CLAUSE_BREAK_RE = /^[.;:!?()[\]{}“”"‘’«»\n…]$/u;

/**
 * Folds one letter to the capital an abbreviation uses for it: diacritics and tone marks go
 * ("Ủ" → "U", "ơ" → "O", "Ư" → "U"), but Đ stays Đ (it is its own letter).
 *
 * @example
 * foldLetter('ủ') // → 'U'
 * foldLetter('đ') // → 'Đ'
 */
export function foldLetter(ch: string): string {
  return ch.normalize('NFD').replace(COMBINING_MARKS_RE, '').toUpperCase();
}

/**
 * The letters of an abbreviation, folded: connectors ("-", "&", ".", "/") and digits dropped.
 *
 * @example
 * abbreviationLetters('KT-XH') // → 'KTXH'
 * abbreviationLetters('T.Ư') // → 'TU'
 */
export function abbreviationLetters(abbr: string): string {
  let out = '';
  for (const ch of abbr) {
    if (LETTER_RE.test(ch)) out += foldLetter(ch);
  }
  return out;
}

/**
 * Relaxes Đ to D, for abbreviations typed without the Vietnamese letter ("TCCSD").
 *
 * @example
 * relaxD('TCCSĐ') // → 'TCCSD'
 */
export function relaxD(s: string): string {
  return s.replace(D_STROKE_RE, (c) => (c === 'Đ' ? 'D' : 'd'));
}

/**
 * Folds a phrase for loose comparison: lowercase, no diacritics (đ → d), punctuation and
 * repeated spaces removed. "tổ chức cở sở" and "Tổ chức cơ sở" fold to the same string.
 *
 * @example
 * foldPhrase('Trong sạch, vững mạnh') // → 'trong sach vung manh'
 */
export function foldPhrase(s: string): string {
  const base = relaxD(s.normalize('NFD').replace(COMBINING_MARKS_RE, '')).toLowerCase();
  let out = '';
  let pendingSpace = false;
  for (const ch of base) {
    if (LETTER_OR_DIGIT_RE.test(ch)) {
      if (pendingSpace && out.length > 0) out += ' ';
      out += ch;
      pendingSpace = false;
    } else {
      pendingSpace = true;
    }
  }
  return out;
}

/**
 * True when `a` and `b` hold the same letters in any order ("HTSXNV" and "HTXSNV").
 *
 * @example
 * sameLetterMultiset('HTSXNV', 'HTXSNV') // → true
 */
export function sameLetterMultiset(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  return [...a].sort().join('') === [...b].sort().join('');
}

/**
 * True when `a` and `b` differ by at most one insertion, deletion or substitution. Linear.
 *
 * @example
 * withinOneEdit('TCCSĐ', 'TCCS') // → true
 * withinOneEdit('HTXSNV', 'HTNV') // → false
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < la && j < lb) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    edits++;
    if (edits > 1) return false;
    if (la > lb) i++;
    else if (lb > la) j++;
    else {
      i++;
      j++;
    }
  }
  edits += la - i + (lb - j);
  return edits <= 1;
}

/** A word of a text with its offsets; `breakBefore` is set when a clause break precedes it. */
export interface Word {
  text: string;
  start: number;
  end: number;
  breakBefore: boolean;
}

/**
 * Cuts `text[from, to)` into words ("đảng", "TCCSĐ", "2019"); hyphens, commas and spaces
 * separate words, clause punctuation (". ; : ( ) “ ”") also marks `breakBefore`.
 *
 * @example
 * tokenizeWords('kinh tế - xã hội (KT-XH)').map((w) => w.text)
 * // → ['kinh', 'tế', 'xã', 'hội', 'KT', 'XH']
 */
export function tokenizeWords(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  let pendingBreak = false;
  let i = from;
  while (i < to) {
    const ch = text[i] as string;
    if (WORD_CHAR_RE.test(ch)) {
      let j = i + 1;
      while (j < to && WORD_CHAR_RE.test(text[j] as string)) j++;
      words.push({ text: text.slice(i, j), start: i, end: j, breakBefore: pendingBreak });
      pendingBreak = false;
      i = j;
    } else {
      if (CLAUSE_BREAK_RE.test(ch)) pendingBreak = true;
      i++;
    }
  }
  return words;
}

/**
 * The words of the clause that ends at `pos` (exclusive), at most `maxWords`, reading back
 * no further than `maxChars` and stopping at clause punctuation. In text order.
 *
 * @example
 * wordsBefore('Nghị quyết. Ủy ban nhân dân (UBND)', 28).map((w) => w.text)
 * // → ['Ủy', 'ban', 'nhân', 'dân']
 */
export function wordsBefore(text: string, pos: number, maxWords: number, maxChars = 240): Word[] {
  const limit = Math.max(0, pos - maxChars);
  let s = pos;
  while (s > limit && !CLAUSE_BREAK_RE.test(text[s - 1] as string)) s--;
  const words = tokenizeWords(text, s, pos);
  // A word cut in half by the look-back limit is not a word of the clause.
  if (s === limit && s > 0 && WORD_CHAR_RE.test(text[s - 1] as string)) words.shift();
  return words.length > maxWords ? words.slice(words.length - maxWords) : words;
}
