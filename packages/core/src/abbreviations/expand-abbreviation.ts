/**
 * Abbreviations in Party and state reports: definitions written in the text
 * ("tổ chức cơ sở đảng (TCCSĐ)"), the lexicon, and abbreviations built from the initials
 * of a phrase the text uses ("ĐBKCCQ" for "Đảng bộ Khối các cơ quan").
 */
import {
  abbreviationLetters,
  foldLetter,
  foldPhrase,
  relaxD,
  sameLetterMultiset,
  tokenizeWords,
  type Word,
  withinOneEdit,
  wordsBefore,
} from './letters.js';
import {
  ABBREVIATION_LEXICON,
  type AbbreviationCategory,
  type AbbreviationEntry,
  entriesWithSameLetters,
  lookupAbbreviation,
} from './lexicon.js';

export { ABBREVIATION_LEXICON, type AbbreviationCategory, type AbbreviationEntry, lookupAbbreviation };

export interface AbbreviationDefinition {
  abbr: string;
  expansion: string;
  /** Span of the whole definition "tổ chức cơ sở đảng (TCCSĐ)" in the text searched. */
  start: number;
  end: number;
}

/** Nội dung trong ngoặc đơn, không lồng, tối đa 80 ký tự: "(TCCSĐ)", "(Đảng ủy Khối)", "(khóa XII)". */
const PARENTHESIS_RE = /\(([^()\n]{1,80})\)/g;
/** Chữ viết tắt toàn chữ hoa, có thể nối bằng "-", "&", ".", "/": "TCCSĐ", "KT-XH", "GD&ĐT", "T.Ư". */
const ABBREVIATION_RE = /^\p{Lu}[\p{Lu}&./-]{1,14}$/u;
/** Tên gọi tắt viết hoa chữ đầu, 2–6 từ, không số, không dấu câu: "Đảng ủy Khối", "Ban Chỉ đạo". */
const SHORT_NAME_RE = /^\p{Lu}[\p{L}]*(?: [\p{L}]+){1,5}$/u;
/** Cụm từ thường (chữ đầu viết thường) trong ngoặc sau chữ viết tắt: "TCCSĐ (tổ chức cơ sở đảng)". */
const LOWER_PHRASE_RE = /^\p{Ll}[\p{L}]*(?:,? [\p{L}]+){1,11}$/u;
/** Số La Mã (khóa, lần thứ) trong ngoặc, không phải chữ viết tắt: "(XII)", "(VIII)", "(IX)". */
const ROMAN_NUMERAL_RE = /^[IVX]+$/;
/** Chữ thường trong chữ viết tắt: "htxsnv" không phải cách viết sai của "HTXSNV". */
const LOWERCASE_LETTER_RE = /\p{Ll}/u;
/** Một chữ cái bất kỳ, để đếm chữ trong "ĐBKCCQ". */
const LETTER_RE = /\p{L}/u;
/** Chữ hoa đầu từ: "Đảng", "Ủy", "Ban". */
const UPPER_INITIAL_RE = /^\p{Lu}/u;

/** Hư từ mà chữ viết tắt có thể bỏ qua: "Bộ Giáo dục và Đào tạo (BGDĐT)". */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['và', 'của', 'các', 'những', 'với', 'về', 'cho', 'tại', 'ở']);

/** Most words an expansion may span (letters plus skipped function words). */
const MAX_PHRASE_WORDS = 20;

function initialOf(word: string): string {
  return foldLetter(word[0] ?? '');
}

/** Initials of `words`, and initials with function words skipped (null if none skipped). */
function initialsOf(words: readonly Word[]): [string, string | null] {
  let all = '';
  let content = '';
  let skipped = false;
  for (const w of words) {
    const ini = initialOf(w.text);
    all += ini;
    if (FUNCTION_WORDS.has(w.text.toLowerCase())) skipped = true;
    else content += ini;
  }
  return [all, skipped ? content : null];
}

type LetterTest = (initials: string, letters: string) => boolean;

/**
 * Tiers of letter matching, strictest first: exact; Đ written as D; same letters in another
 * order ("HTSXNV"); one letter added, dropped or changed. The loose tiers need at least three
 * letters and the same first letter.
 */
const LETTER_TESTS: readonly LetterTest[] = [
  (ini, letters) => ini === letters,
  (ini, letters) => relaxD(ini) === relaxD(letters),
  (ini, letters) => letters.length >= 3 && ini[0] === letters[0] && sameLetterMultiset(relaxD(ini), relaxD(letters)),
  (ini, letters) =>
    letters.length >= 4 &&
    relaxD(ini[0] ?? '') === relaxD(letters[0] ?? '') &&
    withinOneEdit(relaxD(ini), relaxD(letters)),
];

