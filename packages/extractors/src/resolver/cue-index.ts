import type { AnalyzedDocument } from '@vnpr/core';
import type { Extractor } from '../contract.js';
import { cueOf } from './visit.js';

/** One cue word, lowercased, with the extractors it stands for (as bits) and those of the cues it begins with. */
interface Cue {
  word: string;
  /** The extractors whose cue list holds this word or a word it begins with ("kết nạp" for "kết nạp lại"). */
  mask: number;
  /** The words it begins with, longest first, with their own masks: for a match cut by a sentence's end. */
  prefixes: { length: number; mask: number }[];
}

/** More extractors than bits in a mask: each is then tested on its own (see `hitsOf`). */
const MAX_BITS = 30;

/**
 * Which extractors' cues each sentence holds, found in one pass over the document for all extractors: one
 * pattern made of every cue word, run once over the normalized text, instead of one pattern per extractor
 * and sentence. Each match marks the extractors of its word and of the shorter cue words it begins with
 * (at one position the pattern finds the longest word; a word starting later is found by the next search).
 */
export class CueIndex {
  readonly #extractors: readonly Extractor[];
  readonly #pattern: RegExp | null;
  readonly #cues = new Map<string, Cue>();
  /** Bits of the extractors that declare no cue: they see every content sentence. */
  readonly #everywhere: number;

  constructor(extractors: readonly Extractor[]) {
    if (extractors.length > MAX_BITS) throw new RangeError(`CueIndex: at most ${MAX_BITS} extractors`);
    this.#extractors = extractors;
    let everywhere = 0;
    const owners = new Map<string, number>();
    for (const [i, e] of extractors.entries()) {
      if (cueOf(e) === null) everywhere |= 1 << i;
      for (const word of e.cues ?? []) {
        const key = word.toLowerCase();
        owners.set(key, (owners.get(key) ?? 0) | (1 << i));
      }
    }
    this.#everywhere = everywhere;
    const words = [...owners.keys()].sort((a, b) => b.length - a.length);
    for (const word of words) {
      const prefixes = words
        .filter((other) => other.length <= word.length && word.startsWith(other))
        .map((other) => ({ length: other.length, mask: owners.get(other) ?? 0 }));
      const mask = prefixes.reduce((m, p) => m | p.mask, 0);
      this.#cues.set(word, { word, mask, prefixes });
    }
    this.#pattern =
      words.length > 0
        ? new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'giu')
        : null;
  }

  /**
   * For each sentence of the document, the bits of the extractors that see it: those whose cue it holds and
   * those without cues. A skipped sentence (chrome, caption, repeat) gets 0.
   */
  hitsOf(doc: AnalyzedDocument): Int32Array {
    const sentences = doc.sentences;
    const hits = new Int32Array(sentences.length);
    for (const [i, s] of sentences.entries()) if (!s.skip) hits[i] = this.#everywhere;
    const pattern = this.#pattern;
    if (pattern === null) return hits;
    const text = doc.text;
    let at = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const p = m.index;
      while (at < sentences.length - 1 && (sentences[at + 1]?.start ?? 0) <= p) at++;
      const sentence = sentences[at];
      if (sentence && !sentence.skip && p >= sentence.start) {
        const cue = this.#cues.get(m[0].toLowerCase());
        hits[at] = (hits[at] ?? 0) | (cue ? this.#fitting(cue, p, m[0].length, sentence.end) : this.#byPattern(m[0]));
      }
      // The next search starts one character on, so that a cue inside this match is found too.
      pattern.lastIndex = p + (m[0].codePointAt(0)! > 0xffff ? 2 : 1);
    }
    return hits;
  }

  /** The extractor at position `i` of the list this index was made for. */
  extractorAt(i: number): Extractor | undefined {
    return this.#extractors[i];
  }

  /** The bits of a match at `p`, or of its prefixes that end inside the sentence when the match runs past it. */
  #fitting(cue: Cue, p: number, length: number, end: number): number {
    if (p + length <= end) return cue.mask;
    let mask = 0;
    for (const prefix of cue.prefixes) if (p + prefix.length <= end) mask |= prefix.mask;
    return mask;
  }

  /** A match whose lowercase is not a cue word as written (case folding that `toLowerCase` does otherwise). */
  #byPattern(match: string): number {
    let mask = 0;
    for (const [i, e] of this.#extractors.entries()) if (cueOf(e)?.test(match)) mask |= 1 << i;
    return mask;
  }
}

const made = new Map<string, { extractors: readonly Extractor[]; index: CueIndex }>();

/** The cue index of a list of extractors, made once per list (the built-ins, with or without `only`, plugins). */
export function cueIndexFor(extractors: readonly Extractor[]): CueIndex | null {
  if (extractors.length > MAX_BITS) return null;
  const key = extractors.map((e) => e.id).join('\u0000');
  const known = made.get(key);
  if (known && known.extractors.length === extractors.length && known.extractors.every((e, i) => e === extractors[i]))
    return known.index;
  const index = new CueIndex(extractors);
  if (made.size > 64) made.clear();
  made.set(key, { extractors: [...extractors], index });
  return index;
}
