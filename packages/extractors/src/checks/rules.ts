// The consistency checks, one function a rule. Each reads the records of one document and says which of
// them do not add up; none changes or removes a record. The figures are compared within the rounding of
// the printed decimals: "139,33%" may differ from the computed share by 0.01, "121%" by 1.
import type { VnprRecord } from '../contract.js';
import type { CheckFields } from './schema.js';

/** A finding: the record it concerns and what is wrong. */
export interface Finding {
  record: VnprRecord;
  fields: CheckFields;
}

/** The records of one document, the document record first. */
export interface CheckInput {
  document: VnprRecord;
  records: readonly VnprRecord[];
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** One unit of the last printed decimal of `value` (139.33 → 0.01, 120 → 1). */
function printedUnit(value: number): number {
  const decimals = /\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0;
  return 10 ** -decimals;
}

/** `value` with at most two decimals, as a person writes it. */
function show(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A share written beside the counts it should equal (a part of a whole, in per cent). */
function shareMismatch(part: number, whole: number, written: number): string | null {
  if (whole <= 0) return null;
  const computed = (part / whole) * 100;
  if (Math.abs(computed - written) <= printedUnit(written) + 1e-9) return null;
  return `${show(part)}/${show(whole)} = ${show(computed)}%, the text says ${show(written)}%`;
}

/** membership: count / target against the percent of the plan ("209/150, đạt 139,33%"). */
export function checkPercentOfTarget({ records }: CheckInput): Finding[] {
  const out: Finding[] = [];
  for (const r of records) {
    if (r.type !== 'membership') continue;
    const [count, target, percent] = [num(r.count), num(r.target), num(r.percentOfTarget)];
    if (count === null || target === null || percent === null) continue;
    const message = shareMismatch(count, target, percent);
    if (message) out.push(finding(r, 'percent-of-target', 'warning', message));
  }
  return out;
}

/** rating and participation: count / total against the percent written with them ("62/66 tổ chức, đạt 93%"). */
export function checkPercentOfTotal({ records }: CheckInput): Finding[] {
  const out: Finding[] = [];
  for (const r of records) {
    const part = r.type === 'rating' ? num(r.count) : r.type === 'participation' ? num(r.attended) : null;
    const [total, percent] = [num(r.total), num(r.percent)];
    if (part === null || total === null || percent === null) continue;
    const message = shareMismatch(part, total, percent);
    if (message) out.push(finding(r, 'percent-of-total', 'warning', message));
  }
  return out;
}

/**
 * The levels of one rating (one organization, subject and period; "trở lên" shares left out, since they hold
 * the levels above them) whose shares add up past 100%, beyond the rounding of each.
 */
export function checkSharesOver100({ records }: CheckInput): Finding[] {
  const out: Finding[] = [];
  for (const group of ratingGroups(records, (r) => num(r.percent) !== null)) {
    const percents = group.map((r) => num(r.percent)!);
    const sum = percents.reduce((a, b) => a + b, 0);
    const slack = percents.reduce((a, p) => a + printedUnit(p), 0);
    if (sum - 100 <= slack + 1e-9) continue;
    const parts = group.map((r) => `${r.level} ${show(num(r.percent)!)}%`).join(' + ');
    out.push(finding(group[0]!, 'shares-over-100', 'warning', `${parts} = ${show(sum)}% of ${group[0]!.subject}`));
  }
  return out;
}

/** Counts of the levels of one rating that add up past the total they are counted in ("66 TCCSĐ: 20 …, 50 …"). */
export function checkPartsExceedTotal({ records }: CheckInput): Finding[] {
  const out: Finding[] = [];
  for (const r of records) {
    const [count, total] = [num(r.count), num(r.total)];
    if (r.type === 'rating' && count !== null && total !== null && count > total) {
      out.push(finding(r, 'parts-exceed-total', 'warning', `${show(count)} ${r.subject} of a total of ${show(total)}`));
    }
  }
  for (const group of ratingGroups(records, (r) => num(r.count) !== null && num(r.total) !== null)) {
    const total = num(group[0]!.total)!;
    if (group.some((r) => num(r.total) !== total)) continue;
    const sum = group.reduce((a, r) => a + num(r.count)!, 0);
    if (sum <= total || group.some((r) => num(r.count)! > total)) continue;
    const parts = group.map((r) => `${r.level} ${show(num(r.count)!)}`).join(' + ');
    out.push(
      finding(
        group[0]!,
        'parts-exceed-total',
        'warning',
        `${parts} = ${show(sum)}, more than the ${show(total)} ${group[0]!.subject}`,
      ),
    );
  }
  return out;
}

/** Words that announce a meeting still to come ("sẽ diễn ra", "dự kiến", "sắp", "chuẩn bị"). */
const FUTURE = /(?:^|[^\p{L}])(?:sẽ|dự kiến|sắp|chuẩn bị|tới đây|kế hoạch tổ chức)(?=$|[^\p{L}])/iu;

/** An event dated after the document was published, unless the sentence announces it. */
export function checkEventAfterPublication({ document, records }: CheckInput): Finding[] {
  const published = typeof document.publishedAt === 'string' ? document.publishedAt.slice(0, 10) : null;
  if (!published) return [];
  const out: Finding[] = [];
  for (const r of records) {
    if (r.type !== 'event' || typeof r.date !== 'string') continue;
    const day = r.date.slice(0, 10);
    if (day <= published || FUTURE.test(r.sentence)) continue;
    const how = r.inferred === true ? ' (its year was inferred)' : '';
    out.push(
      finding(
        r,
        'event-after-publication',
        'warning',
        `the event is dated ${day}${how}, after the publication on ${published}`,
      ),
    );
  }
  return out;
}

/** The first year of the Party's records, and the last a report can speak of (next year's plans). */
const FIRST_YEAR = 1930;

/** Shares above 100% (a share is a part of a whole; a percent of a plan may pass 100) and years out of range. */
export function checkImpossibleValues({ document, records }: CheckInput, now = new Date()): Finding[] {
  const out: Finding[] = [];
  const lastYear = now.getUTCFullYear() + 1;
  for (const r of [document, ...records]) {
    const percent = r.type === 'rating' || r.type === 'participation' ? num(r.percent) : null;
    if (percent !== null && percent > 100) {
      out.push(
        finding(
          r,
          'impossible-value',
          'error',
          `a share of ${show(percent)}% of ${r.type === 'rating' ? r.subject : 'the attendants'}`,
        ),
      );
    }
    for (const field of ['date', 'publishedAt', 'asOf'] as const) {
      const value = r[field];
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) continue;
      const year = Number(value.slice(0, 4));
      if (year < FIRST_YEAR || year > lastYear) {
        out.push(finding(r, 'impossible-value', 'error', `${field} ${value} is outside ${FIRST_YEAR}–${lastYear}`));
      }
    }
  }
  return out;
}

/** "93% HTTNV, trong đó có 20% HTXSNV": the second share is inside the first, so the two do not add up. */
const NESTED = /(?:^|[^\p{L}])(?:trong đó|trong số đó|bao gồm)(?=$|[^\p{L}])/iu;

/**
 * Ratings of one organization, subject and period, one record a level, none "trở lên" and none in a sentence
 * that nests one share inside another ("trong đó"); else no group.
 */
function ratingGroups(records: readonly VnprRecord[], usable: (r: VnprRecord) => boolean): VnprRecord[][] {
  const groups = new Map<string, VnprRecord[]>();
  for (const r of records) {
    if (r.type !== 'rating' || r.orAbove === true || !usable(r)) continue;
    const key = JSON.stringify([r.organization ?? null, r.subject, r.period ?? null]);
    const group = groups.get(key) ?? [];
    groups.set(key, group);
    group.push(r);
  }
  return [...groups.values()].filter(
    (g) => g.length > 1 && new Set(g.map((r) => r.level)).size === g.length && !g.some((r) => NESTED.test(r.sentence)),
  );
}

function finding(
  record: VnprRecord,
  rule: CheckFields['rule'],
  severity: CheckFields['severity'],
  message: string,
): Finding {
  return { record, fields: { rule, severity, message, recordType: record.type } };
}
