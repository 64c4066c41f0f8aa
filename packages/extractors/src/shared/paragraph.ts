import type { AnalyzedDocument, Sentence } from '@vnpr/core';

// A party unit standing as the subject of a paragraph's sentence, its name read up to the verb: "Đảng bộ cơ quan Sở
// Giao thông vận tải TPHCM đã tổng kết …", "Năm 2004, Đảng bộ cơ quan LĐLĐ TPHCM đã lãnh đạo …".
const PARAGRAPH_SUBJECT =
  /(?<![\p{L}])(?<name>(?:Đảng bộ|Đảng ủy|Đảng uỷ|Chi bộ)(?: [^\s\d,;.()"“”:]+){1,10}?) (?:đã|vừa|đang|hiện|luôn|có|tổ chức)(?![\p{L}])/gu;

// Capitalized words of a unit's kind, not its proper name: "Đảng bộ Khối Cơ quan", "Các", "Đảng ủy".
const GENERIC_WORDS = new Set(['Khối', 'Cơ', 'Các', 'Doanh', 'Đảng', 'Ủy', 'Uỷ', 'Thường', 'Vụ']);

/** Whether a unit's name has a proper name after its kind ("Đảng bộ huyện Thới Lai", "Đảng bộ khối DNTN"). */
export function hasProperName(name: string): boolean {
  return name
    .split(/\s+/u)
    .slice(2)
    .some((w) => /^\p{Lu}/u.test(w) && !GENERIC_WORDS.has(w));
}

/**
 * The party unit of kind `head` ("Đảng bộ") that the sentence's paragraph names in full as a subject before it, the
 * nearest one: "Chiều 3-2, Đảng bộ cơ quan Sở X đã tổng kết … . Các chi bộ đã kết nạp 9 đảng viên, nâng tổng số đảng
 * viên trong Đảng bộ lên 215 người" — the "Đảng bộ" of the second sentence is "Đảng bộ cơ quan Sở X". Null when the
 * paragraph names none.
 */
export function paragraphSubject(doc: AnalyzedDocument, sentence: Sentence, head: string): string | null {
  let known = subjects.get(sentence);
  if (!known) {
    known = new Map();
    subjects.set(sentence, known);
  }
  const cached = known.get(head);
  if (cached !== undefined) return cached;
  const found = readSubject(doc, sentence, head);
  known.set(head, found);
  return found;
}

const subjects = new WeakMap<Sentence, Map<string, string | null>>();

/** How far back in its paragraph a subject is looked for. */
const MAX_LOOK_BACK = 1500;

function readSubject(doc: AnalyzedDocument, sentence: Sentence, head: string): string | null {
  const paragraphStart = Math.max(doc.text.lastIndexOf('\n', sentence.start - 1) + 1, sentence.start - MAX_LOOK_BACK);
  if (paragraphStart >= sentence.start) return null;
  let nearest: string | null = null;
  for (const m of doc.text.slice(paragraphStart, sentence.start).matchAll(PARAGRAPH_SUBJECT)) {
    const name = m.groups?.name;
    if (name?.startsWith(`${head} `) && hasProperName(name)) nearest = name;
  }
  return nearest;
}
