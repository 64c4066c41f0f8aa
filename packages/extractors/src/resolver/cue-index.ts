import type { AnalyzedDocument } from '@vnpr/core';
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
  /** Bits of the extractors that declare no cue: they see every content sentence. */
  readonly #everywhere: number;
  readonly #extractors: readonly Extractor[];

  constructor(extractors: readonly Extractor[]) {
    if (extractors.length > MAX_BITS) throw new RangeError(`CueIndex: at most ${MAX_BITS} extractors`);
    this.#extractors = extractors;
    let everywhere = 0;
    for (const [i, e] of extractors.entries()) {
      if (cueOf(e) === null) everywhere |= 1 << i;
      for (const word of e.cues ?? []) this.#add(word.toLowerCase(), 1 << i);
    }
    this.#everywhere = everywhere;
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
        for (let j = i + 1; node !== 0; j++) {
          mask |= ends[node] ?? 0;
          if (j >= end) break;
          node = edges.get(node * 0x10000 + lower.charCodeAt(j)) ?? 0;
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
