import {
  type AnalyzedDocument,
  isLetter,
  isLowerLetter,
  isUpperLetter,
  letterRunEnd,
  matchAllNotAfter,
  PROVINCES,
  type Sentence,
} from '@vnpr/core';
import { type Candidate, defineExtractor } from '../contract.js';
import { hitsCue } from '../resolver/index.js';
import { endsInsidePair, lastWordStart, readUnitName, readWholeUnitName } from '../shared/unit-name.js';
import {
  HEAD_NOUN_END,
  HISTORIC_NAMES,
  LIST_LEAD,
  LIST_TITLE,
  NAMED_AFTER_PERSON,
  NOT_A_NAME_WORD,
  NOT_A_PERSON_BEFORE,
  NOT_OFFICIALS,
  OFFICIAL_CUES,
  PERSON_CUE,
  PLACE_BEFORE,
  PLACES_NOT_PEOPLE,
  REPORTING_STOP,
  SURNAMES,
  TERM_AFTER,
  TITLE_ANY,
  TITLE_AT,
  TITLE_EXACT,
  TITLE_FIRST_WORDS,
} from './patterns.js';
import { type OfficialFields, officialSchema } from './schema.js';

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

// A Vietnamese vowel letter (any case, any tone): a syllable has one.
const VOWEL = /[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]/iu;

const titleCase = (w: string) => (w.length > 1 ? w[0]! + w.slice(1).toLowerCase() : w);
const isAllCaps = (w: string) => w.length > 1 && w === w.toUpperCase();

/**
 * Finds the people a report names with a title or as "đồng chí" / "ông" / "bà", and the titles it gives
 * them: "Đồng chí Nguyễn Văn Triết, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBMTTQ Việt Nam tỉnh chỉ đạo ...",
 * "Bí thư Đảng ủy Khối các cơ quan tỉnh Trần Đình Quế phát biểu ...". One record per person per document.
 */
export function findOfficials(
  doc: AnalyzedDocument,
  holdsCue?: (sentence: Sentence) => boolean,
): Candidate<OfficialFields>[] {
  const byName = new Map<string, Candidate<OfficialFields>>();
  for (const passage of passages(doc)) {
    // A mention needs a person word or a title at a word's start: a passage without one is passed over (one
    // of several sentences, a hard-wrapped line, is read whole, in case a cue was cut at the wrap).
    if (holdsCue && !passage.sentences.some(holdsCue)) {
      if (passage.sentences.length === 1 || !hitsCue(officialExtractor, passage.text)) continue;
    }
    for (const m of findMentions(passage.text)) {
      const key = m.name.toLowerCase();
      const known = byName.get(key);
      if (!known) {
        const sentence = passage.sentences.findLast((s) => s.start <= passage.start + m.start) ?? passage.sentences[0]!;
        const fields = { name: m.name, titles: [...m.titles] };
        byName.set(key, { fields, start: passage.start + m.start, end: passage.start + m.end, sentence });
        continue;
      }
      // "Đại tướng" and "đại tướng" are one title.
      for (const t of m.titles) {
        const lower = t.toLowerCase();
        if (!known.fields.titles.some((k) => k.toLowerCase() === lower)) known.fields.titles.push(t);
      }
    }
  }
  return [...byName.values()];
}

/** Sentences read together, with line breaks as spaces (same length, so offsets hold). */
interface Passage {
  start: number;
  text: string;
  sentences: Sentence[];
}

// The shortest line taken for a hard-wrapped one (the wrapped lines of a report run to 60–80 characters).
const WRAPPED_LINE_MIN = 50;

