import type { Sentence } from '@vnpr/core';
import { firstAtOrAfter } from './sorted.js';

// A plan anywhere earlier in the sentence: "phấn đấu …", "Mục tiêu năm 2005 của Đảng bộ là …", "dự kiến …",
// "sẽ kết nạp …", "phương hướng …", "nhiệm vụ năm tới …".
const PLAN_IN_SENTENCE =
  /phấn đấu|mục tiêu|dự kiến|(?<![\p{L}])sẽ(?![\p{L}])|phương hướng|(?:năm|thời gian|nhiệm kỳ) tới/iu;

// A plan in the same clause: "chỉ tiêu đề ra …", "kế hoạch năm 2024 là …", "đề ra …", "cần …", "phải đạt …".
const PLAN_IN_CLAUSE =
  /chỉ tiêu (?:đề ra|phấn đấu|kết nạp)|kế hoạch (?:đề ra|năm \d{4} là)|đề ra|(?<![\p{L}])cần(?![\p{L}])|phải (?:đạt|có)/iu;

// "Cần" before a capitalized word names a place, not a need: "Cần Thơ", "Cần Giờ", "Cần Giuộc" (case-sensitive).
const PLACE_NOT_NEED = /^Cần \p{Lu}/u;

interface PlanMarks {
  /** Offset (in the sentence) of the first strong plan word, or Infinity. */
  firstStrong: number;
  /** Offsets of clause-level plan words. */
  clauseWords: number[];
  /** Offsets of ";". */
  semicolons: number[];
}

const marks = new WeakMap<Sentence, PlanMarks>();

function marksOf(sentence: Sentence): PlanMarks {
  let m = marks.get(sentence);
  if (!m) {
    const text = sentence.text;
    const strong = new RegExp(PLAN_IN_SENTENCE.source, 'iu').exec(text);
    m = {
      firstStrong: strong ? strong.index : Number.POSITIVE_INFINITY,
      clauseWords: [...text.matchAll(new RegExp(PLAN_IN_CLAUSE.source, 'giu'))]
        .filter((x) => !PLACE_NOT_NEED.test(text.slice(x.index, x.index + 6)))
        .map((x) => x.index),
      semicolons: [...text.matchAll(/;/g)].map((x) => x.index),
    };
    marks.set(sentence, m);
  }
  return m;
}

/**
 * True when the words before `at` (an offset in the sentence) make what follows a plan or a target rather than
 * a reported result ("Đảng bộ khối phấn đấu trong nhiệm kỳ mới …; 20% chi bộ đạt hoàn thành nhiệm vụ"). "(đạt
 * 120,8% chỉ tiêu năm); xét chuyển đảng chính thức cho 132 đồng chí" is a result: a plan word must be a strong
 * one, or stand in the same clause. The sentence is scanned once, however many numbers ask.
 *
 * @example
 * isPlanned(sentence, sentence.text.indexOf('kết nạp')) // "Mục tiêu năm 2005 của Đảng bộ là kết nạp 14 đảng viên" → true
 */
export function isPlanned(sentence: Sentence, at: number): boolean {
  const m = marksOf(sentence);
  if (m.firstStrong < at) return true;
  // The clause starts after the last ";" before `at`; a clause word counts between there and `at`. Both lists are
  // in text order: binary searches, so that a sentence of many clauses costs log n a question, not n.
  const semicolon = m.semicolons[firstAtOrAfter(m.semicolons, at) - 1];
  const clauseStart = semicolon === undefined ? 0 : semicolon + 1;
  const word = m.clauseWords[firstAtOrAfter(m.clauseWords, clauseStart)];
  return word !== undefined && word < at;
}
