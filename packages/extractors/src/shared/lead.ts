import type { AnalyzedDocument, Sentence } from '@vnpr/core';

// A news dateline, where the lead (headline, photo captions) ends and the body begins: "(NLĐ)- Ngày 15-8",
// "(TTXVN) - Sáng 31-12", "(VOH) – Chiều nay", "(QĐND) - Ngày 9-5".
export const DATELINE = /\((?:\p{Lu}[\p{Lu}\p{Ll}.]{1,11})\)\s*[-–—]/gu;

// A photo caption: "Bí thư Huyện ủy trao Bằng khen cho 8 tập thể. Ảnh: Minh Khoa", "(Ảnh: TTXVN)".
const CAPTION = /(?:^|[\s.(])Ảnh\s*:/u;

/** How far into a document its dateline may stand. */
const LEAD_WINDOW = 1000;

const leads = new WeakMap<AnalyzedDocument, number>();

/**
 * Where the body of a document starts: after its dateline when one stands near the top ("… (NLĐ)- Sáng 31-12,
 * Thành ủy …" starts the body at "(NLĐ)"), else after the headline when the text opens with it; 0 when neither.
 *
 * @example
 * bodyStart(analyze('Kết nạp 40 đảng viên (NLĐ)- Ngày 9-5, Đảng bộ …')) // 21
 */
export function bodyStart(doc: AnalyzedDocument): number {
  let start = leads.get(doc);
  if (start === undefined) {
    const dateline = new RegExp(DATELINE.source, 'gu').exec(doc.text.slice(0, LEAD_WINDOW));
    const title = doc.metadata.title;
    const at = title ? doc.text.indexOf(title) : -1;
    start = dateline ? dateline.index : at >= 0 && at < LEAD_WINDOW ? at + title!.length : 0;
    leads.set(doc, start);
  }
  return start;
}

// An intertitle: a short line of its own without a final stop ("Phấn đấu kết nạp 600 đảng viên trở lên" above the
// paragraph that gives the figure), not a list item ("- Kết nạp 30 đảng viên", "2. …").
// It opens with a capital letter and has a few words: a table's cell ("20,5") is none.
const INTERTITLE = /^\p{Lu}[^\n]{1,100}(?<![.!?…:;,"”)])$/u;
const MIN_INTERTITLE_WORDS = 4;
const MAX_INTERTITLE_WORDS = 14;

/** Whether a sentence is an intertitle: a line of its own, short, with no final stop and no list marker. */
export function isIntertitle(doc: AnalyzedDocument, sentence: Sentence): boolean {
  const known = intertitles.get(sentence);
  if (known !== undefined) return known;
  const found = sentence.text.length <= MAX_INTERTITLE_CHARS && readIntertitle(doc, sentence);
  intertitles.set(sentence, found);
  return found;
}

const intertitles = new WeakMap<Sentence, boolean>();
const MAX_INTERTITLE_CHARS = 120;

function readIntertitle(doc: AnalyzedDocument, sentence: Sentence): boolean {
  const text = sentence.text.trim();
  const words = text.split(/\s+/).length;
  if (!INTERTITLE.test(text) || words < MIN_INTERTITLE_WORDS || words > MAX_INTERTITLE_WORDS) return false;
  const before = doc.text.slice(Math.max(0, sentence.start - 2), sentence.start);
  const after = doc.text.slice(sentence.end, sentence.end + 2);
  return /\n\s*$/u.test(before) && /^\s*\n/u.test(after);
}

/**
 * True for evidence in a document's lead (headline, captions before the dateline) or in a photo caption: before
 * the "Ảnh:" of its sentence (a caption run into the body ends at its credit).
 */
export function isLead(doc: AnalyzedDocument, sentence: Sentence, start: number): boolean {
  if (start < bodyStart(doc)) return true;
  let credit = credits.get(sentence);
  if (credit === undefined) {
    credit = CAPTION.exec(sentence.text)?.index ?? -1;
    credits.set(sentence, credit);
  }
  return start < sentence.start + credit;
}

/** Where the "Ảnh:" of each sentence stands (-1 for none), read once per sentence however many records ask. */
const credits = new WeakMap<Sentence, number>();
