// STUB: replaced by the sentence work.
export interface SentenceSpan {
  /** Offset of the first character (whitespace trimmed). */
  start: number;
  /** Offset just past the last character. */
  end: number;
  text: string;
}

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ start: m.index + lead, end: m.index + lead + t.length, text: t });
  }
  return out;
}
