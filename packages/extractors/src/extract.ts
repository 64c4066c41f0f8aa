import { type AnalyzedDocument, analyze, normalize, type Sentence } from '@vnpr/core';
import { withChecks } from './checks/index.js';
import type { Candidate, Extractor, ExtractorContext, VnprRecord } from './contract.js';
import { documentRecord } from './document/index.js';
import { builtinExtractors } from './registry.js';
import { isIntertitle, isLead } from './shared/lead.js';
import { withUnits } from './units/index.js';

export interface ExtractOptions {
  /** The document id (`docId` of every record). Default "document". */
  id?: string;
  /** ISO publication date known outside the text (a JSONL field, a file's metadata). */
  publishedAt?: string | null;
  /** Only these record types (the `document` record is always written; add "check" for their checks). */
  only?: readonly string[];
  /** Third-party extractors (from `defineExtractor`), run after the built-ins of the same priority. */
  plugins?: readonly Extractor[];
}

/**
 * Turns one document, as text or raw bytes, into records: the `document` record first, then every
 * record the extractors find, in text order. Throws `InputError` for bytes that are not text.
 *
 * @example
 * import { extract } from '@vnpr/extractors';
 * extract('Năm 2023, đã kết nạp 209/150 đảng viên, đạt 139,33% so nghị quyết.', { id: 'a.txt' })
 * // → [{ type: 'document', ... }, { type: 'membership', action: 'kết nạp', count: 209, target: 150, percentOfTarget: 139.33, ... }]
 */
export function extract(input: string | Uint8Array | ArrayBuffer, options: ExtractOptions = {}): VnprRecord[] {
  checkOptions(options);
  const text = checkInput(input);
  const published = isIsoDate(options.publishedAt) ? options.publishedAt : null;
  const doc = analyze(text, { id: options.id ?? 'document', reference: published });
  return extractFromDocument(doc, options);
}

/** Runs the extractors over an analyzed document (see `extract`). */
export function extractFromDocument(doc: AnalyzedDocument, options: ExtractOptions = {}): VnprRecord[] {
  checkOptions(options);
  const problems: string[] = [];
  let published: string | null = null;
  if (isIsoDate(options.publishedAt)) published = options.publishedAt;
  else if (typeof options.publishedAt === 'string')
    problems.push(`publishedAt ${JSON.stringify(options.publishedAt)} is not an ISO date (YYYY-MM-DD): left out`);
  options = { ...options, publishedAt: published };
  const extractors = selectExtractors(options);
  // Who took each code unit of the normalized text: 0 for nobody, else the extractor's position + 1.
  // Claims are short spans, so checking one is a few array reads, whatever the size of the document.
  // (Made at the first claim: most documents of a general archive have none.)
  let owner: Int32Array | null = null;
  const ownerAt = (start: number, end: number, other: number) => {
    if (owner === null) return false;
    for (let i = Math.max(0, start); i < Math.min(end, owner.length); i++)
      if (owner[i] && owner[i] !== other) return true;
    return false;
  };
  const isClaimed = (start: number, end: number) => ownerAt(start, end, -1);
  const ctx: ExtractorContext = { publishedAt: options.publishedAt ?? doc.metadata.publishedAt, isClaimed };
  const accepted: Accepted[] = [];

  for (const [position, extractor] of extractors.entries()) {
    const me = position + 1;
    let candidates: Candidate<unknown>[];
    try {
      candidates = extractor.extract(doc, ctx);
    } catch (err) {
      problems.push(`extractor ${extractor.id} failed: ${(err as Error).message}`);
      continue;
    }
    if (!Array.isArray(candidates)) {
      problems.push(`extractor ${extractor.id} returned ${describe(candidates)} instead of an array of candidates`);
      continue;
    }
    for (const c of candidates) {
      const shape = candidateProblem(c);
      if (shape) {
        problems.push(`extractor ${extractor.id} proposed ${shape}: dropped`);
        continue;
      }
      if (c.sentence.skip) continue;
      const claims = c.claims ?? [];
      if (claims.some((k) => ownerAt(k.start, k.end, me))) continue;
      const parsed = extractor.schema.safeParse(c.fields);
      if (!parsed.success) {
        problems.push(
          `extractor ${extractor.id} produced an invalid record: ${parsed.error.issues[0]?.message ?? 'schema'}`,
        );
        continue;
      }
      const fields = parsed.data as Record<string, unknown>;
      const unsafe = unserializable(fields);
      if (unsafe) {
        problems.push(`extractor ${extractor.id} produced a record with ${unsafe}: dropped`);
        continue;
      }
      const taken = FRAMEWORK_FIELDS.filter((k) => Object.hasOwn(fields, k));
      if (taken.length > 0) {
        problems.push(
          `extractor ${extractor.id} set ${taken.map((k) => JSON.stringify(k)).join(', ')}, which the framework sets: ignored`,
        );
      }
      const record = toRecord(doc, extractor.id, c, fields);
      if (typeof record === 'string') {
        problems.push(record);
        continue;
      }
      const key = `${extractor.id}\u0000${JSON.stringify(parsed.data)}`;
      if (claims.length > 0) {
        owner ??= new Int32Array(doc.text.length + 1);
        const claimed = owner;
        for (const k of claims) claimed.fill(me, Math.max(0, k.start), Math.min(k.end, claimed.length));
      }
      // An intertitle ("Phấn đấu kết nạp 600 đảng viên trở lên" above its paragraph) repeats the body as a lead does;
      // not for quantities, whose repeat is a bare value (a body line such as "Địa chỉ: số 2 …" would match any 2).
      const lead = isLead(doc, c.sentence, c.start) || (extractor.id !== 'quantity' && isIntertitle(doc, c.sentence));
      accepted.push({ record, start: c.start, key, lead });
    }
  }
  accepted.sort((a, b) => a.start - b.start);
  const head = documentRecord(doc, published, [...new Set(problems)]);
  // Each record with an organization gets its canonical unit (its own organization's, else the document's).
  const records = withUnits([head, ...withoutRepeats(withoutLeadRepeats(accepted)).map((a) => a.record)]);
  // `check` records follow the records they concern; `only` without "check" leaves them out.
  return options.only?.length && !options.only.includes('check') ? records : withChecks(records);
}

