// What the index charts show, computed from the records. Every function states what it counts and
// what it leaves out, so that the page can say it too.

/** The record fields the charts read (a subset of the contract). */
export interface ChartRecord {
  type: string;
  docId: string;
  /** The page of the record's document and its index there, for links; -1 when it has no page. */
  doc: number;
  k: number;
  organization?: string | null;
  action?: string;
  count?: number | null;
  target?: number | null;
  period?: string | null;
  subject?: string;
  level?: string;
  percent?: number | null;
  orAbove?: boolean;
  text?: string;
  values?: { comparator: string; value: number | null; min: number | null; max: number | null; unit: string | null }[];
}

export const LEVELS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;

/** The year of a period that lies within one year: "2019", "2019-H1", "2019-Q3", "2019-05"; else null. */
export function yearOf(period: string | null | undefined): number | null {
  if (!period) return null;
  const match = /^(\d{4})(?:-(?:H[12]|Q[1-4]|\d{2}(?:-\d{2})?))?$/.exec(period);
  return match ? Number(match[1]) : null;
}

/** The organization a figure belongs to: its own, else the document's, else "(unknown)". */
export function organizationOf(record: ChartRecord, documentOrganization: ReadonlyMap<string, string | null>): string {
  return record.organization || documentOrganization.get(record.docId) || '(unknown)';
}

function isAdmission(record: ChartRecord): boolean {
  return record.type === 'membership' && record.action === 'kết nạp' && typeof record.count === 'number';
}

/** Summary of the admissions counted and left out. */
export interface AdmissionStats {
  /** Admission records with a count. */
  records: number;
  /** Left out: the period spans several years or is unknown. */
  noYear: number;
  /** Left out: the same organization, year and count already counted (the same figure reported twice). */
  duplicates: number;
}

/**
 * The admissions ("kết nạp") counted: one per (organization, year, count), so a figure that several
 * articles repeat counts once. Records whose period is not within one year are left out.
 */
export function countedAdmissions(
  records: readonly ChartRecord[],
  documentOrganization: ReadonlyMap<string, string | null>,
): { counted: { record: ChartRecord; year: number; organization: string }[]; stats: AdmissionStats } {
  const stats: AdmissionStats = { records: 0, noYear: 0, duplicates: 0 };
  const seen = new Set<string>();
  const counted: { record: ChartRecord; year: number; organization: string }[] = [];
  for (const record of records) {
    if (!isAdmission(record)) continue;
    stats.records++;
    const year = yearOf(record.period);
    if (year === null) {
      stats.noYear++;
      continue;
    }
    const organization = organizationOf(record, documentOrganization);
    const key = `${organization}\u0000${year}\u0000${record.count}`;
    if (seen.has(key)) {
      stats.duplicates++;
      continue;
    }
    seen.add(key);
    counted.push({ record, year, organization });
  }
  return { counted, stats };
}

/** New members admitted per year: the sum of the counted admissions, with how many records made it. */
export function admissionsByYear(
  counted: readonly { record: ChartRecord; year: number }[],
): { year: number; total: number; records: number }[] {
  const byYear = new Map<number, { total: number; records: number }>();
  for (const { record, year } of counted) {
    const entry = byYear.get(year) ?? { total: 0, records: 0 };
    entry.total += record.count ?? 0;
    entry.records++;
    byYear.set(year, entry);
  }
  return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, entry]) => ({ year, ...entry }));
}

/** New members admitted per organization (all years), largest first, the first `limit`. */
export function admissionsByOrganization(
  counted: readonly { record: ChartRecord; organization: string }[],
  limit = 15,
): { organization: string; total: number; records: number }[] {
  const byOrg = new Map<string, { total: number; records: number }>();
  for (const { record, organization } of counted) {
    const entry = byOrg.get(organization) ?? { total: 0, records: 0 };
    entry.total += record.count ?? 0;
    entry.records++;
    byOrg.set(organization, entry);
  }
  return [...byOrg.entries()]
    .map(([organization, entry]) => ({ organization, ...entry }))
    .sort((a, b) => b.total - a.total || a.organization.localeCompare(b.organization))
    .slice(0, limit);
}

/** Rating counts by level for one subject and year. */
export interface RatingYear {
  year: number;
  counts: Record<string, number>;
  records: number;
}

/**
 * Ratings per year for one subject: the sum of `count` by level (records that give a count and a
 * one-year period; "or above" records are left out, their count overlaps the levels above).
 */
