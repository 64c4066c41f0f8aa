import type { AnalyzedDocument } from '@vnpr/core';
import type { VnprRecord } from '../contract.js';
import { isIntertitle, isLead } from '../shared/lead.js';

/** A record the checks let through, with what the repeat steps compare. */
export interface Accepted {
  record: VnprRecord;
  /** Where its evidence starts in `doc.text`: records are written in text order. */
  start: number;
  /** The record's type and fields, for exact repeats. */
  key: string;
  /** Found in the headline, a caption, an intertitle or before the dateline (see `isLead`). */
  lead: boolean;
}

/**
 * Whether a record stands in the lead. An intertitle ("Phấn đấu kết nạp 600 đảng viên trở lên" above its
 * paragraph) repeats the body as a lead does; not for quantities, whose repeat is a bare value (a body line such
 * as "Địa chỉ: số 2 …" would match any 2).
 */
export function inLead(
  doc: AnalyzedDocument,
  type: string,
  sentence: AnalyzedDocument['sentences'][number],
  at: number,
) {
  return isLead(doc, sentence, at) || (type !== 'quantity' && isIntertitle(doc, sentence));
}

/** Records in text order (a stable sort: at one offset, the earlier extractor's first). */
export function inTextOrder(accepted: Accepted[]): Accepted[] {
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * The lead repeats a figure the body reports: the headline "Đảng bộ huyện Nghi Lộc kết nạp 120 đảng viên mới" or
 * a photo caption above "Năm 2023, Đảng bộ huyện đã kết nạp 120 đảng viên mới, đạt 109% kế hoạch". The lead's
 * record goes when a body record of the same type has every figure it has. One fact, one record: the body's.
 */
export function withoutLeadRepeats(accepted: Accepted[]): Accepted[] {
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
export function withoutRepeats(accepted: Accepted[]): Accepted[] {
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