// The end of a line that closes its sentence; any other line break inside a passage is a wrapped line.
const CLOSED_LINE = /[.!?…:;”"'’)\]]\s*$/u;

/**
 * The document's sentences, where a hard-wrapped line split one ("Đồng chí Nguyễn Thị Minh" / "Hoa - Bí thư
 * Huyện ủy"): a sentence that does not end with punctuation and is followed after a single line break by the
 * next one is read with it, and every line break becomes a space ("Bí thư Tỉnh\nủy" is "Bí thư Tỉnh ủy").
 */
function passages(doc: AnalyzedDocument): Passage[] {
  const out: Passage[] = [];
  let group: Sentence[] = [];
  const flush = () => {
    if (!group.length) return;
    const start = group[0]!.start;
    const raw = doc.text.slice(start, group[group.length - 1]!.end);
    out.push({ start, text: raw.replace(/[\n\r]/g, ' '), sentences: group });
    group = [];
  };
  for (const sentence of doc.sentences) {
    if (sentence.skip) {
      flush();
      continue;
    }
    const last = group[group.length - 1];
    if (last) {
      const gap = doc.text.slice(last.end, sentence.start);
      // A wrapped line is a long one (a headline above the text is short and is the first line).
      const lineStart = doc.text.lastIndexOf('\n', last.end - 1) + 1;
      const wrapped =
        /^[ \t]*\n[ \t]*$/.test(gap) &&
        !CLOSED_LINE.test(last.text) &&
        lineStart > 0 &&
        last.end - lineStart >= WRAPPED_LINE_MIN;
      if (!wrapped) flush();
    }
    group.push(sentence);
  }
  flush();
  return out;
}

/** The person mentions of one sentence's text. */
export function findMentions(text: string): Mention[] {
  const found: { mention: Mention; nameStart: number; nameEnd: number; cue: boolean; after: TitleAfter[] }[] = [];
  for (const run of capitalRuns(text)) {
    const name = pickName(text, run);
    if (!name) continue;
    const nameStart = name[0]!.start;
    const nameEnd = name[name.length - 1]!.end;
    const written = name.map((t) => t.text);
    // "Nông Lâm TPHCM": title case and ALL CAPS mixed is a unit's name, not a person's.
    let caps = 0;
    for (const w of written) if (isAllCaps(w)) caps++;
    if (caps > 0 && caps < written.length) continue;
    const display = (caps === written.length ? written.map(titleCase) : written).join(' ');
    const lower = display.toLowerCase();
    if (NOT_OFFICIALS.has(lower) || PLACES_NOT_PEOPLE.has(lower) || PROVINCE_SET.has(lower)) continue;
    const before = text.slice(Math.max(0, nameStart - 40), nameStart);
    const cue = PERSON_CUE.test(before);
    // "Trường THPT Nguyễn Du", "đường Trường Chinh", "Giải thưởng Trần Văn Giàu": named after a person.
    if (!cue && NAMED_AFTER_PERSON.test(before)) continue;
    // "Chủ tịch UBND phường Phạm Ngũ Lão": a ward named after a person, even after a title.
    if (HISTORIC_NAMES.has(lower) && AFTER_PLACE_WORD.test(before)) continue;
    const titleBefore = readTitleBefore(text, nameStart);
    const after = readTitlesAfter(text, nameEnd);
    if (!cue && !titleBefore && !after.length) continue;
    if (!cue && !titleBefore && NOT_A_PERSON_BEFORE.test(before)) continue;
    // "Lê Văn A, Phó trưởng bến phà X, …" read as no title: a title the rules could not read follows.
    if (!after.length && UNREAD_TITLE_AFTER.test(text.slice(nameEnd, nameEnd + 40))) continue;
    const end = Math.max(after[after.length - 1]?.end ?? 0, nameEnd);
    const titles = titleBefore ? titleBefore.titles.slice() : [];
    for (const t of after) titles.push(t.title);
    const mention = { name: display, titles, start: titleBefore?.start ?? nameStart, end };
    found.push({ mention, nameStart, nameEnd, cue, after });
  }
  // "Tổng Bí thư Lê Văn A, Bí thư Thành ủy Hà Nội Trần Văn B": a title after A that leads up to the next name
  // is that name's title, not A's.
  // But "Lê Văn A, Tỉnh ủy viên, Bí thư Huyện ủy Lục Yên;": a two-word "name" that closes a title in A's list
  // is the unit's place.
  for (let i = 0; i + 1 < found.length; i++) {
    const { mention, after, nameEnd } = found[i]!;
    const next = found[i + 1]!;
    const cut = after.findIndex((t) => t.end > next.mention.start);
    if (cut < 0) continue;
    const place =
      after[cut]!.start === next.mention.start &&
      !next.cue &&
      !next.after.length &&
      next.mention.name.split(' ').length === 2 &&
      /^(?:[,;.:)]|$)/u.test(text.slice(next.nameEnd, next.nameEnd + 1));
    if (place) {
      found.splice(i + 1, 1);
      i--;
      continue;
    }
    mention.titles.splice(mention.titles.length - after.length + cut);
    mention.end = cut > 0 ? after[cut - 1]!.end : nameEnd;
    after.splice(cut);
  }
  giveListTitles(text, found);
  // A title whose end cannot be told would be a wrong one: no record from that mention.
  return found.filter((f) => !f.after.some((t) => t.open)).map((f) => f.mention);
}

/** What every lead of a list holds (`LIST_LEAD`): "gồm" or "là" as a word, a space before and a space or colon after. */
const LIST_LEAD_WORD = / (?:gồm|là)[ :]/u;

/**
 * "Ban Thường vụ đã bầu 3 Phó Bí thư gồm: đồng chí Lê Văn A, đồng chí Trần Thị B và đồng chí Đỗ Văn C.": every
 * name of the list up to the end of the sentence (or ";") that has no title of its own gets the list's title.
 */
