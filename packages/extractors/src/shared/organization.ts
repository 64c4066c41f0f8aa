import { findOrganizations } from '@vnpr/core';

// A unit named in a person's title, not as the figure's subject: "Bí thư Đảng ủy xã …", "Phó Bí thư Thường trực Huyện ủy …".
const IN_TITLE =
  /(?<![\p{L}])(?:Bí thư|Chủ tịch|Ủy viên|Trưởng ban|Thường trực|Giám đốc|đồng chí|Đồng chí|ông|Ông|bà|Bà)\s+$/u;

/** Capitalized words that belong to a unit's kind, not to its proper name. */
const GENERIC_CAPITALS = new Set(['Khối', 'Cơ', 'Các', 'Doanh', 'Đảng', 'Ủy', 'Thường', 'Vụ']);

/**
 * The unit the clause names before a figure at `at` ("Đảng bộ huyện Thới Lai kết nạp 241 ĐV"), or null when it
 * names none (the figure is then the document's own organization's). `source` is a sentence (`SentenceInput`,
 * offsets into it) or the document (offsets into `doc.text`, with `from` the sentence's start): the clause does
 * not reach back before `from`.
 */
export function organizationBefore(source: { text: string }, at: number, from = 0): string | null {
  const text = source.text;
  // The clause, at most 200 characters back: a unit's name stands close to its figure.
  const clauseStart = Math.max(from, at - 200, text.lastIndexOf(';', at) + 1);
  const clause = text.slice(clauseStart, at);
  const orgs = findOrganizations(clause);
  const last = orgs[orgs.length - 1];
  if (!last) return null;
  // "Bí thư Đảng ủy xã Hòa Bình Nguyễn Văn Tám cho biết, …": a unit in a person's title, which runs on into the name.
  if (IN_TITLE.test(clause.slice(0, last.start))) return null;
  const name = last.name;
  // A named unit has a proper name after its head ("Đảng bộ huyện Thới Lai"); "Đảng bộ thành phố" is the report's own.
  const words = name.split(/\s+/).slice(2);
  if (!words.some((w) => /^\p{Lu}/u.test(w) && !GENERIC_CAPITALS.has(w))) return null;
  return name;
}