/**
 * Index into `words` of the first word of the shortest trailing run whose initials spell
 * `letters` (under the strictest tier that matches), or -1.
 */
function matchTrailingRun(words: readonly Word[], letters: string): number {
  const n = words.length;
  for (const test of LETTER_TESTS) {
    const maxRun = Math.min(n, letters.length + 4);
    for (let k = 1; k <= maxRun; k++) {
      const first = words[n - k] as Word;
      if (FUNCTION_WORDS.has(first.text.toLowerCase())) continue;
      const [all, content] = initialsOf(words.slice(n - k));
      if (test(all, letters) || (content !== null && test(content, letters))) return n - k;
    }
  }
  return -1;
}

/** "phrase (Short Name)": the nearest preceding run that starts with the short name's first word and contains its other words in order. */
function matchShortName(words: readonly Word[], shortName: string): number {
  const short = shortName.split(' ').map(foldPhrase);
  const folded = words.map((w) => foldPhrase(w.text));
  for (let i = words.length - short.length - 1; i >= 0; i--) {
    if (folded[i] !== short[0] || !UPPER_INITIAL_RE.test((words[i] as Word).text)) continue;
    let s = 1;
    for (let j = i + 1; j < folded.length && s < short.length; j++) {
      if (folded[j] === short[s]) s++;
    }
    if (s === short.length) return i;
  }
  return -1;
}

/**
 * Finds definitions of abbreviations and short names in a text, with their spans:
 *  - "phrase (ABBR)": the shortest run of words just before the parenthesis whose initials
 *    spell ABBR ("tổ chức cơ sở đảng (TCCSĐ)"); function words like "và" may be skipped;
 *    misspelt abbreviations are accepted when the letters are a permutation of the initials
 *    ("hoàn thành xuất sắc nhiệm vụ (HTSXNV)") or one edit away; the phrase is kept as
 *    written ("tổ chức cở sở (TCCS)");
 *  - "ABBR (phrase)": the reverse order, exact initials only;
 *  - "Long Name (Short Name)": a capitalised short name whose words occur in order in the
 *    phrase before it; the phrase starts at the nearest capitalised word equal to the short
 *    name's first word ("Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh (Đảng ủy Khối)").
 * Parentheses holding numbers, years, time zones, terms or lowercase remarks are ignored.
 *
 * @example
 * findAbbreviationDefinitions('chất lượng các tổ chức cơ sở đảng (TCCSĐ) được nâng lên')
 * // → [{ abbr: 'TCCSĐ', expansion: 'tổ chức cơ sở đảng', start: 15, end: 41 }]
 */
export function findAbbreviationDefinitions(text: string): AbbreviationDefinition[] {
  const out: AbbreviationDefinition[] = [];
  for (const m of text.matchAll(PARENTHESIS_RE)) {
    const open = m.index;
    const close = open + m[0].length;
    const inner = (m[1] ?? '').trim();
    // "phrase (ABBR)" by initials, or "long name (Short name)": both take the words before the parenthesis.
    const isAbbreviation = ABBREVIATION_RE.test(inner) && !ROMAN_NUMERAL_RE.test(inner);
    if (isAbbreviation || SHORT_NAME_RE.test(inner)) {
      const letters = isAbbreviation ? abbreviationLetters(inner) : '';
      if (isAbbreviation && letters.length < 2) continue;
      const words = wordsBefore(text, open, MAX_PHRASE_WORDS);
      const first = isAbbreviation ? matchTrailingRun(words, letters) : matchShortName(words, inner);
      if (first < 0) continue;
      const startWord = words[first] as Word;
      const lastWord = words[words.length - 1] as Word;
      out.push({
        abbr: inner,
        expansion: text.slice(startWord.start, lastWord.end),
        start: startWord.start,
        end: close,
      });
      continue;
    }
    if (LOWER_PHRASE_RE.test(inner)) {
      const before = wordsBefore(text, open, 1, 24);
      const abbrWord = before[0];
      let gap = open;
      while (gap > 0 && open - gap < 4 && text[gap - 1] === ' ') gap--;
      if (!abbrWord || abbrWord.end !== gap) continue;
      if (!ABBREVIATION_RE.test(abbrWord.text)) continue;
      const letters = abbreviationLetters(abbrWord.text);
      const [all, content] = initialsOf(tokenizeWords(inner));
      if (relaxD(all) === relaxD(letters) || (content !== null && relaxD(content) === relaxD(letters))) {
        out.push({ abbr: abbrWord.text, expansion: inner, start: abbrWord.start, end: close });
      }
    }
  }
  return out;
}