function giveListTitles(text: string, found: { mention: Mention; nameStart: number }[]): void {
  // A list needs its lead (`LIST_LEAD`: " gồm " or " là ", a colon maybe before the space): without one in the
  // text, no title is looked for.
  if (!found.length || !LIST_LEAD_WORD.test(text)) return;
  for (const m of matchAllNotAfter(text, LIST_TITLE, isLetter)) {
    const start = m.index + m[0].length - (m.groups?.title?.length ?? 0);
    let end = m.index + m[0].length;
    if (text.charAt(end) === ' ') {
      const unitEnd = readUnitName(text, end + 1);
      if (unitEnd > end + 1) end = unitEnd;
    }
    const lead = LIST_LEAD.exec(text.slice(end, end + 30));
    if (!lead) continue;
    const from = end + lead[0].length;
    const stop = text.slice(from).search(/[.;!?]/u);
    const to = stop < 0 ? text.length : from + stop;
    const title = text.slice(start, end);
    for (const f of found) {
      if (f.nameStart >= from && f.nameStart < to && !f.mention.titles.length) f.mention.titles.push(title);
    }
  }
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
  // A new array only after a run (most words are lower case and end none).
  const endRun = () => {
    if (run.length === 0) return;
    runs.push(run);
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
    // A name's syllable opens with a capital letter (`isNameSyllable`): a word in lower case ends the run.
    if (!isUpperLetter(text.codePointAt(start)!)) {
      endRun();
      continue;
    }
    const w = text.slice(start, i);
    // "đồng chí Phạm Quang Ngh" (the text is cut), "Hồ Chí MinhỦy ban" (two words glued): a capitalized word
    // that is no syllable right after a run means the name is cut, and no part of it is taken.
    const cut = w.length > 1 && (!isNameSyllable(text, start, i) || (!VOWEL.test(w) && !isAllCaps(w)));
    if (cut) {
      const prev = run[run.length - 1];
      if (prev && start === prev.end + 1) run = [];
      endRun();
      continue;
    }
    // "Sau", "Trong", "Tại" open the next sentence ("... Nguyễn An Bình Sau 1 năm"), unless a comma closes the
    // name ("Lương Phượng Các, Phó giám đốc").
    if (!isNameSyllable(text, start, i) || (NOT_A_NAME_WORD.has(w) && (i >= text.length || text.charAt(i) !== ','))) {
      endRun();
      continue;
    }
    TITLE_EXACT.lastIndex = start;
    if (TITLE_FIRST_WORDS.has(w) && TITLE_EXACT.test(text)) {
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
  // Ê Đê and Jrai names open with "Y" (men) or "H" and run to five syllables: "Y Thanh Hà Niê Kđăm".
  // ("Đại học Y Hà Nội" is a school.)
  if (run[from]?.text === 'Y' && run.length - from >= 3 && run.length - from <= 5) {
    const rest = run
      .slice(from + 1)
      .map((t) => t.text.toLowerCase())
      .join(' ');
    if (!PROVINCE_SET.has(rest) && !PLACES_NOT_PEOPLE.has(rest)) return run.slice(from);
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
  // "Phó chủ tịch UBND tỉnh Lê Văn A và Trần Văn B": the title before "và" is A's.
  if (!nearest || TITLE_BEFORE_AND.test(nearest.title)) return null;
  let { start } = nearest;
  const titles = [nearest.title];
  // Earlier links of a chain: ", " then a whole title that starts the clause.
  while (text.slice(start - 2, start) === ', ') {
    const link = titleEndingAt(text, start - 2);
    if (!link || !opensClause(text, link.start)) break;
    // "Hội nghị Bộ trưởng Ngoại giao ASEAN, Thủ tướng …", "đặc phái viên Thủ tướng, Thứ trưởng …": a meeting's or an
    // envoy's name, not a title of the person.
    if (
      /(?:[Hh]ội nghị|[Hh]ội thảo|[Đđ]ại hội|[Cc]uộc họp|[Pp]hái viên|[Pp]hái đoàn) $/u.test(
        text.slice(Math.max(0, link.start - 16), link.start),
      )
    )
      break;
    // "Thủ tướng Lê Văn A, Bộ trưởng Bộ Nội vụ Trần Thị B": a link that ends with a name is that person's.
    if (endsWithName(link.title)) break;
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
  const matches = matchAllNotAfter(stretch, TITLE_ANY, isLetter);
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i]!;
    // "Văn phòng Chủ tịch nước", "Văn phòng Thủ tướng": a unit's name, not a title.
    if (/[Vv]ăn phòng $/u.test(stretch.slice(0, m.index))) continue;
    const start = from + m.index;
    const titleEnd = start + m[0].length;
    if (titleEnd === end || (text.charAt(titleEnd) === ' ' && readUnitName(text, titleEnd + 1, 24) >= end)) {
      // "Phó thủ tướng thường trực", "Ủy viên Bộ Chính trị Bí thư Thành ủy": titles side by side are one.
      let first = start;
      for (let k = i - 1; k >= 0; k--) {
        const p = matches[k]!;
        if (from + p.index + p[0].length !== first - 1) break;
        first = from + p.index;
      }
      return { title: text.slice(first, end).trimEnd(), start: first };
    }
  }
  return null;
}

// Right before a historical name, a word saying it is a place: "phường Phạm Ngũ Lão", "đường Lê Lợi", "Q.Trần Hưng Đạo".
const AFTER_PLACE_WORD = /(?:^|[^\p{L}])(?:phường|quận|xã|đường|phố|P\.|Q\.|Phường|Quận|Đường|Phố)\s?$/u;

// After a name with no title read, words that open a title anyway: ", Phó trưởng bến phà …", ", cán bộ Đội …",
// " - phó chủ tịch UBND xã …" (the mention is left out rather than given no title).
const UNREAD_TITLE_AFTER =
  /^(?: \([^()]{1,20}\))?(?:, | [-–] | \()(?:nguyên |cựu |quyền )?(?:\p{Ll}+ (?:trưởng|phó)|đại diện|đại biểu|phụ trách|Phụ trách|phó|trưởng|cán bộ|nhân viên|chuyên viên|thành viên|ủy viên|giám đốc|chủ tịch|bí thư|Phó|Trưởng|Cục|Vụ|Chi cục|Hiệu|Đội|Tổ|Trạm|Chủ|Giám|Bí|Ủy|Tổng|Chánh|Thứ|Bộ trưởng|Viện)(?![\p{L}])/u;

// A title before a name that ends with "và" / "cùng" / "với": it is the title of the person before it.
const TITLE_BEFORE_AND = / (?:và|cùng|với)$/u;

/** True when a title ends with a person's name ("Thủ tướng Lê Văn A"), not a place ("UBND tỉnh Lâm Đồng"). */
function endsWithName(title: string): boolean {
  const runs = capitalRuns(title);
  const last = runs[runs.length - 1];
  if (!last || last[last.length - 1]!.end !== title.length) return false;
  const name = pickName(title, last);
  if (!name) return false;
  const lower = name.map((t) => t.text.toLowerCase()).join(' ');
  return !PROVINCE_SET.has(lower) && !PLACES_NOT_PEOPLE.has(lower);
}

/** True when only a clause break or a lowercase word stands before `at` ("của Phó Bí thư …", "; Phó Bí thư …"). */
function opensClause(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  return /(?:^|[;:.(]\s*|\s\p{Ll}+\s)$/u.test(before) || at === 0;
}

/** One title after a name and where it stands. */
interface TitleAfter {
  title: string;
  start: number;
  end: number;
  /** Where the title ends cannot be told ("Giám đốc Trung tâm Bảo trợ| - Dạy nghề …"): the mention is not taken. */
  open?: boolean;
}

// Before the first title after a name (after a photo note " (ảnh)" if any): " - ", " – ", "–", " (" (a title in
// brackets), " được bầu giữ chức ", " được bổ nhiệm làm ", " tái đắc cử ", " giữ chức vụ ", " làm ", " là ",
// " hiện là ".
const FIRST_TITLE_LEAD =
  /^(?: \((?:ảnh|trái|phải|giữa|bìa trái|bìa phải|đứng giữa|\d{2} tuổi)\))?(?:, | ?[-–—] ?| \(| (?:(?:được|đã được|vừa được) )?(?:(?:tái )?(?:bầu|bổ nhiệm|phân công|điều động|chỉ định)(?: (?:giữ chức(?: vụ)?|làm|là))?|(?:tái )?đắc cử|trúng cử|giữ chức(?: vụ)?|đảm nhiệm(?: chức(?: vụ)?)?|làm|là|hiện là|nay là) )/u;

// Between two titles after a name: ", ", " - ", " – ", " kiêm " ("Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Y tế").
// After a title, its abbreviation in brackets may stand before the next one: "Ủy viên Bộ Chính trị (UVBCT), Thường
// trực Ban Bí thư".
const NEXT_TITLE_LEAD = /^(?: \([\p{Lu}.]{2,10}\))?(?:, | ?[-–] ?| kiêm )/u;

/**
 * Titles after the name: "Nguyễn Văn Tám, Tỉnh ủy viên, Bí thư Đảng ủy Khối", "Lê Thị B - Phó Bí thư, Chủ tịch
 * UBND huyện", "Hồ Văn C (Phó chủ tịch UBND xã)", "Đỗ Văn D được bầu làm bí thư chi bộ".
 */
function readTitlesAfter(text: string, nameEnd: number): TitleAfter[] {
  const titles: TitleAfter[] = [];
  let pos = nameEnd;
  for (;;) {
    const lead = (titles.length ? NEXT_TITLE_LEAD : FIRST_TITLE_LEAD).exec(text.slice(pos, pos + 40))?.[0].length;
    if (!lead) break;
    TITLE_AT.lastIndex = pos + lead;
    const m = TITLE_AT.exec(text);
    if (!m) break;
    let end = pos + lead + m[0].length;
    if (text.charAt(end) === ' ') {
      const unitEnd = readWholeUnitName(text, end + 1, 14, SURNAMES);
      if (unitEnd > end + 1) end = readComplement(text, end + 1, unitEnd);
      else end = readLowercaseUnit(text, end);
    }
    // "Đại biểu Quốc hội khóa XV", "Ủy viên Trung ương Đảng khóa XIII".
    const term = TERM_AFTER.exec(text.slice(end, end + 16));
    if (term) end += term[0].length;
    let closed = closeTitle(text, end);
    // "Nguyễn Văn A - Trưởng ban chỉ đạo phòng chống dịch cúm gia cầm|, thủy cầm TP - thời gian tới": a title opened
    // by a dash goes on to the closing dash; a comma before it that opens no title is inside the unit's name.
    if (closed >= 0 && !titles.length && /^ ?[-–]/u.test(text.slice(pos, pos + 2)) && commaInsideDashes(text, closed)) {
      closed = -1;
    }
    // "(đội trưởng Lò Chợ, công trường K1-50 mỏ than …)": a comma inside the brackets that opens no title.
    if (closed >= 0 && /\($/u.test(text.slice(pos, pos + lead)) && commaInsideBrackets(text, closed)) closed = -1;
    // "…, Chủ tịch Ủy ban T.Ư MTTQ Việt Nam Phạm Thế Duyệt": a title that ends with another person's name.
    if (closed >= 0 && endsWithPerson(text, pos + lead, closed)) closed = -1;
    if (closed < 0) {
      titles.push({ title: text.slice(pos + lead, end), start: pos + lead, end, open: true });
      break;
    }
    end = closed;
    titles.push({ title: text.slice(pos + lead, end), start: pos + lead, end });
    pos = end;
  }
  return titles;
}

// A unit that may follow a title after ", " or " - " as its owner: "Phó vụ trưởng Vụ Thú y, Bộ Nông nghiệp …",
// "Trưởng ban Kế hoạch - Tổng công ty Lương thực miền Nam".
const OWNER_UNIT =
  /^(?:, | [-–] )(?=(?:Bộ|Sở|Cục|Tổng cục|Viện|Học viện|Trường|ĐH|Đại học|Tổng công ty|Tổng Công ty|Công ty|Ngân hàng|Bệnh viện|UBND|Ủy ban|Liên đoàn|Tổng Liên đoàn|Tập đoàn|Trung tâm|Đài|Báo|Văn phòng)(?![\p{L}]))/u;

// What may stand right after a whole title: punctuation, a bracket, the end, a dash before a lowercase word or a
// list number glued to it.
const TITLE_CLOSE = /^(?:$|[,;:!?…)"”'’]|\.(?![\p{L}\p{N}])|\p{N}| \(| ?[-–—] ?$)/u;

// Lowercase words that open what follows a title rather than go on with it, besides `REPORTING_STOP`: verbs of
// moving and doing ("đi kiểm tra", "lên tiếng", "ký quyết định") and of saying.
const AFTER_TITLE_WORD =
  /(?:đi|lên|xuống|ra|vào|gặp|thăm|dẫn|đưa|ghi nhận|lý giải|nêu|nhắc|than thở|tâm sự|trao đổi|cam kết|góp ý|bổ sung|phân tích|quyết định|nhấn mạnh|khẳng định|thừa nhận|lại|nay|hiện(?! đại)|trước|sau|vẫn|đều|luôn|mới(?= (?:được|nhận|về|lên|đến|chuyển|bổ nhiệm))|từng|lúc|hồi|năm|ngày|hôm|sáng|chiều|tối|cho rằng|chia sẻ|phát biểu|nhận xét|đề nghị|kiến nghị|nhiệm kỳ|khóa|đồng chủ trì|đồng tình|đồng thời|khen|thay mặt|cười|còn|chính thức|thẳng thắn|trực tiếp|kiêm|ngồi|đứng|tỏ|khuyến cáo|giới thiệu|khen ngợi|nhớ|xin)(?![\p{L}])/uy;

/**
 * Where a title after a name ends, from the offset `end` its unit was read to: there when punctuation, a bracket, a
 * person's name or a word that opens what follows (a reporting verb) stands after it; further when the unit goes on
 * with a number ("Đội quản lý thị trường số 4"), an owner after a comma ("Vụ Thú y, Bộ Nông nghiệp …") or its
 * lowercase rest up to a comma ("chỉ huy trưởng| công trường,"); -1 when where it ends cannot be told ("Trưởng
 * phòng Đăng| ký kinh doanh …" read no further, "Giám đốc Trung tâm Bảo trợ| - Dạy nghề …").
 */
function closeTitle(text: string, end: number): number {
  let at = end;
  // "Đội quản lý thị trường số 4", "Công ty thiết bị giáo dục 1": the unit's number.
  const number = /^ (?:số )?\d{1,3}(?![\p{L}\p{N}/.,-]\p{N})/u.exec(text.slice(at, at + 12));
  if (number && /\p{Ll}$/u.test(text.slice(at - 1, at))) at += number[0].length;
  // "ĐH Luật TP|.HCM": an abbreviation's dot joins the next capitals.
  const dotted = /^\.\p{Lu}{2,6}(?![\p{L}\p{N}])/u.exec(text.slice(at, at + 8));
  if (dotted && /(?:^|[^\p{L}])\p{Lu}{1,3}$/u.test(text.slice(Math.max(0, at - 4), at))) at += dotted[0].length;
  // ", Bộ Nông nghiệp và Phát triển nông thôn,": the owner, when what follows it closes it; else the comma does.
  const owner = OWNER_UNIT.exec(text.slice(at, at + 24));
  if (owner) {
    TITLE_AT.lastIndex = at + owner[0].length;
    if (!TITLE_AT.test(text)) {
      const unitEnd = readWholeUnitName(text, at + owner[0].length, 14, SURNAMES);
      if (text.slice(at + owner[0].length, unitEnd).includes(' ') && endsHere(text, unitEnd)) return unitEnd;
      // ", Trung tâm dự báo khí tượng thủy văn trung ương,": its lowercase rest, when a comma closes it.
      const toComma = unitEnd > at + owner[0].length ? readToComma(text, unitEnd, -1) : -1;
      if (toComma > 0 && endsHere(text, toComma)) return toComma;
    }
  }
  const rest = text.slice(at, at + 40);
  if (TITLE_CLOSE.test(rest)) return at;
  // "Giám đốc Sở Tài chính - cho biết": a dash before a word that opens what follows; not "Phòng đào tạo - nghiên
  // cứu khoa học", a dash inside the unit's name.
  const dashLower = /^ ?[-–—] ?(?=\p{Ll})/u.exec(rest);
  if (dashLower) return opensWhatFollows(text, at + dashLower[0].length) ? at : -1;
  // "Sở Kế hoạch| - Đầu tư,": a dash inside the unit's name, taken only when punctuation closes what follows it.
  if (/^ [-–] \p{Lu}/u.test(rest)) {
    TITLE_AT.lastIndex = at + 3;
    const dashed = TITLE_AT.test(text) ? at : readWholeUnitName(text, at + 3, 6, SURNAMES);
    if (dashed > at + 3 && /^(?:$|[,;:.)])/u.test(text.slice(dashed, dashed + 1))) return dashed;
  }
  // "Chủ tịch UBND phường| Phạm Ngũ Lão,": a ward named after a person ends the unit.
  const historic = /^ (\p{Lu}\p{Ll}* \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)?)(?![\p{L}])/u.exec(text.slice(at, at + 30));
  if (historic && AFTER_PLACE_WORD.test(text.slice(Math.max(0, at - 10), at + 1))) {
    const words = historic[1]!.split(' ');
    for (let k = words.length; k >= 2; k--) {
      const name = words.slice(0, k).join(' ');
      if (HISTORIC_NAMES.has(name.toLowerCase())) return closeTitle(text, at + 1 + name.length);
    }
  }
  // "Giám đốc Sở X - Nguyễn Văn A", "Chủ tịch UBND tỉnh Trần Văn B": a person's name follows.
  const capital = /^ ?[-–—]? ?(\p{Lu}\p{Ll}*) \p{Lu}/u.exec(rest);
  if (capital && SURNAMES.has(capital[1]!)) return at;
  // "Trưởng Ban quản lý lao động Việt Nam tại Đài Loan -": where the unit is, up to punctuation or a dash.
  const place = /^ tại (?=\p{Lu})/u.exec(rest);
  if (place) {
    const placeEnd = readUnitName(text, at + place[0].length, 6);
    if (placeEnd > at + place[0].length && /^(?:$|[,;:.)]| [-–] )/u.test(text.slice(placeEnd, placeEnd + 3))) {
      return placeEnd;
    }
  }
  const lower = /^ (\p{Ll}+)/u.exec(rest)?.[1];
  if (!lower) return -1;
  const last = text.slice(lastWordStart(text, at), at);
  // "Đại sứ| quán Phần Lan": an embassy, not an ambassador.
  if (lower === 'quán' && /sứ$/iu.test(last)) return -1;
  // "Trưởng phòng Đăng| ký", "Bí thư Đảng ủy Chi cục Thú| y": a pair cut in two is no end.
  const capitalized = /^\p{Lu}\p{Ll}+$/u.test(last) && !CAPITAL_HEADS.has(last);
  const cutPair = capitalized && (endsInsidePair(text, at) || UNIT_NOUNS.has(`${last.toLowerCase()} ${lower}`));
  // "Ban Công nghệ| thông tin Hà Nội": "thông tin" goes on with "công nghệ", not a verb.
  const goesOn = /nghệ$/u.test(last) ? /^ (?:thông tin|truyền thông)(?![\p{L}])/u.exec(rest)?.[0] : undefined;
  if (goesOn) {
    const after = at + goesOn.length;
    if (endsHere(text, after)) return after;
    const to = readToComma(text, after, -1, true);
    return to > 0 && joinsNext(text, to) ? withOwner(text, to) : -1;
  }
  if (!cutPair && opensWhatFollows(text, at + 1)) return joinsNext(text, at) ? at : -1;
  // "Chủ tịch UBND tỉnh Lâm Đồng| khen ngợi …": after a name, a lowercase word that is no known pair may be a verb
  // as well as the rest of the unit.
  if (capitalized && !cutPair) return -1;
  const to = readToComma(text, at, -1, true);
  if (to < 0 || DANGLING.test(text.slice(at, to)) || !joinsNext(text, to)) return -1;
  return withOwner(text, to);
}

/** `at`, or the end of an owner unit after ", " or " - " that closes there ("…, Sở Giáo dục và Đào tạo Đà Nẵng cho"). */
function withOwner(text: string, at: number): number {
  const owner = OWNER_UNIT.exec(text.slice(at, at + 24));
  if (!owner) return at;
  TITLE_AT.lastIndex = at + owner[0].length;
  if (TITLE_AT.test(text)) return at;
  const unitEnd = readWholeUnitName(text, at + owner[0].length, 14, SURNAMES);
  return text.slice(at + owner[0].length, unitEnd).includes(' ') && endsHere(text, unitEnd) ? unitEnd : at;
}

// A lowercase rest that ends with a word wanting more: "nguyên thư ký| của (ông …)".
const DANGLING = / (?:của|và|các|thuộc|tại|cho|với|ở)$/u;

/** True when a title read up to `end` is closed there: punctuation, or a word that opens what follows it. */
function endsHere(text: string, end: number): boolean {
  // "…, UBND, Công an Hà Nội cần …": a list of bodies goes on after it.
  if (/^(?:, \p{Lu}| và )/u.test(text.slice(end, end + 5))) return false;
  if (TITLE_CLOSE.test(text.slice(end, end + 4))) return true;
  // "…, Sở GD-ĐT TP.HCM - để giải đáp": after an owner, a dash opens what follows.
  if (/^ ?[-–—] ?\p{Ll}/u.test(text.slice(end, end + 4))) return true;
  return /^ \p{Ll}/u.test(text.slice(end, end + 2)) && opensWhatFollows(text, end + 1) && joinsNext(text, end);
}

/**
 * After a title, "và" opens another person ("và ông B", "và Phó chủ tịch UBND …", "và các đồng chí …"), not the
 * rest of the unit ("Trưởng Phòng Đăng ký| và kinh tế đất"); true too when no "và" stands at `at`.
 */
function joinsNext(text: string, at: number): boolean {
  const m = /^ và (?<after>.{0,30})/u.exec(text.slice(at, at + 36));
  const after = m?.groups?.after;
  if (after === undefined) return true;
  if (/^(?:ông|bà|anh|chị|các|đồng chí|nhiều|đại diện|lãnh đạo)(?![\p{L}])/u.test(after)) return true;
  const name = /^(\p{Lu}\p{Ll}*) \p{Lu}/u.exec(after);
  if (name && SURNAMES.has(name[1]!)) return true;
  TITLE_AT.lastIndex = at + 4;
  return TITLE_AT.test(text);
}

/** True when a reporting verb, a verb of saying or another word that opens what follows a title stands at `at`. */
function opensWhatFollows(text: string, at: number): boolean {
  REPORTING_STOP.lastIndex = at;
  SPEECH_VERB.lastIndex = at;
  AFTER_TITLE_WORD.lastIndex = at;
  return REPORTING_STOP.test(text) || SPEECH_VERB.test(text) || AFTER_TITLE_WORD.test(text);
}

/**
 * True when the title `text[start, end)` ends with three capitalized words opening with a family name that no place
 * word or unit stands before ("… MTTQ Việt Nam Phạm Thế Duyệt"; not "trường Võ Thị Sáu", "phường Phạm Ngũ Lão").
 */
function endsWithPerson(text: string, start: number, end: number): boolean {
  const m = /(?:^| )(\p{Lu}\p{Ll}*) \p{Lu}\p{Ll}* \p{Lu}\p{Ll}*$/u.exec(text.slice(start, end));
  if (!m || !SURNAMES.has(m[1]!)) return false;
  const at = start + m.index + (m[0].startsWith(' ') ? 1 : 0);
  const name = text.slice(at, end).toLowerCase();
  if (NOT_OFFICIALS.has(name) || HISTORIC_NAMES.has(name) || PLACES_NOT_PEOPLE.has(name)) return false;
  const before = text.slice(Math.max(0, at - 40), at);
  return !NAMED_AFTER_PERSON.test(before) && !PLACE_BEFORE.test(before) && !NOT_A_PERSON_BEFORE.test(before);
}

/** True when ", " at `at` is followed by words that are no title and then the closing bracket. */
function commaInsideBrackets(text: string, at: number): boolean {
  if (text.slice(at, at + 2) !== ', ') return false;
  TITLE_AT.lastIndex = at + 2;
  return !TITLE_AT.test(text) && /^, [^()]{1,100}\)/u.test(text.slice(at, at + 110));
}

/** True when ", " at `at` is followed by words that are no title and then a closing dash (" - "), with no other break. */
function commaInsideDashes(text: string, at: number): boolean {
  if (text.slice(at, at + 2) !== ', ') return false;
  TITLE_AT.lastIndex = at + 2;
  if (TITLE_AT.test(text)) return false;
  return /^, [^,;:.()\-–]{1,50} [-–] /u.test(text.slice(at, at + 60));
}

/**
 * A unit that is only a head noun ("Trung tâm", "Công ty", "Ban quản lý") goes on in lowercase up to the next
 * punctuation or reporting verb: "Giám đốc Trung tâm kiểm soát bệnh tật tỉnh Bình Định, cho biết" (at most 10
 * words; when neither comes, the unit is only the head). So does a unit cut inside a known pair ("Công ty Cấp|
 * nước Hà Đông,", "Chi cục Phòng| chống tệ nạn xã hội Hà Nội,").
 */
function readComplement(text: string, unitStart: number, unitEnd: number): number {
  // "Chủ tịch Hội đồng| quản trị Công ty X," "Phó chủ tịch Hội đồng| bầu cử TP,": a council goes on to the comma or a
  // reporting verb that closes it; else the name is left as read.
  if (text.slice(unitStart, unitEnd) === 'Hội đồng') return readToComma(text, unitEnd, unitEnd, true);
  if (!HEAD_NOUN_END.test(text.slice(unitStart, unitEnd)) && !endsInsidePair(text, unitEnd)) {
    return cutAfterOneWord(text, unitStart, unitEnd) ? readToComma(text, unitEnd, unitEnd, true) : unitEnd;
  }
  let pos = unitEnd;
  for (let words = 0; words <= 10; words++) {
    if (text.charAt(pos) !== ' ') return words ? pos : unitEnd;
    if (opensWhatFollows(text, pos + 1)) return words ? pos : unitEnd;
    const next = letterRunEnd(text, pos + 1);
    if (next === pos + 1) return words ? pos : unitEnd;
    pos = next;
  }
  return unitEnd;
}

// A unit read as a head noun (or none) and one capitalized word, which the text goes on with in lowercase: "Trung
// tâm Khí| tượng thủy văn tỉnh X,", "Trưởng ban Dịch| vụ thị trường,", "Chánh văn phòng Xí| nghiệp liên doanh ...,".
const CUT_AFTER_ONE_WORD =
  /^(?:(?:Trung tâm|Công ty|Tổng công ty|Chi cục|Cục|Tổng cục|Vụ|Sở|Phòng|Khoa|Viện|Hội|Chi nhánh|Văn phòng|Trạm|Ban|Trường|Xí nghiệp|Nhà máy) )?\p{Lu}\p{Ll}+$/u;

/**
 * True when the unit is cut after one capitalized word (`CUT_AFTER_ONE_WORD`) that a head opens, in the unit or at
 * the title's end ("Trưởng ban |Dịch", "Chánh văn phòng |Xí"); not a bare name ("Giám đốc |Medic cười").
 */
function cutAfterOneWord(text: string, unitStart: number, unitEnd: number): boolean {
  const unit = text.slice(unitStart, unitEnd);
  if (!CUT_AFTER_ONE_WORD.test(unit)) return false;
  if (unit.includes(' ') || /(?:ban|phòng|khoa|viện|Ban|Phòng|Khoa|Viện) $/u.test(text.slice(0, unitStart)))
    return true;
  const next = /^ (\p{Ll}+)/u.exec(text.slice(unitEnd, unitEnd + 12))?.[1];
  return UNIT_NOUNS.has(`${unit.toLowerCase()} ${next}`);
}

// A capitalized word and the lowercase one after it that make a unit's head noun: "Hiệp| hội", "Nhà| máy", "Bến| xe".
const UNIT_NOUNS = new Set([
  'hiệp hội',
  'nhà máy',
  'bến xe',
  'bưu điện',
  'xí nghiệp',
  'câu lạc',
  'nhà xuất',
  'bảo tàng',
  'liên doanh',
  'tập đoàn',
]);

/**
 * The lowercase rest of a cut unit's name, from `pos` up to the comma (or ";", ")", ":", the sentence's end) that
 * closes it (or a list's number glued to it), at most 10 words with no reporting verb or function word among them; `fallback` when none closes it
 * (where the name ends cannot be told).
 */
function readToComma(text: string, pos: number, fallback: number, stopCloses = false): number {
  if (!/^ \p{Ll}/u.test(text.slice(pos, pos + 2))) return fallback;
  let at = pos;
  for (let words = 0; words <= 10; words++) {
    if (words && /^(?:[,;:)]| \(| [-–] \p{Ll}|\.(?:\s|$)|\p{N}|$)/u.test(text.slice(at, at + 4))) return at;
    // "Sở Kế hoạch - Đầu tư": a spaced dash before a capitalized word goes on with the name.
    if (words && /^ [-–] \p{Lu}/u.test(text.slice(at, at + 4))) at += 2;
    if (text.charAt(at) !== ' ') return fallback;
    if (opensWhatFollows(text, at + 1)) return stopCloses && words ? at : fallback;
    let next = letterRunEnd(text, at + 1);
    // "Xí nghiệp thoát nước số 2,": a unit's number.
    if (next === at + 1)
      next = /^\d{1,3}(?!\d)/u.exec(text.slice(at + 1, at + 5))
        ? at + 1 + /^\d+/u.exec(text.slice(at + 1))![0].length
        : next;
    if (next === at + 1) return fallback;
    // "của Bộ Ngoại| giao,": a capitalized name inside is read whole.
    if (/^\p{Lu}/u.test(text.charAt(at + 1))) next = Math.max(next, readWholeUnitName(text, at + 1, 14, SURNAMES));
    // "công ty Phú An Sinh| đề xuất": a lowercase word after a capitalized one goes on with the name only as a
    // place or a head ("Hà Nội| tỉnh", "Ban| tổ chức"); else the name ended before it.
    const word = text.slice(at + 1, next);
    if (words && /^\p{Ll}/u.test(word) && capitalBefore(text, at) && !AFTER_CAPITAL.has(word)) return fallback;
    // "Thứ trưởng Ngoại giao Vương Nghị", "đội trưởng lái máy Nguyễn Trọng Hội": a person's name, not a unit's
    // (but "trường Chu Văn An").
    if (opensPersonName(text, at + 1)) return fallback;
    at = next;
  }
  return fallback;
}

/**
 * True when a person's name (a family name and a capitalized word) starts at `at`, not after a place word ("tỉnh
 * Bạc Liêu") or a unit named after a person ("trường Chu Văn An"), and not a province.
 */
function opensPersonName(text: string, at: number): boolean {
  const m = /^(\p{Lu}\p{Ll}*) (\p{Lu}\p{Ll}*)/u.exec(text.slice(at, at + 30));
  if (!m || !SURNAMES.has(m[1]!)) return false;
  if (PROVINCE_SET.has(`${m[1]} ${m[2]}`.toLowerCase())) return false;
  const before = text.slice(Math.max(0, at - 40), at);
  return !NAMED_AFTER_PERSON.test(before) && !PLACE_BEFORE.test(before);
}

// Verbs of saying that REPORTING_STOP lacks: "nhìn nhận", "nhận xét", "đồng tình", "kiến nghị", "cảnh báo", "kể",
// "bày tỏ", "thừa nhận", "xác nhận", "tiết lộ", "lo ngại", "lo lắng", "băn khoăn", "bức xúc", "phản ánh", "đề xuất";
// and "kiêm", which opens the next title ("bí thư kiêm chủ tịch xã").
const SPEECH_VERB =
  /(?:nhìn nhận|nhận xét|đồng tình|kiến nghị|cảnh báo|kể|bày tỏ|thừa nhận|xác nhận|tiết lộ|lo ngại|lo lắng|băn khoăn|bức xúc|phản ánh|đề xuất|hồi ấy|vì|kiêm)(?![\p{L}])/uy;

// Lowercase words that may follow a capitalized word inside a unit's name.
const AFTER_CAPITAL = new Set([
  'tỉnh',
  'huyện',
  'thành',
  'quận',
  'xã',
  'thị',
  'của',
  'thuộc',
  'khu',
  'miền',
  'chi',
  'trường',
]);
// Capitalized heads that a lowercase word may follow ("Ban tổ chức", "Sở giao thông", "Hiệp hội các").
const CAPITAL_HEADS = new Set([
  'Ban',
  'Sở',
  'Bộ',
  'Cục',
  'Vụ',
  'Viện',
  'Hội',
  'Phòng',
  'Khoa',
  'Trường',
  'Đài',
  'Nhà',
  'Xí',
  'Chi',
  'Các',
  'Công',
  'Tổng',
]);

/** True when the word before `at` is capitalized and no head that lowercase words may follow. */
function capitalBefore(text: string, at: number): boolean {
  const word = text.slice(lastWordStart(text, at), at);
  return (
    /^\p{Lu}/u.test(word) &&
    word !== word.toUpperCase() &&
    !CAPITAL_HEADS.has(word) &&
    !/^(?:hội|nghiệp|ty|nhánh)$/u.test(word)
  );
}

// Titles that take a lowercase unit after them: "Hiệu trưởng trường ĐH ...", "Trưởng phòng cảnh sát giao thông
// ...", "người phát ngôn của Thủ tướng" (not ranks: "đại tá" is all the title).
const TAKES_LOWER_UNIT =
  /(?:Hiệu trưởng|Trưởng phòng|Phó phòng|Giám đốc|Trưởng ban|Phó ban|Trưởng khoa|Chủ nhiệm|Chủ tịch|Viện trưởng|Chánh văn phòng|Chánh Văn phòng|Bí thư|Người phát ngôn|Thư ký|Tổng Thư ký|Tổng Biên tập|Trưởng Đoàn|Đội trưởng|Tổ trưởng|giảng viên|giáo viên|chuyên viên)$/iu;

/**
 * A title after a name with no capitalized unit, followed by a lowercase one up to a comma: "Trưởng phòng cảnh
 * sát giao thông đường bộ,", "người phát ngôn của Thủ tướng,". Ending elsewhere (a reporting verb), the unit is
 * taken only after a word that opens one ("trường", "phòng", "công ty"); else the title stands alone.
 */
function readLowercaseUnit(text: string, titleEnd: number): number {
  if (!TAKES_LOWER_UNIT.test(text.slice(Math.max(0, titleEnd - 20), titleEnd))) return titleEnd;
  const toComma = readToComma(text, titleEnd, -1);
  if (toComma > 0) return toComma;
  if (!UNIT_HEAD_LOWER.test(text.slice(titleEnd, titleEnd + 14))) return titleEnd;
  return readToComma(text, titleEnd, titleEnd, true);
}

// Lowercase words that open a unit's name: "trường ĐH ...", "phòng đào tạo ...", "công ty ...".
const UNIT_HEAD_LOWER = /^ (?:trường|phòng|công ty|ban|khoa|viện|trung tâm|bệnh viện|sở|xí nghiệp|nhà máy) /u;

/**
 * The document form: a name or a title wrapped onto the next line is read across the sentence break (`passages`),
 * and the titles of every mention of a person are merged into one record per document.
 */
export const officialExtractor = defineExtractor({
  id: 'official',
  schema: officialSchema,
  priority: 60,
  description: 'Named officials and the titles the text gives them (one record per person)',
  cues: OFFICIAL_CUES,
  cuesStartWords: true,
  examples: [
    // a person cue before the name
    'Đồng chí Lê Văn Hùng phát biểu chỉ đạo hội nghị.',
    'Ông Trần Minh Đức cho biết huyện đã hoàn thành kế hoạch.',
    'Đ/c Phạm Thị Hạnh trình bày báo cáo chính trị.',
    // a title right before the name
    'Bí thư Tỉnh ủy Nguyễn Hữu Phước phát biểu kết luận hội nghị.',
    // titles after the name: ", ", " – ", " (", "được bầu làm", "tái đắc cử"
    'Dự hội nghị có Hồ Thị Lan, Phó Chủ tịch UBND huyện.',
    'Trần Quốc Bảo – Trưởng Ban Dân vận Huyện ủy chủ trì buổi làm việc.',
    'Lương Văn Thắng (Phó Chủ tịch UBND xã) trao quà cho các hộ nghèo.',
    'Đỗ Thị Hoa được bầu làm Bí thư Chi bộ thôn Đông Hải.',
    'Vi Văn Sơn tái đắc cử Chủ tịch Hội Nông dân xã.',
    // a list under one title
    'Ban Thường vụ đã bầu 2 Phó Bí thư gồm: đồng chí Lò Văn Hải và đồng chí Nông Thị Thu.',
  ],
  extract: (doc, ctx) => findOfficials(doc, ctx?.holdsCue),
});

export default officialExtractor;
