import { type AnalyzedDocument, isLowerLetter, isUpperLetter, letterRunEnd, PROVINCES } from '@vnpr/core';
import { type Candidate, candidateAt, defineExtractor } from '../contract.js';
import {
  NOT_A_PERSON_BEFORE,
  NOT_OFFICIALS,
  PERSON_CUE,
  PLACE_BEFORE,
  SURNAMES,
  TERM_AFTER,
  TITLE_ANY,
  TITLE_AT,
  TITLE_FIRST_WORDS,
} from './patterns.js';
import { type OfficialFields, officialSchema } from './schema.js';
import { foldTones, readUnitName } from './unit-name.js';

interface Token {
  start: number;
  end: number;
  text: string;
}

/** One mention of a person in a sentence (offsets local to the sentence). */
interface Mention {
  name: string;
  titles: string[];
  start: number;
  end: number;
}

const PROVINCE_SET = new Set(PROVINCES.map((p) => p.toLowerCase()));
// Punctuation that ends the stretch a title before a name may come from.
const STRETCH_BREAK = /[,;:.()“”"!?…\n–—]/u;

const titleCase = (w: string) => (w.length > 1 ? w[0]! + w.slice(1).toLowerCase() : w);
const isAllCaps = (w: string) => w.length > 1 && w === w.toUpperCase();

/**
 * Finds the people a report names with a title or as "đồng chí" / "ông" / "bà", and the titles it gives
 * them: "Đồng chí Nguyễn Văn Triết, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBMTTQ Việt Nam tỉnh chỉ đạo ...",
 * "Bí thư Đảng ủy Khối các cơ quan tỉnh Trần Đình Quế phát biểu ...". One record per person per document.
 */
export function findOfficials(doc: AnalyzedDocument): Candidate<OfficialFields>[] {
  const byName = new Map<string, Candidate<OfficialFields>>();
  for (const sentence of doc.sentences) {
    if (sentence.skip) continue;
    for (const m of findMentions(foldTones(sentence.text))) {
      const key = m.name.toLowerCase();
      const known = byName.get(key);
      if (!known) {
        byName.set(key, candidateAt(sentence, m.start, m.end, { name: m.name, titles: [...m.titles] }));
        continue;
      }
      for (const t of m.titles) if (!known.fields.titles.includes(t)) known.fields.titles.push(t);
    }
  }
  return [...byName.values()];
}

/** The person mentions of one sentence's text. */
export function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const run of capitalRuns(text)) {
    const name = pickName(text, run);
    if (!name) continue;
    const nameStart = name[0]!.start;
    const nameEnd = name[name.length - 1]!.end;
    const written = name.map((t) => t.text);
    const display = (written.every(isAllCaps) ? written.map(titleCase) : written).join(' ');
    if (NOT_OFFICIALS.has(display.toLowerCase())) continue;
    const before = text.slice(Math.max(0, nameStart - 40), nameStart);
    const cue = PERSON_CUE.test(before);
    const titleBefore = readTitleBefore(text, nameStart);
    const after = readTitlesAfter(text, nameEnd);
    if (!cue && !titleBefore && !after.titles.length) continue;
    if (!cue && !titleBefore && NOT_A_PERSON_BEFORE.test(before)) continue;
    const titles = [...(titleBefore?.titles ?? []), ...after.titles];
    out.push({ name: display, titles, start: titleBefore?.start ?? nameStart, end: Math.max(after.end, nameEnd) });
  }
  return out;
}

/**
 * A name's syllable: "Nguyễn", "Tám" or ALL CAPS "NGUYỄN" (no digits, at most 7 letters), as
 * `^(?:\p{Lu}\p{Ll}{0,6}|\p{Lu}{2,7})$`, for the letters `text[start, end)` (a whole word).
 */
function isNameSyllable(text: string, start: number, end: number): boolean {
  let count = 0;
  let upper = 0;
  let lower = 0;
  for (let i = start; i < end; ) {
    const cp = text.codePointAt(i)!;
    if (isUpperLetter(cp)) upper++;
    else if (count === 0) return false;
    else if (isLowerLetter(cp)) lower++;
    count++;
    i += cp > 0xffff ? 2 : 1;
  }
  return count <= 7 && (upper === count || (upper === 1 && lower === count - 1)) && (count > 1 || upper === 1);
}

/** Runs of capitalized syllables separated by single spaces; a title word ("Bí thư") ends a run. */
function capitalRuns(text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const endRun = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  // Words are maximal runs of letters (`\p{L}+`: "quan-Doanh" is two), read with a table rather than a
  // regex: every character of every sentence passes here.
  let i = 0;
  while (i < text.length) {
    const start = i;
    i = letterRunEnd(text, start);
    if (i === start) {
      i += text.codePointAt(start)! > 0xffff ? 2 : 1;
      continue;
    }
    if (!isNameSyllable(text, start, i)) {
      endRun();
      continue;
    }
    const w = text.slice(start, i);
    TITLE_AT.lastIndex = start;
    if (TITLE_FIRST_WORDS.has(w) && TITLE_AT.test(text)) {
      endRun();
      continue;
    }
    const prev = run[run.length - 1];
    if (prev && !(start === prev.end + 1 && text.charCodeAt(prev.end) === 0x20)) endRun();
    run.push({ start, end: i, text: w });
  }
  endRun();
  return runs;
}