/** Finds the definition of `abbr` in a context: same spelling first, then Đ written as D. */
function definitionIn(abbr: string, context: string): AbbreviationDefinition | null {
  const defs = findAbbreviationDefinitions(context);
  const exact = defs.find((d) => d.abbr === abbr);
  if (exact) return exact;
  const relaxed = relaxD(abbr);
  return defs.find((d) => relaxD(d.abbr) === relaxed) ?? null;
}

/**
 * A run of words in `context` whose initials spell the 3+ capitals of `abbr`
 * (case-insensitive, Đ ~ D), not crossing clause punctuation. A run starting with a
 * capitalised word is preferred; among equals, the first in the text.
 */
function phraseFromInitials(abbr: string, context: string): string | null {
  const capitals = [...abbr].filter((c) => UPPER_INITIAL_RE.test(c)).length;
  if (capitals < 3 || capitals !== [...abbr].filter((c) => LETTER_RE.test(c)).length) return null;
  const letters = relaxD(abbreviationLetters(abbr));
  const words = tokenizeWords(context);
  const initials = words.map((w) => relaxD(initialOf(w.text)));
  let fallback: string | null = null;
  const L = letters.length;
  for (let i = 0; i + L <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < L; k++) {
      if (initials[i + k] !== letters[k] || (k > 0 && (words[i + k] as Word).breakBefore)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const phrase = context.slice((words[i] as Word).start, (words[i + L - 1] as Word).end);
    if (UPPER_INITIAL_RE.test(phrase)) return phrase;
    fallback ??= phrase;
  }
  return fallback;
}

/**
 * Expands an abbreviation. A definition in `context` wins ("tổ chức cơ sở đảng (TCCSĐ)");
 * then the lexicon (case-sensitive, variants such as "TƯ", and D for Đ: "TCCSD");
 * then, for an unknown abbreviation of 3+ capitals, a phrase of `context` whose word
 * initials spell it ("ĐBKCCQ" → "Đảng bộ Khối các cơ quan"). Otherwise null.
 *
 * @example
 * expandAbbreviation('UBND') // → 'Ủy ban nhân dân'
 * expandAbbreviation('TCCS', 'các tổ chức cở sở (TCCS) đảng') // → 'tổ chức cở sở'
 * expandAbbreviation('ĐBKCCQ', 'Đảng bộ Khối các cơ quan tỉnh: Một nhiệm kỳ') // → 'Đảng bộ Khối các cơ quan'
 * expandAbbreviation('XYZW') // → null
 */
export function expandAbbreviation(abbr: string, context?: string): string | null {
  if (context) {
    const def = definitionIn(abbr, context);
    if (def) return def.expansion;
  }
  const entry = lookupAbbreviation(abbr);
  if (entry) return entry.expansion;
  if (context) return phraseFromInitials(abbr, context);
  return null;
}

function entryByExpansion(expansion: string): AbbreviationEntry | null {
  const folded = foldPhrase(expansion);
  return ABBREVIATION_LEXICON.find((e) => foldPhrase(e.expansion) === folded) ?? null;
}

/**
 * Maps an abbreviation, possibly misspelt, to the lexicon's canonical spelling: a known
 * spelling or variant maps to its entry ("HTTNV" stays, "TƯ" → "TW"); otherwise the
 * expansion defined in `context` is matched against the lexicon's expansions
 * ("hoàn thành xuất sắc nhiệm vụ (HTSXNV)" → "HTXSNV"); otherwise D for Đ ("TCCSD" →
 * "TCCSĐ"); otherwise the letters' multiset, when it picks out a single entry (a rating
 * entry preferred): "HTSXNV" → "HTXSNV". Returns null when nothing matches.
 *
 * @example
 * canonicalAbbreviation('HTSXNV') // → 'HTXSNV'
 * canonicalAbbreviation('HTTNV') // → 'HTTNV'
 * canonicalAbbreviation('TCCS', 'các tổ chức cở sở (TCCS) đảng') // → 'TCCS'
 * canonicalAbbreviation('QWERTY') // → null
 */
export function canonicalAbbreviation(abbr: string, context?: string): string | null {
  const known = lookupAbbreviation(abbr);
  if (known && (known.abbr === abbr || known.variants?.includes(abbr))) return known.abbr;
  if (context) {
    const def = definitionIn(abbr, context);
    const byMeaning = def ? entryByExpansion(def.expansion) : null;
    if (byMeaning) return byMeaning.abbr;
  }
  if (known) return known.abbr;
  if (LOWERCASE_LETTER_RE.test(abbr)) return null;
  const candidates = entriesWithSameLetters(abbr);
  const ratings = candidates.filter((e) => e.category === 'rating');
  if (ratings.length === 1) return (ratings[0] as AbbreviationEntry).abbr;
  if (candidates.length === 1) return (candidates[0] as AbbreviationEntry).abbr;
  return null;
}
