import type { AnalyzedDocument, DateMention, NumberMention, Sentence } from '@vnpr/core';
import type { z } from 'zod';

/** A proposed record: the extractor's own fields and where in the normalized text the evidence is. */
export interface Candidate<F> {
  fields: F;
  /** Offsets of the evidence in `doc.text` (the normalized text); the framework maps them to the source. */
  start: number;
  end: number;
  /** The sentence that holds the evidence. */
  sentence: Sentence;
  /**
   * The numbers this record takes, as offsets in `doc.text`. One number belongs to one record: an
   * extractor that runs later cannot take it again, and `quantity` never repeats it.
   */
  claims?: readonly { start: number; end: number }[];
}

/** What the framework gives each extractor besides the document. */
export interface ExtractorContext {
  /** ISO publication date, if known. */
  publishedAt: string | null;
  /** True when an earlier record took the number at these offsets (of `doc.text`). */
  isClaimed(start: number, end: number): boolean;
  /**
   * True when the sentence holds one of this extractor's cues (always true for an extractor without cues): a
   * document extractor can pass over the sentences that cannot hold a record. Set by the framework.
   */
  holdsCue?(sentence: Sentence): boolean;
}

/**
 * One sentence as a sentence extractor reads it. Every offset here, and in the candidates it returns, is
 * into `text`, the sentence itself; the framework maps them to the document and then to the source.
 */
export interface SentenceInput {
  /** The normalized sentence. */
  text: string;
  /** Its position among `doc.sentences`. */
  index: number;
  /** The number mentions of the sentence, in order, with offsets into `text`. */
  numbers: readonly NumberMention[];
  /** The dates of the sentence, in order, with offsets into `text`. */
  dates: readonly DateMention[];
  /** ISO publication date, if known. */
  publishedAt: string | null;
  /** True when an earlier record took the number at these offsets (into `text`). */
  isClaimed(start: number, end: number): boolean;
  /**
   * The whole document, for what lies outside the sentence: a neighbour (`doc.sentences[index - 1]`), the
   * metadata, the abbreviations. Its offsets are the document's: `offset` is where `text` starts in `doc.text`.
   */
  doc: AnalyzedDocument;
  offset: number;
  sentence: Sentence;
}

/** A record proposed from one sentence, with offsets into the sentence's text (see `SentenceInput`). */
export interface SentenceCandidate<F> {
  fields: F;
  start: number;
  end: number;
  /** The numbers this record takes (see `Candidate.claims`), also as offsets into the sentence. */
  claims?: readonly { start: number; end: number }[];
}

/** What every extractor declares, in either form. */
interface ExtractorBase<S extends z.ZodType> {
  /** The record type, the folder name and the Excel sheet name. */
  id: string;
  /** A zod schema of the record's own fields (the common fields type/docId/span/quote/sentence are added). */
  schema: S;
  /** One line for `--help` and the docs. */
  description?: string;
  /** Lower runs earlier and so wins a number that a later extractor wants too. Default 100. */
  priority?: number;
  /**
   * The words a sentence must hold for the extractor to look at it, matched as case-insensitive substrings
   * ("kết nạp" also hits "Kết nạp đảng viên"). A sentence extractor sees only the sentences that hold one; a
   * document extractor runs only on documents where a content sentence holds one. Leave it out to see every
   * sentence. A cue must be necessary, never sufficient: each record the extractor can find stands in a
   * sentence that holds one of its cues (the cue test checks this on the fixtures and `examples`).
   */
  cues?: readonly string[];
  /**
   * Count a cue only where it starts a word (after a character that is not a letter or a mark): "ông" then hits
   * "ông Nguyễn Văn A" but not "không" or "công tác". Default false (anywhere, as a substring).
   */
  cuesStartWords?: boolean;
  /** Phrases the extractor must find a record in: run through the cue and the extractor by the cue test. */
  examples?: readonly string[];
}

/** The sentence form (recommended): the framework walks the content sentences that hold a cue. */
export interface SentenceExtractor<S extends z.ZodType = z.ZodType> extends ExtractorBase<S> {
  fromSentence(sentence: SentenceInput): SentenceCandidate<z.infer<S>>[];
  extract?: undefined;
}

/**
 * The document form, for records that need more than one sentence (a numbered list over lines, a name
 * wrapped onto the next line) and for plugins written before the sentence form: offsets into `doc.text`.
 */
