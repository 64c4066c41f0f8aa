// The panel: records turned into one tidy table, one row per unit × period × indicator, for regressions. Fed one
// record at a time (the records of a document together, its `document` record first, as `extract` writes them); it
// holds one cell per row it will write, not the records, so memory grows with the panel, not with the archive.
// Documents that disagree on a cell are never averaged: the row says `conflict` and lists every value.
import { describeProvince } from '@vnpr/core';
import type { VnprRecord } from '../contract.js';

/** How long a period is: a year ("2019"), a half-year ("2019-H1") or a term ("2015-2020"). */
export type PeriodType = 'year' | 'half-year' | 'term';

/** One value of a cell and the documents that give it. */
export interface PanelValue {
  value: number;
  docIds: string[];
}

/** A row of the panel. */
export interface PanelRow {
  unitId: string;
  unit: string;
  unitLevel: string | null;
  province: string | null;
  provinceCode: string | null;
  province2025: string | null;
  period: string;
  periodType: PeriodType;
  /** "admitted", "members", "ratingPercent:đảng viên:HTTNV+", … (docs/panel.md). */
  indicator: string;
  /** The figure; null when the documents disagree (see `values`). */
  value: number | null;
  /** How many documents report the figure. */
  sources: number;
  docIds: string[];
  /** The first evidence: the quote of the first record that gave the figure. */
  quote: string;
  /** Documents (or one document twice) give different values. */
  conflict: boolean;
  /** Every distinct value with the documents that give it, in the order they came. */
  values: PanelValue[];
}

/** The columns of the panel, in order. */
export const PANEL_COLUMNS = [
  'unitId',
  'unit',
  'unitLevel',
  'province',
  'provinceCode',
  'province2025',
  'period',
  'periodType',
  'indicator',
  'value',
  'sources',
  'docIds',
  'quote',
  'conflict',
  'values',
] as const;

/** The other membership flows: action → indicator. */
const FLOWS: Record<string, string> = {
  'chuyển chính thức': 'confirmed',
  'chuyển sinh hoạt đến': 'transferredIn',
  'chuyển sinh hoạt đi': 'transferredOut',
  'chuyển sinh hoạt': 'transferred',
  'ra khỏi Đảng': 'left',
  'xóa tên': 'struckOff',
  'khai trừ': 'expelled',
  'cấp thẻ': 'cardsIssued',
  'đổi thẻ': 'cardsExchanged',
};

/** orgStat entities → indicator. */
const STOCKS: Record<string, string> = {
  'đảng viên': 'members',
  'tổ chức cơ sở đảng': 'baseOrganizations',
  'chi bộ': 'cells',
};

