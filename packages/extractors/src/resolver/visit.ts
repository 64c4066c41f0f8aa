import type { AnalyzedDocument, DateMention, NumberMention, Sentence } from '@vnpr/core';
import type { Candidate, Extractor, ExtractorContext, SentenceCandidate, SentenceInput } from '../contract.js';
import type { ClaimTable } from './claims.js';
import type { Diagnostics } from './diagnostics.js';

/** The first step: each extractor proposes candidates, with offsets into `doc.text`. */
export interface Proposal {
  extractor: Extractor;
  /** The extractor's position in the run, + 1 (its mark in the claim table). */
  owner: number;
  candidate: Candidate<unknown>;
}

/** A cue list as one case-insensitive pattern ("kết nạp" also hits "Kết nạp"), or null for every sentence. */
export function cuePattern(cues: readonly string[] | undefined, startWords = false): RegExp | null {
  if (!cues || cues.length === 0) return null;
  const words = [...new Set(cues)].sort((a, b) => b.length - a.length);
  // White space in a cue stands for any run of white space in the text: "bí thư" also hits "Bí\nthư".
  const alternation = words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(startWords ? `(?<![\\p{L}\\p{M}])(?:${alternation})` : alternation, 'iu');
}

const patterns = new WeakMap<Extractor, RegExp | null>();

/** The extractor's cue pattern, compiled once per extractor. */
export function cueOf(extractor: Extractor): RegExp | null {
  let pattern = patterns.get(extractor);
  if (pattern === undefined) {
    pattern = cuePattern(extractor.cues, extractor.cuesStartWords === true);
    patterns.set(extractor, pattern);
  }
  return pattern;
}

/** True when the sentence holds one of the extractor's cues (or it declares none). */
export function hitsCue(extractor: Extractor, text: string): boolean {
  const cue = cueOf(extractor);
  return cue === null || cue.test(text);
}

/**
 * Runs one extractor over the document. The sentence form sees each content sentence that holds a cue (`sees`,
 * by default the extractor's own cue pattern; the resolver passes the answer of one scan for all) and
 * answers in sentence offsets, which are moved to document offsets here; the document form runs once when a
 * content sentence holds a cue. What the extractor gets wrong becomes a diagnostic, never an exception.
 */
export function propose(
  doc: AnalyzedDocument,
  extractor: Extractor,
  owner: number,
  inputs: SentenceInputs,
  diagnostics: Diagnostics,
  sees: (sentence: Sentence) => boolean = (s) => !s.skip && hitsCue(extractor, s.text),
): Proposal[] {
  const out: Proposal[] = [];
  const take = (candidates: unknown, sentence: Sentence | null): boolean => {
    if (!Array.isArray(candidates)) {
      diagnostics.add(
        extractor.id,
        'not-an-array',
        `extractor ${extractor.id} returned ${describe(candidates)} instead of an array of candidates`,
      );
      return false;
    }
    for (const c of candidates as unknown[]) {
      out.push({ extractor, owner, candidate: sentence ? toDocument(c, sentence) : (c as Candidate<unknown>) });
    }
    return true;
  };
  const failed = (err: unknown) =>
    diagnostics.add(extractor.id, 'extractor-failed', `extractor ${extractor.id} failed: ${(err as Error)?.message}`);
  if (extractor.fromSentence) {
    // A sentence that makes the extractor throw loses its own candidates only.
    for (const sentence of doc.sentences) {
      if (!sees(sentence)) continue;
      let candidates: unknown;
      try {
        candidates = extractor.fromSentence(inputs.of(sentence));
      } catch (err) {
        failed(err);
        continue;
      }
      if (!take(candidates, sentence)) break;
    }
  } else if (cueOf(extractor) === null || doc.sentences.some(sees)) {
    let candidates: unknown;
    try {
      candidates = extractor.extract(doc, { ...inputs.context, holdsCue: sees });
    } catch (err) {
      failed(err);
      return out;
    }
    take(candidates, null);
  }
  return out;
}

