import { type AnalyzedDocument, completeDay, type Sentence } from '@vnpr/core';
import {
  type Candidate,
  defineExtractor,
  type ExtractorContext,
  type SentenceCandidate,
  type SentenceInput,
} from '../contract.js';
import { cuePattern } from '../resolver/visit.js';
import { readSentences } from '../shared/sentence-input.js';
import { readUnitName } from '../shared/unit-name.js';
import {
  BARE_NUMBERED,
  ISSUE_DATE,
  ISSUED_BY_VERB,
  ISSUER_HEAD_END,
  ISSUER_LEAD,
  ISSUER_LOWER_REST,
  KIND_AT,
  KIND_BEFORE,
  KIND_OF_CODE,
  NAMED,
  OPENING_ISSUE_DATE,
  ORDINAL_WORDS,
  REFERENCE_CUE,
  REFERENCE_CUES,
  ROMAN,
  STRICT_CODES,
  SYMBOL,
  SYMBOL_CONTINUED,
  TERM,
} from './patterns.js';
import { type ReferenceFields, referenceSchema } from './schema.js';

/** The cue words as the pattern the framework makes of them: the sentences read for citations. */
const CUE = cuePattern(REFERENCE_CUES);

/** What follows a citation: its date, issuer and term, and where the citation ends (local offsets). */
interface Tail {
  date: string | null;
  issuer: string | null;
  term: string | null;
  /** A second term written with the first ("khóa XI, XII"): a second document of the same name. */
  term2: string | null;
  end: number;
}

/** How far after a symbol its date, issuer and term are looked for. */
const TAIL_WINDOW = 60;

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A day with its year written, from a pattern's day/month(W)/year groups; null when it is not on the calendar. */
function writtenDay(g: Record<string, string | undefined>): string | null {
  const month = Number(g.month ?? g.monthW);
  return completeDay(Number(g.day), month, Number(g.year))?.value ?? null;
}

/**
 * The day a sentence says the citation at `start` was issued on, when it opens with it: "Ngày 5/9/2021, Huyện ủy đã
 * ban hành Kế hoạch số 45-KH/HU".
 */
function issuedOnOpening(text: string, start: number): string | null {
  const d = OPENING_ISSUE_DATE.exec(text);
  if (!d?.groups || !ISSUED_BY_VERB.test(text.slice(d[0].length, start))) return null;
  return writtenDay(d.groups);
}

/**
 * Reads what follows a citation, in the order the press writes it: ", ngày 18/10/2023", " của Ban Thường vụ
 * Tỉnh ủy", " khóa XIII" (each optional).
 */
function readTail(text: string, from: number): Tail {
  let end = from;
  let date: string | null = null;
  let issuer: string | null = null;
  let term: string | null = null;
  // Bounded windows keep a long sentence of many citations linear.
  const d = ISSUE_DATE.exec(text.slice(end, end + TAIL_WINDOW));
  if (d?.groups) {
    date = writtenDay(d.groups);
    if (date) end += d[0].length;
  }
  const lead = ISSUER_LEAD.exec(text.slice(end, end + TAIL_WINDOW));
  if (lead) {
    const at = end + lead[0].length;
    const stop = readIssuer(text, at);
    const name = text.slice(at, stop);
    // "Chỉ thị 01 của Thủ| tưởng Chính phủ" (a misspelt title cut after its first word): no issuer rather than a
    // fragment ("Đảng" is a whole one).
    const fragment = !name.includes(' ') && name !== 'Đảng' && /^ \p{Ll}/u.test(text.slice(stop));
    if (stop > at && !fragment) {
      issuer = name;
      end = stop;
    }
  }
  const t = TERM.exec(text.slice(end, end + TAIL_WINDOW));
  let term2: string | null = null;
  if (t?.groups) {
    term = t.groups.term ?? null;
    term2 = t.groups.term2 && t.groups.term2 !== term ? t.groups.term2 : null;
    end += t[0].length;
  }
  return { date, issuer, term, term2, end };
}

/**
 * An issuer's name from `at`: the unit name, and the lowercase rest of a head word the name reader stopped at
 * ("Tổng cục hải quan", "Bộ Công nghiệp", "Ban bí thư").
 */
function readIssuer(text: string, at: number): number {
  let stop = readUnitName(text, at, 14, KIND_AT);
  if (stop > at && ISSUER_HEAD_END.test(text.slice(at, stop))) {
    ISSUER_LOWER_REST.lastIndex = stop;
    if (ISSUER_LOWER_REST.exec(text)) stop = ISSUER_LOWER_REST.lastIndex;
  }
  return stop;
}

/** "T.Ư", "TƯ" → "TW"; spaces and en dashes out: "100 - KL/T.Ư" → "100-KL/TW". */
function normalizeSymbol(raw: string): string {
  return raw
    .replace(/\s+/g, '')
    .replace(/–/g, '-')
    .replace(/T\.Ư|TƯ/g, 'TW')
    .replace(/&amp;/g, '&');
}