/** A figure one record gives: its indicator, period and value. */
interface Figure {
  indicator: string;
  period: string | null;
  value: number;
  /** Added up with the figures of the same cell from the same document (an award's parts), not compared. */
  additive?: boolean;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** The type of a period, or null for one the panel does not take (a quarter, a month, none). */
export function periodTypeOf(period: string | null): PeriodType | null {
  if (!period) return null;
  if (/^\d{4}$/.test(period)) return 'year';
  if (/^\d{4}-H[12]$/.test(period)) return 'half-year';
  if (/^\d{4}-\d{4}$/.test(period)) return 'term';
  return null;
}

/** The year of an orgStat's `asOf` ("2023", "2023-12-31"): a stock belongs to the year it was counted in. */
function stockPeriod(asOf: unknown): string | null {
  const text = str(asOf);
  if (!text) return null;
  if (periodTypeOf(text)) return text;
  return /^(?<year>\d{4})-\d{2}(?:-\d{2})?/.exec(text)?.groups?.year ?? null;
}

/** What the figures of a record need from its document. */
export interface DocumentFigures {
  /** The period the document reports on (`reportedPeriod`), for records without one (study sessions). */
  reported: string | null;
  /** The document's study attendance and the record that carries it (the first study session's). */
  study: { record: VnprRecord; percent: number } | null;
}

/**
 * The figures of one record (docs/panel.md says how each indicator is derived), given what its document says
 * (`documentFigures`).
 */
export function figuresOf(record: VnprRecord, context: DocumentFigures): Figure[] {
  const out: Figure[] = [];
  const add = (indicator: string, period: string | null, value: number | null, additive = false) => {
    if (value !== null) out.push({ indicator, period, value, additive });
  };
  const period = str(record.period);
  switch (record.type) {
    case 'membership': {
      const action = str(record.action) ?? '';
      if (action === 'kết nạp') {
        add('admitted', period, num(record.count));
        add('admittedTarget', period, num(record.target));
        add('admittedPercentOfTarget', period, num(record.percentOfTarget));
      } else if (FLOWS[action]) add(FLOWS[action], period, num(record.count));
      break;
    }
    case 'orgStat': {
      const indicator = STOCKS[str(record.entity) ?? ''];
      if (indicator) add(indicator, stockPeriod(record.asOf), num(record.count));
      break;
    }
    case 'rating': {
      const subject = str(record.subject);
      const level = str(record.level);
      if (!subject || !level) break;
      const key = `${subject}:${level}${record.orAbove === true ? '+' : ''}`;
      add(`ratingCount:${key}`, period, num(record.count));
      add(`ratingPercent:${key}`, period, num(record.percent));
      break;
    }
    case 'participation':
      add('studySessions', context.reported, num(record.sessions), true);
      if (context.study?.record === record) add('studyAttendancePercent', context.reported, context.study.percent);
      break;
    case 'award': {
      const form = str(record.form);
      if (form) add(`awards:${form}:${str(record.recipients) ?? 'other'}`, period, num(record.count), true);
      break;
    }
  }
  return out;
}

/**
 * What a document's records share: the period it reports on, and its study attendance: the one session's percent,
 * or for several sessions all attended over all expected (Σ attended / Σ total of the sessions that give both).
 */
export function documentFigures(records: readonly VnprRecord[]): DocumentFigures {
  const sessions = records.filter((r) => r.type === 'participation');
  let study: DocumentFigures['study'] = null;
  const first = sessions[0];
  const counted = sessions.filter((r) => num(r.attended) !== null && (num(r.total) ?? 0) > 0);
  if (sessions.length === 1 && first && num(first.percent) !== null)
    study = { record: first, percent: num(first.percent)! };
  else if (first && counted.length > 0) {
    const attended = counted.reduce((sum, r) => sum + num(r.attended)!, 0);
    const total = counted.reduce((sum, r) => sum + num(r.total)!, 0);
    study = { record: first, percent: Math.round((attended / total) * 10000) / 100 };
  }
  return { reported: reportedPeriod(records), study };
}

/** The period most of a document's dated figures give: the period it reports on ("2023"), or null. */
export function reportedPeriod(records: readonly VnprRecord[]): string | null {
  const counts = new Map<string, number>();
  for (const r of records) {
    const period = r.type === 'membership' || r.type === 'rating' ? str(r.period) : null;
    if (period && periodTypeOf(period) === 'year') counts.set(period, (counts.get(period) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [period, n] of counts) if (n > most) [best, most] = [period, n];
  return best;
}

/** The key of a panel cell: its unit, period and indicator (what `panelKeysOf` and `conflictKeys` give). */
export const panelCellKey = (unitId: string, period: string, indicator: string): string =>
  `${unitId}\u0000${period}\u0000${indicator}`;
const cellKey = panelCellKey;

/**
 * The keys of the panel cells a record gives figures to (`context`: its document's `documentFigures`), to find it
 * among `PanelBuilder.conflictKeys()`.
 */
export function panelKeysOf(record: VnprRecord, context: DocumentFigures): string[] {
  const unitId = str(record.unitId);
  if (!unitId) return [];
  return figuresOf(record, context)
    .filter((f) => f.period && periodTypeOf(f.period))
    .map((f) => cellKey(unitId, f.period!, f.indicator));
}

interface Cell {
  row: Omit<PanelRow, 'value' | 'sources' | 'docIds' | 'conflict' | 'values'>;
  values: PanelValue[];
  docIds: Set<string>;
}

/** What the builder left out, for the command's summary. */
export interface PanelStats {
  documents: number;
  /** Figures of a record with no resolved unit. */
  withoutUnit: number;
  /** Figures without a year, half-year or term. */
  withoutPeriod: number;
}

/**
 * Builds the panel from records, streaming: `add` each record (a document's records together, its `document`
 * record first), then `rows()`.
 *
 * @example
 * const panel = new PanelBuilder();
 * for (const record of extract(text, { id: 'a.txt' })) panel.add(record);
 * panel.rows(); // [{ unitId: '84-khoi-…', period: '2023', indicator: 'admitted', value: 209, … }, …]
 */
export class PanelBuilder {
  private readonly cells = new Map<string, Cell>();
  private pending: VnprRecord[] = [];
  readonly stats: PanelStats = { documents: 0, withoutUnit: 0, withoutPeriod: 0 };

  /** Takes one record; a document's records are read when the next document starts (or at `rows()`). */
  add(record: VnprRecord): void {
    if (this.pending.length > 0 && (record.type === 'document' || record.docId !== this.pending[0]?.docId))
      this.flush();
    this.pending.push(record);
  }

  /** The keys (`panelKeysOf`) of the cells whose documents disagree. */
  conflictKeys(): Set<string> {
    this.flush();
    const keys = new Set<string>();
    for (const [key, cell] of this.cells) if (cell.values.length > 1) keys.add(key);
    return keys;
  }

  /** The panel, sorted by unit, indicator and period. */
  rows(): PanelRow[] {
    this.flush();
    const rows: PanelRow[] = [];
    for (const cell of this.cells.values()) {
      const conflict = cell.values.length > 1;
      rows.push({
        ...cell.row,
        value: conflict ? null : (cell.values[0]?.value ?? null),
        sources: cell.docIds.size,
        docIds: [...cell.docIds],
        conflict,
        values: cell.values,
      });
    }
    const order = (r: PanelRow) => `${r.unitId}\u0000${r.indicator}\u0000${r.period}`;
    return rows.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  }

  private flush(): void {
    const records = this.pending;
    this.pending = [];
    if (records.length === 0) return;
    const document = records[0]?.type === 'document' ? records[0] : undefined;
    if (document) this.stats.documents++;
    const context = documentFigures(records);
    // Within one document, an award's parts add up ("17 … và 5 … Giấy khen"); other figures are compared.
    const own = new Map<string, { cell: Cell; value: number; additive: boolean }>();
    for (const record of records) {
      const figures = figuresOf(record, context);
      if (figures.length === 0) continue;
      const unitId = str(record.unitId);
      const unit = str(record.unit);
      if (!unitId || !unit) {
        this.stats.withoutUnit += figures.length;
        continue;
      }
      for (const figure of figures) {
        const type = periodTypeOf(figure.period);
        if (!type || !figure.period) {
          this.stats.withoutPeriod++;
          continue;
        }
        const key = cellKey(unitId, figure.period, figure.indicator);
        const seen = own.get(key);
        if (seen && figure.additive && seen.additive) {
          seen.value += figure.value;
          continue;
        }
        if (seen && seen.value === figure.value) continue;
        const cell = this.cellFor(key, record, document, unitId, unit, figure.period, type, figure.indicator);
        if (seen) this.note(cell, record.docId, figure.value);
        else own.set(key, { cell, value: figure.value, additive: figure.additive === true });
      }
    }
    for (const { cell, value } of own.values()) this.note(cell, records[0]!.docId, value);
  }

  private cellFor(
    key: string,
    record: VnprRecord,
    document: VnprRecord | undefined,
    unitId: string,
    unit: string,
    period: string,
    periodType: PeriodType,
    indicator: string,
  ): Cell {
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {
        row: {
          unitId,
          unit,
          unitLevel: str(record.unitLevel),
          ...provinceOf(unitId, document),
          period,
          periodType,
          indicator,
          quote: typeof record.quote === 'string' ? record.quote : '',
        },
        values: [],
        docIds: new Set(),
      };
      this.cells.set(key, cell);
    }
    return cell;
  }

  private note(cell: Cell, docId: string, value: number): void {
    cell.docIds.add(docId);
    const rounded = Math.round(value * 100) / 100;
    const same = cell.values.find((v) => v.value === rounded);
    if (same) {
      if (!same.docIds.includes(docId)) same.docIds.push(docId);
    } else cell.values.push({ value: rounded, docIds: [docId] });
  }
}

/** The province of a unit: its id's GSO code, named as the document names it (or as of no date). */
function provinceOf(
  unitId: string,
  document: VnprRecord | undefined,
): { province: string | null; provinceCode: string | null; province2025: string | null } {
  const code = /^\d{2}(?=-|$)/.exec(unitId)?.[0];
  if (!code) return { province: null, provinceCode: null, province2025: null };
  if (document && document.provinceCode === code)
    return { province: str(document.province), provinceCode: code, province2025: str(document.province2025) };
  const described = describeProvince(code, str(document?.publishedAt));
  return {
    province: described?.province ?? null,
    provinceCode: code,
    province2025: described?.province2025 ?? null,
  };
}
