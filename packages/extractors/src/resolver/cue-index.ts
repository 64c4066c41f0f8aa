import { type AnalyzedDocument, isLetterOrMark, type Sentence } from '@vnpr/core';
import type { Extractor } from '../contract.js';
import { cueOf, hitsCue } from './visit.js';

/** More extractors than bits in a mask: each is then tested on its own (see `cueIndexFor`). */
const MAX_BITS = 30;

/** The symbol of white space in the cue trie. */
const SPACE = 1;

/**
 * Which extractors' cues each sentence holds, found in one pass over the document for all extractors. The cue
 * words, lowercased, form a trie; the scan walks it from each character of the lowercased text, so every
 * occurrence of every word is seen (words inside others, words overlapping) at the cost of one table read for
 * a character that starts no word. A match counts for the sentence that holds it whole.
 */
export class CueIndex {
  /** Each UTF-16 code unit of a cue word (lowercased) as a small number, 0 for a unit no cue holds; white space is {@link SPACE}. */
  readonly #symbols = new Uint16Array(0x10000);
  /** The number of symbols (a row of {@link #next} per node). */
  #width = 1;
  /** The trie's edges in one table: `next[node * width + symbol]` is the node it leads to, 0 for none. Node 0 is the root. */
  readonly #next: Int32Array;
  /** For each node, the bits of the extractors whose cue word ends there. */
  readonly #ends: Int32Array;
  /** Bits of the extractors whose cues count only at the start of a word (`cuesStartWords`). */
  readonly #startWords: number;
  /** Bits of the extractors that declare no cue: they see every content sentence. */
  readonly #everywhere: number;
  readonly #extractors: readonly Extractor[];

  constructor(extractors: readonly Extractor[]) {
    if (extractors.length > MAX_BITS) throw new RangeError(`CueIndex: at most ${MAX_BITS} extractors`);
    this.#extractors = extractors;
    let everywhere = 0;
    let startWords = 0;
    // The trie is built with a map of edges, then laid out in one table for the scan.
    const edges = new Map<string, number>();
    const ends: number[] = [0];
    this.#symbols[32] = SPACE;
    this.#width = SPACE + 1;
    for (const [i, e] of extractors.entries()) {
      if (cueOf(e) === null) everywhere |= 1 << i;
      if (e.cuesStartWords) startWords |= 1 << i;
      // A run of white space in a cue is one space; the scan reads a run in the text as one too.
      for (const cue of e.cues ?? []) {
        const word = cue.toLowerCase().replace(/\s+/g, ' ');
        if (word.length === 0) continue;
        let node = 0;
        for (let k = 0; k < word.length; k++) {
          const symbol = this.#symbolOf(word.charCodeAt(k));
          const key = `${node}:${symbol}`;
          let next = edges.get(key);
          if (next === undefined) {
            next = ends.push(0) - 1;
            edges.set(key, next);
          }
          node = next;
        }
        ends[node] = (ends[node] ?? 0) | (1 << i);
      }
    }
    for (let c = 0; c < 0x10000; c++) if (c !== 32 && isSpace(c)) this.#symbols[c] = SPACE;
    this.#next = new Int32Array(ends.length * this.#width);
    for (const [key, to] of edges) {
      const [from, symbol] = key.split(':').map(Number) as [number, number];
      this.#next[from * this.#width + symbol] = to;
    }
    this.#ends = Int32Array.from(ends);
    this.#everywhere = everywhere;
    this.#startWords = startWords;
  }

  #symbolOf(unit: number): number {
    if (isSpace(unit)) return SPACE;
    let symbol = this.#symbols[unit] ?? 0;
    if (symbol === 0) {
      symbol = this.#width++;
      this.#symbols[unit] = symbol;
    }
    return symbol;
  }

  /**
   * For each sentence of the document, the bits of the extractors that see it: those whose cue it holds and
   * those without cues. A skipped sentence (chrome, caption, repeat) gets 0.
   */
  hitsOf(doc: AnalyzedDocument): Int32Array {
    const sentences = doc.sentences;
    const hits = new Int32Array(sentences.length);
    const lower = doc.text.toLowerCase();
    // A character whose lowercase is longer ("İ") would shift offsets: each extractor is then asked on its own.
    if (lower.length !== doc.text.length) return this.#oneByOne(doc, hits);
    const symbols = this.#symbols;
    const next = this.#next;
    const ends = this.#ends;
    const width = this.#width;
    const text = doc.text;
    const startWords = this.#startWords;
    for (let at = 0; at < sentences.length; at++) {
      const sentence = sentences[at] as Sentence;
      if (sentence.skip) continue;
      let mask = this.#everywhere;
      const end = sentence.end;
      for (let i = sentence.start; i < end; i++) {
        const first = lower.charCodeAt(i);
        // A cue's space is the text's " "; other white space counts only inside a cue, as part of a run.
        if (first !== 32 && symbols[first] === SPACE) continue;
        let node = next[symbols[first] ?? 0] ?? 0;
        if (node === 0) continue;
        // Inside a word, the cues of extractors that want them at a word's start do not count (asked only at a match).
        let keep = 0;
        for (let j = i + 1; node !== 0; j++) {
          const found = ends[node] ?? 0;
          if (found !== 0) {
            if (keep === 0)
              keep = i > sentence.start && isLetterOrMark(text.codePointAt(i - 1) ?? 0) ? ~startWords : -1;
            mask |= found & keep;
          }
          if (j >= end) break;
          const symbol = symbols[lower.charCodeAt(j)] ?? 0;
          if (symbol === 0) break;
          if (symbol === SPACE) while (j + 1 < end && symbols[lower.charCodeAt(j + 1)] === SPACE) j++;
          node = next[node * width + symbol] ?? 0;
        }
      }
      hits[at] = mask;
    }
    return hits;
  }

  #oneByOne(doc: AnalyzedDocument, hits: Int32Array): Int32Array {
    for (const [at, sentence] of doc.sentences.entries()) {
      if (sentence.skip) continue;
      let mask = 0;
      for (const [i, e] of this.#extractors.entries()) if (hitsCue(e, sentence.text)) mask |= 1 << i;
      hits[at] = mask;
    }
    return hits;
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

/** White space as `\s` sees it in normalized text: space, tab, line ends, and the rare others. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