export function ratingCountsByYear(records: readonly ChartRecord[], subject: string): RatingYear[] {
  const byYear = new Map<number, RatingYear>();
  for (const record of records) {
    if (record.type !== 'rating' || record.subject !== subject || record.orAbove) continue;
    if (typeof record.count !== 'number' || !record.level) continue;
    const year = yearOf(record.period);
    if (year === null) continue;
    const entry = byYear.get(year) ?? { year, counts: {}, records: 0 };
    entry.counts[record.level] = (entry.counts[record.level] ?? 0) + record.count;
    entry.records++;
    byYear.set(year, entry);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The median reported percent by level per year for one subject (records with a percent; "or above" left out). */
export function ratingPercentsByYear(
  records: readonly ChartRecord[],
  subject: string,
): { year: number; medians: Record<string, number>; records: Record<string, number> }[] {
  const byYear = new Map<number, Record<string, number[]>>();
  for (const record of records) {
    if (record.type !== 'rating' || record.subject !== subject || record.orAbove) continue;
    if (typeof record.percent !== 'number' || !record.level) continue;
    const year = yearOf(record.period);
    if (year === null) continue;
    const levels = byYear.get(year) ?? {};
    const list = levels[record.level] ?? [];
    list.push(record.percent);
    levels[record.level] = list;
    byYear.set(year, levels);
  }
  return [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, levels]) => ({
      year,
      medians: Object.fromEntries(Object.entries(levels).map(([level, values]) => [level, median(values)])),
      records: Object.fromEntries(Object.entries(levels).map(([level, values]) => [level, values.length])),
    }));
}

/** The rating subjects with the most records, most first. */
export function topRatingSubjects(records: readonly ChartRecord[], limit = 2): string[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    if (record.type === 'rating' && record.subject) counts.set(record.subject, (counts.get(record.subject) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([subject]) => subject);
}

/** One admission target set against the admissions reported for the same organization and year. */
export interface TargetPair {
  organization: string;
  year: number;
  target: number;
  result: number;
  /** Where the pair comes from: "209/150" in one membership record, or a target record matched to one. */
  source: 'membership' | 'target';
  docId: string;
  doc: number;
  k: number;
}

/** A target record's planned number of new members: a "kết nạp" plan whose only number counts đảng viên. */
function plannedAdmissions(record: ChartRecord): number | null {
  if (record.type !== 'target' || !record.text || !/kết nạp/i.test(record.text)) return null;
  const values = (record.values ?? []).filter((value) => value.unit && /đảng viên/i.test(value.unit));
  if (values.length !== 1) return null;
  const value = values[0]!;
  if (value.comparator === 'range') return value.min ?? null;
  return value.value ?? null;
}

/**
 * Targets against results, only where both are in the data: membership records that give both
 * ("kết nạp 209/150"), and admission targets (target records) matched to the admissions of the
 * same organization and year (one admission figure per organization and year: the largest).
 */
export function targetPairs(
  records: readonly ChartRecord[],
  documentOrganization: ReadonlyMap<string, string | null>,
): TargetPair[] {
  const pairs: TargetPair[] = [];
  const results = new Map<string, number>();
  for (const record of records) {
    if (!isAdmission(record)) continue;
    const year = yearOf(record.period);
    if (year === null) continue;
    const organization = organizationOf(record, documentOrganization);
    if (typeof record.target === 'number' && record.target > 0) {
      pairs.push({
        organization,
        year,
        target: record.target,
        result: record.count as number,
        source: 'membership',
        docId: record.docId,
        doc: record.doc,
        k: record.k,
      });
    }
    const key = `${organization}\u0000${year}`;
    results.set(key, Math.max(results.get(key) ?? 0, record.count as number));
  }
  const seen = new Set(pairs.map((pair) => `${pair.organization}\u0000${pair.year}`));
  for (const record of records) {
    const planned = plannedAdmissions(record);
    const year = yearOf(record.period);
    if (planned === null || year === null) continue;
    const organization = organizationOf(record, documentOrganization);
    const key = `${organization}\u0000${year}`;
    const result = results.get(key);
    if (result === undefined || seen.has(key)) continue;
    seen.add(key);
    pairs.push({
      organization,
      year,
      target: planned,
      result,
      source: 'target',
      docId: record.docId,
      doc: record.doc,
      k: record.k,
    });
  }
  return pairs.sort((a, b) => a.year - b.year || a.organization.localeCompare(b.organization));
}