interface Accepted {
  record: VnprRecord;
  start: number;
  /** The record's type and fields, for exact repeats. */
  key: string;
  /** Found in the headline, a caption or before the dateline (see `isLead`). */
  lead: boolean;
}

/**
 * The lead repeats a figure the body reports: the headline "Đảng bộ huyện Nghi Lộc kết nạp 120 đảng viên mới" or
 * a photo caption above "Năm 2023, Đảng bộ huyện đã kết nạp 120 đảng viên mới, đạt 109% kế hoạch". The lead's
 * record goes when a body record of the same type has every figure it has. One fact, one record: the body's.
 */
function withoutLeadRepeats(accepted: Accepted[]): Accepted[] {
  if (!accepted.some((a) => a.lead)) return accepted;
  // The body's records by type and figure, so that a lead record is compared only with those sharing a figure.
  const body = new Map<string, Set<string>[]>();
  for (const a of accepted) {
    if (a.lead) continue;
    const figures = new Set(figuresOf(a.record));
    for (const f of figures) {
      const key = `${a.record.type}\u0000${f}`;
      const list = body.get(key);
      if (list) list.push(figures);
      else body.set(key, [figures]);
    }
  }
  return accepted.filter(({ record, lead }) => {
    if (!lead) return true;
    const own = figuresOf(record);
    if (own.length === 0) return true;
    const candidates = body.get(`${record.type}\u0000${own[0]}`) ?? [];
    return !candidates.some((theirs) => own.every((f) => theirs.has(f)));
  });
}

/** The same record twice (a paragraph repeated): the first one stays. */
function withoutRepeats(accepted: Accepted[]): Accepted[] {
  const seen = new Set<string>();
  return accepted.filter(({ key }) => !seen.has(key) && seen.add(key) !== undefined);
}

/** A record's numbers with their field ("count=120", "values.value=90"), also those in lists of measures. */
function figuresOf(record: VnprRecord): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(record)) {
    if (typeof v === 'number' && k !== 'index') out.push(`${k}=${v}`);
    if (Array.isArray(v))
      for (const item of v)
        if (item && typeof item === 'object')
          for (const [ik, iv] of Object.entries(item)) if (typeof iv === 'number') out.push(`${k}.${ik}=${iv}`);
  }
  return out;
}

function selectExtractors(options: ExtractOptions): Extractor[] {
  const all = [...builtinExtractors, ...(options.plugins ?? [])];
  // Two extractors of one id would write one sheet and claim each other's records: refused, as the CLI does.
  const ids = new Set<string>();
  for (const e of all) {
    if (ids.has(e.id)) {
      const builtin = builtinExtractors.some((b) => b.id === e.id);
      throw new TypeError(
        `extract: two extractors have the id "${e.id}"${builtin ? ' (a built-in type): give the plugin its own id' : ''}`,
      );
    }
    ids.add(e.id);
  }
  const only = options.only?.length ? new Set(options.only) : null;
  const chosen = only ? all.filter((e) => only.has(e.id)) : all;
  return chosen
    .map((e, order) => ({ e, order }))
    .sort((a, b) => (a.e.priority ?? 100) - (b.e.priority ?? 100) || a.order - b.order)
    .map((x) => x.e);
}

const flat = new WeakMap<Sentence, string>();

