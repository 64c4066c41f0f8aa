// STUB: replaced by the normalize work (NFC, spaces, CRLF, zero-width, tone placement, exact offset map).

export interface NormalizedText {
  /** The normalized text that extractors match against. */
  text: string;
  /** The decoded text it came from. */
  source: string;
  /**
   * `map[i]` is the offset in `source` where normalized code unit `i` starts;
   * `map[text.length] === source.length`.
   */
  map: Int32Array;
}

export function normalize(source: string): NormalizedText {
  const map = new Int32Array(source.length + 1);
  for (let i = 0; i <= source.length; i++) map[i] = i;
  return { text: source, source, map };
}

/** Maps a normalized span `[start, end)` back to the source text. */
export function toSourceSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  return [norm.map[start] ?? 0, norm.map[end] ?? norm.source.length];
}

/** Folds old-style tone placement to the new style ("hoà" → "hòa", "Uỷ" → "Ủy") on NFC text. */
export function foldTone(s: string): string {
  return s;
}
