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
  readonly #width: number;
  /** The trie's edges in one table: `next[node * width + symbol]` is the node it leads to, 0 for none. Node 0 is the root. */
  readonly #next: Int32Array;
  /** For each node, the bits of the extractors whose cue word ends there. */
  readonly #ends: Int32Array;
  /** For each node, the bits of the extractors whose cue word ends there or further on: once a sentence has them all, the walk stops. */
  readonly #reach: Int32Array;
  /** Bits of the extractors whose cues count only at the start of a word (`cuesStartWords`). */
  readonly #startWords: number;
  /** Bits of the extractors that declare no cue: they see every content sentence. */
  readonly #everywhere: number;
  readonly #extractors: readonly Extractor[];

  constructor(extractors: readonly Extractor[]) {
    if (extractors.length > MAX_BITS) throw new RangeError(`CueIndex: at most ${MAX_BITS} extractors`);
    this.#extractors = extractors;
    // A run of white space in a cue is one space; the scan reads a run in the text as one too.
    const words = extractors.map((e) =>
      (e.cues ?? []).map((cue) => cue.toLowerCase().replace(/\s+/g, ' ')).filter((w) => w.length > 0),
    );
    // Every code unit of the words gets its symbol first, so that a node's row in the table has its final width.
    const symbols = this.#symbols;
    for (let c = 0; c < 0x10000; c++) if (isSpace(c)) symbols[c] = SPACE;
    let width = SPACE + 1;
    for (const word of words.flat())
      for (let k = 0; k < word.length; k++)
        if (symbols[word.charCodeAt(k)] === 0) symbols[word.charCodeAt(k)] = width++;
    const next: number[] = new Array(width).fill(0);
    const ends: number[] = [0];
    const reach: number[] = [0];
    let everywhere = 0;
    let startWords = 0;
    for (const [i, e] of extractors.entries()) {
      if (cueOf(e) === null) everywhere |= 1 << i;
      if (e.cuesStartWords) startWords |= 1 << i;
      for (const word of words[i] ?? []) {
        let node = 0;
        for (let k = 0; k < word.length; k++) {
          const edge = node * width + (symbols[word.charCodeAt(k)] ?? 0);
          if (next[edge] === 0) {
            next[edge] = ends.push(0) - 1;
            reach.push(0);
            for (let w = 0; w < width; w++) next.push(0);
          }
          node = next[edge] ?? 0;
          reach[node] = (reach[node] ?? 0) | (1 << i);
        }
        ends[node] = (ends[node] ?? 0) | (1 << i);
      }
    }
    this.#width = width;
    this.#next = Int32Array.from(next);
    this.#ends = Int32Array.from(ends);
    this.#reach = Int32Array.from(reach);
    this.#everywhere = everywhere;
    this.#startWords = startWords;
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
    const reach = this.#reach;
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
        // No word from here can add an extractor the sentence does not already have ("đảng" once more, a digit).
        if (node === 0 || ((reach[node] ?? 0) & ~mask) === 0) continue;
        // Inside a word, the cues of extractors that want them at a word's start do not count (asked only at a match).
        let keep = 0;
        for (let j = i + 1; node !== 0; j++) {
          const found = ends[node] ?? 0;
          if ((found & startWords) === 0) mask |= found;
          else {
            if (keep === 0)
              keep = i > sentence.start && isLetterOrMark(text.codePointAt(i - 1) ?? 0) ? ~startWords : -1;
            mask |= found & keep;
          }
          if (j >= end) break;
          const symbol = symbols[lower.charCodeAt(j)] ?? 0;
          if (symbol === 0) break;
          if (symbol === SPACE) while (j + 1 < end && symbols[lower.charCodeAt(j + 1)] === SPACE) j++;
          node = next[node * width + symbol] ?? 0;
          if (((reach[node] ?? 0) & ~mask) === 0) break;
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