/** The sentence on one line, for the `sentence` column (computed once per sentence). */
function flatSentence(sentence: Sentence): string {
  let text = flat.get(sentence);
  if (text === undefined) {
    text = sentence.text.replace(/ ?\n ?/g, ' ');
    flat.set(sentence, text);
  }
  return text;
}

/** Maps a candidate to a record, or returns what is wrong with its span. */
function toRecord(
  doc: AnalyzedDocument,
  type: string,
  c: Candidate<unknown>,
  fields: Record<string, unknown>,
): VnprRecord | string {
  if (!(c.start >= 0 && c.end > c.start && c.end <= doc.text.length)) {
    return `extractor ${type} gave a span outside the text: [${c.start}, ${c.end})`;
  }
  // A span that ends inside a group of the normalization (a number before combining marks: "%\u0301")
  // is widened to the whole group, so that it maps back to the source.
  const map = doc.normalized.map;
  let from = c.start;
  let to = c.end;
  while (from > 0 && map[from] === map[from - 1]) from--;
  while (to < doc.text.length && map[to] === map[to - 1]) to++;
  const start = map[from] ?? 0;
  const end = map[to] ?? doc.source.length;
  const quote = doc.source.slice(start, end);
  if (normalize(quote).text !== doc.text.slice(from, to)) {
    return `extractor ${type} gave a span that does not map back to the source: [${c.start}, ${c.end})`;
  }
  const own = { ...fields };
  for (const k of FRAMEWORK_FIELDS) delete own[k];
  return {
    type,
    docId: doc.id,
    span: [start, end],
    quote,
    sentence: flatSentence(c.sentence),
    ...own,
  };
}

/** The fields every record carries, which the framework sets and an extractor's fields never override. */
const FRAMEWORK_FIELDS = ['type', 'docId', 'span', 'quote', 'sentence'] as const;

/** What a candidate lacks to be read at all, or null when it has the shape of one. */
function candidateProblem(c: unknown): string | null {
  if (c === null || typeof c !== 'object') return `${describe(c)} as a candidate`;
  const { fields, start, end, sentence } = c as Partial<Candidate<unknown>>;
  if (typeof start !== 'number' || typeof end !== 'number') return 'a candidate without numeric start and end';
  if (sentence === null || typeof sentence !== 'object' || typeof sentence.index !== 'number')
    return 'a candidate without its sentence';
  if (fields === null || typeof fields !== 'object') return 'a candidate without fields';
  return null;
}

/** Names a value that JSON, CSV and Excel cannot hold (a BigInt, a function, a symbol, NaN), or null. */
function unserializable(value: unknown, path = 'fields', depth = 0): string | null {
  if (depth > 20) return `fields nested deeper than 20 levels (${path})`;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `a non-finite number at ${path}`;
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol' || value === undefined)
    return `a ${typeof value} at ${path}`;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const problem = unserializable(item, `${path}[${i}]`, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return `a ${proto?.constructor?.name ?? 'class'} object at ${path}`;
  for (const [k, item] of Object.entries(value as Record<string, unknown>)) {
    // An optional field left undefined is absent, as JSON writes it.
    if (item === undefined) continue;
    const problem = unserializable(item, `${path}.${k}`, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** "null", "a number", "an object": what a value is, for a message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const kind = typeof value;
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value);
}

/** The input as `analyze` takes it, or a TypeError that says what `extract` accepts. */
function checkInput(input: unknown): string | Uint8Array {
  if (typeof input === 'string' || input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  throw new TypeError(
    `extract: input must be a string or bytes (Uint8Array, Buffer, ArrayBuffer); got ${describe(input)}`,
  );
}

/** A TypeError naming the first option of the wrong type and what it accepts. */
function checkOptions(options: unknown): asserts options is ExtractOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new TypeError(`extract: options must be an object like { id: 'a.txt' }; got ${describe(options)}`);
  const o = options as Record<string, unknown>;
  if (o.id !== undefined && typeof o.id !== 'string')
    throw new TypeError(`extract: options.id must be a string (the document's id); got ${describe(o.id)}`);
  if (o.publishedAt !== undefined && o.publishedAt !== null && typeof o.publishedAt !== 'string')
    throw new TypeError(
      `extract: options.publishedAt must be an ISO date string like '2023-12-28' or null; got ${describe(o.publishedAt)}`,
    );
  if (o.only !== undefined && (!Array.isArray(o.only) || o.only.some((t) => typeof t !== 'string')))
    throw new TypeError(
      `extract: options.only must be an array of record types, e.g. ['membership']; got ${describe(o.only)}`,
    );
  if (
    o.plugins !== undefined &&
    (!Array.isArray(o.plugins) ||
      o.plugins.some((p) => p === null || typeof p !== 'object' || typeof p.extract !== 'function'))
  )
    throw new TypeError('extract: options.plugins must be an array of extractors (from defineExtractor or loadPlugin)');
}
