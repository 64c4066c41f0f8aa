// STUB: replaced by the abbreviations work.
export interface AbbreviationDefinition {
  abbr: string;
  expansion: string;
  /** Span of the whole definition "tổ chức cơ sở đảng (TCCSĐ)" in the text searched. */
  start: number;
  end: number;
}

/** Expands an abbreviation: definitions found in `context` win over the lexicon. */
export function expandAbbreviation(abbr: string, _context?: string): string | null {
  const lex: Record<string, string> = { UBND: 'Ủy ban nhân dân' };
  return lex[abbr] ?? null;
}

/** Finds "phrase (ABBR)" definitions in a text, misspelt abbreviations included. */
export function findAbbreviationDefinitions(_text: string): AbbreviationDefinition[] {
  return [];
}