/** Numbered citations of one sentence: "Quy định số 3286-QĐ/TU, ngày 18/10/2023 của Ban Thường vụ Tỉnh ủy". */
function findNumbered(text: string): SentenceCandidate<ReferenceFields>[] {
  const out: SentenceCandidate<ReferenceFields>[] = [];
  for (const m of text.matchAll(SYMBOL)) {
    const g = m.groups ?? {};
    const code = g.pCode ?? g.sCode ?? g.slashCode ?? null;
    const before = KIND_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const written = before?.groups?.kind ? capitalize(before.groups.kind) : null;
    let kind = written ?? (g.law ? 'Luật' : code ? (KIND_OF_CODE[code] ?? null) : null);
    if (!kind) continue;
    if (code === 'QĐ' && written === null) kind = 'Quyết định';
    // "Nghị định 05/2005/NQ-CP", "quy định số 16/2005/NĐ-CP" (a kind word used loosely): the code of a resolution,
    // decree, directive or notice tells the kind.
    if (written && code && STRICT_CODES.has(code)) kind = KIND_OF_CODE[code] ?? kind;
    const start = before ? m.index - before[0].length : m.index;
    // "215/GD-ĐT|-TC", "15/2005/QĐ-BGD|&ĐT", "27-CV/TH|.U": the symbol goes on past its office code.
    SYMBOL_CONTINUED.lastIndex = m.index + m[0].length;
    const more = SYMBOL_CONTINUED.exec(text)?.[0] ?? '';
    const tail = readTail(text, m.index + m[0].length + more.length);
    // "39/KH/HU" is written for "39-KH/HU".
    const symbol = g.slashNum
      ? normalizeSymbol(`${g.slashNum}-${g.slashCode}/${g.slashOrg}${more}`)
      : normalizeSymbol(m[0] + more);
    out.push({
      fields: {
        kind,
        symbol,
        number: g.pNum ?? g.sNum ?? g.slashNum ?? null,
        date: tail.date ?? issuedOnOpening(text, start),
        issuer: tail.issuer,
        term: tail.term,
        name: null,
      },
      start,
      end: tail.end,
    });
  }
  return out;
}

/** Citations by number alone: "Chỉ thị 05 của Bộ Chính trị" (a year such as "Kế hoạch 2024" is not a number). */
function findBareNumbered(text: string): SentenceCandidate<ReferenceFields>[] {
  const out: SentenceCandidate<ReferenceFields>[] = [];
  for (const m of text.matchAll(BARE_NUMBERED)) {
    const g = m.groups ?? {};
    const number = g.num ?? '';
    if (/^(?:19|20)\d\d$/.test(number)) continue;
    const tail = readTail(text, m.index + m[0].length);
    out.push({
      fields: {
        kind: g.kind ?? '',
        symbol: null,
        number,
        date: tail.date,
        issuer: tail.issuer,
        term: tail.term,
        name: null,
      },
      start: m.index,
      end: tail.end,
    });
  }
  return out;
}

/** The plenum or congress a named resolution belongs to: "Trung ương 4", "Đại hội lần thứ VIII". */
function nameOf(g: Record<string, string | undefined>): string | null {
  if (g.congress) return g.congress;
  const written = g.twNo ?? g.plenum ?? g.plenumAfter;
  if (!written) return null;
  const n = /^\d+$/.test(written) ? Number(written) : (ROMAN[written] ?? ORDINAL_WORDS[written.toLowerCase()]);
  // "Trung ương 6 (lần 2)", "Trung ương 6-2": the plenum's second session is a document of its own.
  const session = g.sessionDash ?? (g.session ? (ORDINAL_WORDS[g.session] ?? Number(g.session)) : null);
  return n ? `Trung ương ${n}${session ? ` (lần ${session})` : ''}` : null;
}

/** Unnumbered citations by name: "Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết Đại hội lần thứ VIII". */
function findNamed(text: string): SentenceCandidate<ReferenceFields>[] {
  const out: SentenceCandidate<ReferenceFields>[] = [];
  for (const m of text.matchAll(NAMED)) {
    const g = m.groups ?? {};
    const name = nameOf(g);
    if (!name || !g.kind) continue;
    const tail = readTail(text, m.index + m[0].length);
    for (const term of tail.term2 ? [tail.term, tail.term2] : [tail.term]) {
      out.push({
        fields: {
          kind: g.kind,
          symbol: null,
          number: null,
          date: tail.date,
          issuer: tail.issuer,
          term,
          name,
        },
        start: m.index,
        end: tail.end,
      });
    }
  }
  return out;
}

/**
 * A citation that ends its sentence with no stop after it, where a line break cut the sentence ("… Chỉ thị số
 * 06-CT/TW⏎⏎ngày 7/11/2006 của Bộ Chính trị …"), takes its date, issuer and term from the start of the next one.
 * The span stays in its own sentence.
 */
