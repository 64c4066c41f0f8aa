import { type AnalyzedDocument, isLetterOrMark } from '@vnpr/core';
import type { Extractor } from '../contract.js';
import { cueOf, hitsCue } from './visit.js';

/** More extractors than bits in a mask: each is then tested on its own (see `cueIndexFor`). */
const MAX_BITS = 30;

/**
 * Which extractors' cues each sentence holds, found in one pass over the document for all extractors. The cue
 * words, lowercased, form a trie; the scan walks it from each character of the lowercased text, so every
 * occurrence of every word is seen (words inside others, words overlapping) at the cost of one table read for
 * a character that starts no word. A match counts for the sentence that holds it whole.
 */
export class CueIndex {
  /** The first level of the trie by UTF-16 code unit: the node a character leads to, 0 for none. */
  readonly #root = new Int32Array(0x10000);
  /** The other edges: `node * 0x10000 + code unit` → node. */
  readonly #edges = new Map<number, number>();
  /** For each node, the bits of the extractors whose cue word ends there. */
  readonly #ends: number[] = [0];
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
    for (const [i, e] of extractors.entries()) {
      if (cueOf(e) === null) everywhere |= 1 << i;
      if (e.cuesStartWords) startWords |= 1 << i;
      // A run of white space in a cue is one space; the scan reads a run in the text as one too.
      for (const word of e.cues ?? []) this.#add(word.toLowerCase().replace(/\s+/g, ' '), 1 << i);
    }
    this.#everywhere = everywhere;
    this.#startWords = startWords;
  }

  #add(word: string, bit: number): void {
    if (word.length === 0) return;
    let node = this.#root[word.charCodeAt(0)] ?? 0;
    if (node === 0) {
      node = this.#ends.push(0) - 1;
      this.#root[word.charCodeAt(0)] = node;
    }
    for (let i = 1; i < word.length; i++) {
      const key = node * 0x10000 + word.charCodeAt(i);
      let next = this.#edges.get(key);
      if (next === undefined) {
        next = this.#ends.push(0) - 1;
        this.#edges.set(key, next);
      }
      node = next;
    }
    this.#ends[node] = (this.#ends[node] ?? 0) | bit;
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
    const root = this.#root;
    const edges = this.#edges;
    const ends = this.#ends;
    for (const [at, sentence] of sentences.entries()) {
      if (sentence.skip) continue;
      let mask = this.#everywhere;
      const end = sentence.end;
      for (let i = sentence.start; i < end; i++) {
        let node = root[lower.charCodeAt(i)] ?? 0;
        if (node === 0) continue;
        // Inside a word, the cues of extractors that want them at a word's start do not count.
        const keep = i > sentence.start && isLetterOrMark(doc.text.codePointAt(i - 1) ?? 0) ? ~this.#startWords : -1;
        for (let j = i + 1; node !== 0; j++) {
          mask |= (ends[node] ?? 0) & keep;
          if (j >= end) break;
          let c = lower.charCodeAt(j);
          if (isSpace(c)) {
            c = 32;
            while (j + 1 < end && isSpace(lower.charCodeAt(j + 1))) j++;
          }
          node = edges.get(node * 0x10000 + c) ?? 0;
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
