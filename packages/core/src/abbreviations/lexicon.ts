/**
 * The abbreviation lexicon: Party, state and mass-organisation abbreviations of the genre
 * with their expansions, loaded from `lexicon.json` and indexed for lookup.
 */

import { abbreviationLetters, relaxD } from './letters.js';
import lexiconData from './lexicon.json' with { type: 'json' };

export type AbbreviationCategory =
  | 'party-org'
  | 'state-org'
  | 'rating'
  | 'document-kind'
  | 'mass-org'
  | 'program'
  | 'title'
  | 'other';

export interface AbbreviationEntry {
  /** Canonical spelling: "TCCSĐ", "HTXSNV", "TW". */
  abbr: string;
  /** Expansion in NFC Vietnamese: "tổ chức cơ sở đảng". */
  expansion: string;
  category: AbbreviationCategory;
  /** Other spellings of the same abbreviation: "TƯ", "T.Ư" for "TW". */
  variants?: string[];
}

const CATEGORIES: ReadonlySet<string> = new Set([
  'party-org',
  'state-org',
  'rating',
  'document-kind',
  'mass-org',
  'program',
  'title',
  'other',
]);

function loadLexicon(data: unknown): readonly AbbreviationEntry[] {
  if (!Array.isArray(data)) throw new Error('abbreviations/lexicon.json: expected an array');
  return data.map((raw: unknown, i) => {
    const e = raw as Partial<AbbreviationEntry>;
    if (typeof e.abbr !== 'string' || typeof e.expansion !== 'string' || !CATEGORIES.has(e.category as string)) {
      throw new Error(`abbreviations/lexicon.json: bad entry #${i}`);
    }
    return Object.freeze({ ...e }) as AbbreviationEntry;
  });
}

/** All lexicon entries, in file order. */
export const ABBREVIATION_LEXICON: readonly AbbreviationEntry[] = loadLexicon(lexiconData);

const byExact = new Map<string, AbbreviationEntry>();
const byRelaxed = new Map<string, AbbreviationEntry[]>();
const byLetterBag = new Map<string, AbbreviationEntry[]>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

for (const entry of ABBREVIATION_LEXICON) {
  for (const spelling of [entry.abbr, ...(entry.variants ?? [])]) {
    if (!byExact.has(spelling)) byExact.set(spelling, entry);
    push(byRelaxed, relaxD(spelling), entry);
  }
  push(byLetterBag, letterBag(entry.abbr), entry);
}

/** Sorted, Đ-relaxed letters of an abbreviation: the key for permutation look-ups. */
function letterBag(abbr: string): string {
  return [...relaxD(abbreviationLetters(abbr))].sort().join('');
}

/**
 * Looks an abbreviation up in the lexicon: exact spelling or a listed variant first
 * (case-sensitive), then the same letters with D written for Đ ("TCCSD" → TCCSĐ) when
 * that is unambiguous.
 *
 * @example
 * lookupAbbreviation('TƯ')?.abbr // → 'TW'
 * lookupAbbreviation('TCCSD')?.expansion // → 'tổ chức cơ sở đảng'
 * lookupAbbreviation('tccsđ') // → null
 */
export function lookupAbbreviation(abbr: string): AbbreviationEntry | null {
  const exact = byExact.get(abbr);
  if (exact) return exact;
  const relaxed = byRelaxed.get(relaxD(abbr));
  if (relaxed && relaxed.length === 1) return relaxed[0] ?? null;
  return null;
}

/**
 * Lexicon entries spelt with the same letters in another order ("HTSXNV" → HTXSNV),
 * Đ and D counted as one letter.
 *
 * @example
 * entriesWithSameLetters('HTSXNV').map((e) => e.abbr) // → ['HTXSNV']
 */
export function entriesWithSameLetters(abbr: string): readonly AbbreviationEntry[] {
  return byLetterBag.get(letterBag(abbr)) ?? [];
}