function readTailOnNextLine(c: SentenceCandidate<ReferenceFields>, text: string, next: Sentence | undefined): void {
  if (!next || next.skip || text.slice(c.end).trim() !== '') return;
  const tail = readTail(next.text, 0);
  if (tail.date === null) return;
  c.fields.date = tail.date;
  c.fields.issuer ??= tail.issuer;
  c.fields.term ??= tail.term;
}

/** Merges a later mention of the same document into the first: fills its missing date, issuer and term. */
function mergeInto(first: ReferenceFields, later: ReferenceFields): void {
  first.date ??= later.date;
  first.issuer ??= later.issuer;
  first.term ??= later.term;
}

/**
 * The citations of one sentence that holds a cue and a "/" or a capitalized kind word (`REFERENCE_CUE`), in sentence
 * offsets: numbered, named, then by number alone. The sentence is read
 * as normalized (core has already folded old tone placement: "Nghị quyết" however its marks were placed).
 */
function citationsOf(s: SentenceInput): SentenceCandidate<ReferenceFields>[] {
  if (!REFERENCE_CUE.test(s.text)) return [];
  const text = s.text;
  const found = [...findNumbered(text), ...findNamed(text), ...findBareNumbered(text)];
  for (const c of found) if (c.fields.date === null) readTailOnNextLine(c, text, s.doc.sentences[s.index + 1]);
  return found;
}

/**
 * Finds the documents a report cites: numbered ("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị") and
 * named ones ("Nghị quyết Trung ương 4 (khóa XII)"). One record per document cited.
 */
export function findReferences(doc: AnalyzedDocument, ctx?: ExtractorContext): Candidate<ReferenceFields>[] {
  const byKey = new Map<string, Candidate<ReferenceFields>>();
  for (const c of readSentences(doc, ctx ?? null, CUE, citationsOf)) {
    const f = c.fields;
    let key = f.symbol ?? `${f.kind}\u0000${f.name ?? f.number}`;
    let known = byKey.get(key);
    // "Nghị quyết Đại hội lần thứ X" of two different terms are two documents.
    if (known && !f.symbol && known.fields.term && f.term && known.fields.term !== f.term) {
      key = `${key}\u0000${f.term}`;
      known = byKey.get(key);
    }
    if (known) {
      mergeInto(known.fields, f);
      continue;
    }
    byKey.set(key, c);
  }
  // "Chỉ thị 02/2006/CT-UBND … (gọi tắt là Chỉ thị 02)": a number cited without its symbol, where the text cites the
  // same kind and number with one, is that document again.
  const withSymbol = new Map<string, Candidate<ReferenceFields>>();
  for (const c of byKey.values()) if (c.fields.symbol) withSymbol.set(`${c.fields.kind}\u0000${c.fields.number}`, c);
  for (const [key, c] of byKey) {
    const f = c.fields;
    const same = f.symbol || f.name || !f.number ? undefined : withSymbol.get(`${f.kind}\u0000${f.number}`);
    if (!same) continue;
    mergeInto(same.fields, f);
    byKey.delete(key);
  }
  const out = [...byKey.values()].sort((a, b) => a.start - b.start);
  for (const c of out) {
    c.claims = doc.numbers
      .filter((n) => n.start < c.end && n.end > c.start && !ctx?.isClaimed(n.start, n.end))
      .map((n) => ({ start: n.start, end: n.end }));
  }
  return out;
}

export const referenceExtractor = defineExtractor({
  id: 'reference',
  schema: referenceSchema,
  priority: 50,
  description: 'Documents the report cites (resolutions, directives, conclusions, regulations ...)',
  cues: REFERENCE_CUES,
  examples: [
    'Quán triệt Chỉ thị số 12-CT/TW ngày 3/4/2022 của Bộ Chính trị.',
    'Ban Thường vụ Huyện ủy ban hành Kế hoạch số 27/KH/HU về công tác cán bộ.',
    'Gắn với thực hiện 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.',
    'Ngày 4/9/2023, Huyện ủy đã ban hành Kế hoạch số 52-KH/HU về chuyển đổi số.',
    'Tiếp tục thực hiện Chỉ thị số 08-CT/TW\n\nngày 5/6/2021 của Ban Bí thư về công tác dân vận.',
    'Thực hiện Quyết định số 456/QĐ-UBND ngày 8/3/2023 của UBND tỉnh.',
    'Tuyên truyền Luật Phòng, chống tham nhũng số 36/2018/QH14 đến cán bộ, đảng viên.',
    'Sơ kết 3 năm thực hiện Chỉ thị 15 của Ban Thường vụ Tỉnh ủy.',
    'Học tập Nghị quyết Trung ương 5 khóa XIII về công tác tư tưởng.',
    'Quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII.',
    'Triển khai Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV đến các chi bộ.',
  ],
  // The document form: one record per document cited, its date and issuer filled from later sentences.
  extract: (doc, ctx) => findReferences(doc, ctx),
});

export default referenceExtractor;