/** The part of a capitalized run that is a person's name (surname first, 2–4 syllables), or null. */
function pickName(text: string, run: Token[]): Token[] | null {
  let from = 0;
  // "Lâm Đồng Nguyễn Văn A", "Hà Nội ...": a province name at the head is not part of the name.
  for (let k = Math.min(3, run.length); k >= 2; k--) {
    const head = run
      .slice(0, k)
      .map((t) => t.text)
      .join(' ')
      .toLowerCase();
    if (PROVINCE_SET.has(head)) {
      from = k;
      break;
    }
  }
  // After "tỉnh", "huyện", "xã": "huyện Lâm Hà" is a place; "huyện Đức Trọng Nguyễn Văn A" opens with one
  // (place names are mostly two syllables); "các cơ quan tỉnh Trần Đình Quế" is a unit, then a name.
  if (from === 0 && PLACE_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 12), run[0]!.start))) {
    if (run.length === 2) return null;
    if (run.length >= 4) from = 2;
  }
  for (let i = from; i < run.length; i++) {
    const len = run.length - i;
    if (len < 2) return null;
    if (len > 4) continue;
    if (SURNAMES.has(titleCase(run[i]!.text))) return run.slice(i);
  }
  return null;
}

/**
 * A title right before the name, from the last punctuation on: "Bí thư Đảng ủy Khối các cơ quan tỉnh"
 * before "Trần Đình Quế", "Tổng Bí thư" in "của Tổng Bí thư Nguyễn Phú Trọng". The title nearest the name
 * wins ("Tổng Bí thư Tô Lâm và Thủ tướng Phạm Minh Chính": "Thủ tướng"). A chain of titles separated by commas
 * that opens the clause belongs to the same person ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Tuệ Hiền").
 */
function readTitleBefore(text: string, nameStart: number): { titles: string[]; start: number } | null {
  const nearest = titleEndingAt(text, nameStart - 1);
  if (!nearest) return null;
  let { start } = nearest;
  const titles = [nearest.title];
  // Earlier links of a chain: ", " then a whole title that starts the clause.
  while (text.slice(start - 2, start) === ', ') {
    const link = titleEndingAt(text, start - 2);
    if (!link || !opensClause(text, link.start)) break;
    titles.unshift(link.title);
    start = link.start;
  }
  return { titles, start };
}

/** The title whose unit name ends exactly at `end` (nearest first), within the stretch since the last break. */
function titleEndingAt(text: string, end: number): { title: string; start: number } | null {
  let from = end;
  const limit = Math.max(0, end - 120);
  while (from > limit && !STRETCH_BREAK.test(text.charAt(from - 1))) from--;
  const stretch = text.slice(from, end);
  const matches = [...stretch.matchAll(TITLE_ANY)];
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i]!;
    const start = from + m.index;
    const titleEnd = start + m[0].length;
    if (titleEnd === end || (text.charAt(titleEnd) === ' ' && readUnitName(text, titleEnd + 1, 24) >= end)) {
      return { title: text.slice(start, end).trimEnd(), start };
    }
  }
  return null;
}

/** True when only a clause break or a lowercase word stands before `at` ("của Phó Bí thư …", "; Phó Bí thư …"). */
function opensClause(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  return /(?:^|[;:.(]\s*|\s\p{Ll}+\s)$/u.test(before) || at === 0;
}

// Before the first title after a name: " - ", " – ", " được bầu giữ chức ", " được bổ nhiệm làm ", " giữ chức vụ ".
const FIRST_TITLE_LEAD =
  /^(?: [-–] | (?:(?:được|đã được) )?(?:(?:tái )?bầu|bổ nhiệm|phân công)(?: (?:giữ chức(?: vụ)?|làm|là))? | giữ chức(?: vụ)? )/u;

/** Titles after the name, each after ", ": "Nguyễn Văn Tám, Tỉnh ủy viên, Bí thư Đảng ủy Khối". */
function readTitlesAfter(text: string, nameEnd: number): { titles: string[]; end: number } {
  const titles: string[] = [];
  let pos = nameEnd;
  // "Ông Nguyễn Văn Sơn - Giám đốc Sở Nội vụ": a dash may introduce the first title.
  // "Ông Nguyễn Văn Sơn - Giám đốc Sở Nội vụ", "Đồng chí Phan Văn Lợi được bầu giữ chức Bí thư Đảng ủy xã":
  // a dash or an election may introduce the first title.
  const lead = FIRST_TITLE_LEAD.exec(text.slice(pos, pos + 40))?.[0].length ?? 0;
  while (text.startsWith(', ', pos) || (pos === nameEnd && lead)) {
    const gap = pos === nameEnd && lead ? lead : 2;
    TITLE_AT.lastIndex = pos + gap;
    const m = TITLE_AT.exec(text);
    if (!m) break;
    let end = pos + gap + m[0].length;
    if (text.charAt(end) === ' ') {
      const unitEnd = readUnitName(text, end + 1);
      if (unitEnd > end + 1) end = unitEnd;
    }
    // "Đại biểu Quốc hội khóa XV", "Ủy viên Trung ương Đảng khóa XIII".
    const term = TERM_AFTER.exec(text.slice(end, end + 16));
    if (term) end += term[0].length;
    titles.push(text.slice(pos + gap, end));
    pos = end;
  }
  return { titles, end: pos };
}

export const officialExtractor = defineExtractor({
  id: 'official',
  schema: officialSchema,
  priority: 60,
  description: 'Named officials and the titles the text gives them (one record per person)',
  extract: (doc) => findOfficials(doc),
});

export default officialExtractor;