export interface DocumentExtractor<S extends z.ZodType = z.ZodType> extends ExtractorBase<S> {
  extract(doc: AnalyzedDocument, ctx: ExtractorContext): Candidate<z.infer<S>>[];
  fromSentence?: undefined;
}

/** An extractor plugin: one record type, its zod schema and the function that finds records. */
export type Extractor<S extends z.ZodType = z.ZodType> = SentenceExtractor<S> | DocumentExtractor<S>;

const ID = /^[a-z][a-zA-Z0-9]*$/;
// The framework's record types and the sheets of a workbook (an extractor's id names its sheet).
const RESERVED = new Set(['document', 'error', 'check', 'documents', 'errors', 'checks', 'summary', 'panel']);

/**
 * Declares an extractor. Checks the id and the schema at once, so a bad plugin fails when it loads,
 * not in the middle of a batch.
 *
 * @example
 * export default defineExtractor({
 *   id: 'meeting',
 *   schema: z.object({ count: z.number() }),
 *   cues: ['hội nghị'],
 *   fromSentence: (s) =>
 *     [...s.text.matchAll(/hội nghị lần thứ (\d+)/gu)].map((m) => ({
 *       fields: { count: Number(m[1]) },
 *       start: m.index,
 *       end: m.index + m[0].length,
 *     })),
 * });
 */
export function defineExtractor<S extends z.ZodType>(definition: SentenceExtractor<S>): SentenceExtractor<S>;
export function defineExtractor<S extends z.ZodType>(definition: DocumentExtractor<S>): DocumentExtractor<S>;
export function defineExtractor<S extends z.ZodType>(definition: Extractor<S>): Extractor<S>;
export function defineExtractor<S extends z.ZodType>(definition: Extractor<S>): Extractor<S> {
  if (!definition || typeof definition !== 'object') throw new TypeError('defineExtractor: expected an object');
  if (typeof definition.id !== 'string' || !ID.test(definition.id)) {
    throw new TypeError(
      `defineExtractor: id must be a camelCase word like "membership" (got ${JSON.stringify(definition.id)})`,
    );
  }
  if (RESERVED.has(definition.id))
    throw new TypeError(`defineExtractor: "${definition.id}" is reserved by the framework`);
  // Duck-typed, so that a plugin built against another copy of zod still loads.
  if (typeof (definition.schema as { safeParse?: unknown } | undefined)?.safeParse !== 'function') {
    throw new TypeError(`defineExtractor(${definition.id}): schema must be a zod schema`);
  }
  const d = definition as unknown as { fromSentence?: unknown; extract?: unknown; cues?: unknown; examples?: unknown };
  const sentenceForm = typeof d.fromSentence === 'function';
  const documentForm = typeof d.extract === 'function';
  if (sentenceForm === documentForm) {
    throw new TypeError(
      `defineExtractor(${definition.id}): give exactly one of fromSentence (sentence) => candidates or extract (doc, ctx) => candidates`,
    );
  }
  if (
    d.cues !== undefined &&
    (!Array.isArray(d.cues) || d.cues.some((c: unknown) => typeof c !== 'string' || !c.trim()))
  ) {
    throw new TypeError(`defineExtractor(${definition.id}): cues must be a list of words like ['kết nạp']`);
  }
  if (
    d.examples !== undefined &&
    (!Array.isArray(d.examples) || d.examples.some((c: unknown) => typeof c !== 'string'))
  ) {
    throw new TypeError(`defineExtractor(${definition.id}): examples must be a list of phrases`);
  }
  return definition;
}

/** Fields every record carries (see the record contract). */
export interface CommonFields {
  type: string;
  docId: string;
  /** UTF-16 offsets into the decoded text. */
  span: [number, number];
  /** Exactly `decodedText.slice(span[0], span[1])`. */
  quote: string;
  /** The normalized sentence that holds the evidence. */
  sentence: string;
}

/** A record as written to JSONL, CSV and Excel. */
export type VnprRecord = CommonFields & { [field: string]: unknown };

/**
 * Builds a document-form candidate from a regex match inside a sentence (offsets into the sentence).
 * @deprecated Kept for plugins of the document form; the sentence form takes sentence offsets as they are.
 */
export function candidateAt<F>(
  sentence: Sentence,
  localStart: number,
  localEnd: number,
  fields: F,
  claims?: readonly { start: number; end: number }[],
): Candidate<F> {
  return { fields, start: sentence.start + localStart, end: sentence.start + localEnd, sentence, claims };
}