/** A sentence candidate in document offsets, with its sentence; anything else is passed on for the shape check. */
function toDocument(c: unknown, sentence: Sentence): Candidate<unknown> {
  if (c === null || typeof c !== 'object') return c as Candidate<unknown>;
  const local = c as Partial<Candidate<unknown>>;
  if (typeof local.start !== 'number' || typeof local.end !== 'number')
    return { ...local, sentence } as Candidate<unknown>;
  return toDocumentCandidate(sentence, local as SentenceCandidate<unknown>);
}

/** A candidate of one sentence (offsets into its text) in document offsets, with its sentence. */
export function toDocumentCandidate<F>(sentence: Sentence, c: SentenceCandidate<F>): Candidate<F> {
  const shift = sentence.start;
  return {
    ...c,
    start: c.start + shift,
    end: c.end + shift,
    sentence,
    claims: Array.isArray(c.claims) ? c.claims.map((k) => ({ start: k.start + shift, end: k.end + shift })) : c.claims,
  };
}

/** The number and date mentions of each sentence, indexed once per document. */
const mentions = new WeakMap<AnalyzedDocument, { numbers: NumberMention[][]; dates: DateMention[][] }>();

function mentionsOf(doc: AnalyzedDocument) {
  let m = mentions.get(doc);
  if (!m) {
    m = { numbers: bySentence(doc, doc.numbers), dates: bySentence(doc, doc.dates) };
    mentions.set(doc, m);
  }
  return m;
}

/**
 * One sentence as the sentence form reads it: its text, and its numbers and dates moved to offsets into that
 * text when first asked for. `context.isClaimed` takes document offsets. The framework makes these; a document
 * extractor that reads sentence by sentence (`shared/sentence-input.ts`) and an extractor that looks at a
 * neighbour sentence make them here too, so that there is one way to.
 */
export function sentenceInput(doc: AnalyzedDocument, sentence: Sentence, context: ExtractorContext): SentenceInput {
  const shift = sentence.start;
  let numbers: NumberMention[] | null = null;
  let dates: DateMention[] | null = null;
  return {
    text: sentence.text,
    index: sentence.index,
    publishedAt: context.publishedAt,
    doc,
    offset: shift,
    sentence,
    get numbers() {
      numbers ??= inSentence(mentionsOf(doc).numbers[sentence.index], shift);
      return numbers;
    },
    get dates() {
      dates ??= inSentence(mentionsOf(doc).dates[sentence.index], shift);
      return dates;
    },
    isClaimed: (start, end) => context.isClaimed(start + shift, end + shift),
  };
}

/** The sentence inputs of one document, made when an extractor first asks for a sentence and shared by all. */
export class SentenceInputs {
  readonly #doc: AnalyzedDocument;
  readonly #made = new Map<number, SentenceInput>();
  readonly context: ExtractorContext;

  constructor(doc: AnalyzedDocument, publishedAt: string | null, claims: ClaimTable) {
    this.#doc = doc;
    this.context = { publishedAt, isClaimed: (start, end) => claims.isClaimed(start, end) };
  }

  of(sentence: Sentence): SentenceInput {
    let input = this.#made.get(sentence.index);
    if (!input) {
      input = sentenceInput(this.#doc, sentence, this.context);
      this.#made.set(sentence.index, input);
    }
    return input;
  }
}

/** Mentions of one sentence moved from document offsets to offsets into the sentence's text, which starts at `shift`. */
function inSentence<T extends { start: number; end: number }>(mentions: readonly T[] | undefined, shift: number): T[] {
  return (mentions ?? []).map((m) => ({ ...m, start: m.start - shift, end: m.end - shift }));
}

function bySentence<T extends { sentence: number }>(doc: AnalyzedDocument, items: readonly T[]): T[][] {
  const out: T[][] = doc.sentences.map(() => []);
  for (const item of items) out[item.sentence]?.push(item);
  return out;
}

/** "null", "a number", "an object": what a value is, for a message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const kind = typeof value;
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}
