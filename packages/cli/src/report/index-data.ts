// What the index page shows beside the tables, gathered one document at a time: counts per type, the
// fields the charts read, the check records, and the panel whose conflicts the document pages flag.

import { documentFigures, PanelBuilder, panelCellKey, panelKeysOf, type VnprRecord } from '@vnpr/extractors';
import type { ChartRecord } from './chart-data.js';
import type { CheckRow } from './index-page.js';

function toChartRecord(record: VnprRecord, doc: number, k: number): ChartRecord | undefined {
  if (record.type !== 'membership' && record.type !== 'rating' && record.type !== 'target') return undefined;
  const { type, docId } = record;
  const pick = <T>(name: string) => record[name] as T;
  return {
    type,
    docId,
    doc,
    k,
    organization: pick<string | null>('organization') ?? null,
    action: pick<string>('action'),
    count: pick<number | null>('count'),
    target: pick<number | null>('target'),
    period: pick<string | null>('period'),
    subject: pick<string>('subject'),
    level: pick<string>('level'),
    percent: pick<number | null>('percent'),
    orAbove: pick<boolean>('orAbove'),
    text: pick<string>('text'),
    values: pick<ChartRecord['values']>('values'),
  };
}

/** The index's figures, added to a document's records at a time. */
export class IndexData {
  documents = 0;
  errors = 0;
  records = 0;
  readonly typeCounts = new Map<string, number>();
  readonly chartRecords: ChartRecord[] = [];
  /** The organization of each document that has a chart record (a chart falls back on it). */
  readonly documentOrganization = new Map<string, string | null>();
  readonly checks: CheckRow[] = [];
  /** The panel across documents, for the conflict flag on each record's page. */
  private readonly panel = new PanelBuilder();
  private readonly figureRecords: { doc: number; k: number; keys: string[] }[] = [];

  /** Adds one document's records (`doc`: its page, -1 when it has none). */
  add(records: readonly VnprRecord[], doc: number): void {
    const context = documentFigures(records);
    let organization: { docId: string; value: string | null } | undefined;
    let charted = false;
    records.forEach((record, k) => {
      this.records++;
      this.typeCounts.set(record.type, (this.typeCounts.get(record.type) ?? 0) + 1);
      if (record.type === 'error') this.errors++;
      if (record.type === 'document') {
        this.documents++;
        organization = { docId: record.docId, value: (record.organization as string | null) ?? null };
      } else {
        const chartRecord = toChartRecord(record, doc, k);
        if (chartRecord) {
          this.chartRecords.push(chartRecord);
          charted = true;
        }
      }
      this.panel.add(record);
      const keys = panelKeysOf(record, context);
      if (keys.length > 0 && doc >= 0) this.figureRecords.push({ doc, k, keys });
      if (record.type === 'check')
        this.checks.push({
          doc,
          k,
          docId: record.docId,
          rule: String(record.rule),
          severity: String(record.severity),
          message: String(record.message),
          quote: typeof record.quote === 'string' ? record.quote : '',
        });
    });
    // Kept only where a chart may read it (a document of the same docId later still replaces it).
    if (organization && (charted || this.documentOrganization.has(organization.docId)))
      this.documentOrganization.set(organization.docId, organization.value);
  }

  /**
   * The records whose panel cells documents disagree on, by page and record number, each with what the cell holds:
   * `{ "3": { "5": ["admitted 2022: 1520 (a.txt); 1502 (b.txt)"] } }`.
   */
  conflictsByRecord(): Record<string, Record<string, string[]>> {
    const conflicting = this.panel.conflictKeys();
    const out: Record<string, Record<string, string[]>> = {};
    if (conflicting.size === 0) return out;
    const described = new Map<string, string>();
    for (const row of this.panel.rows()) {
      if (!row.conflict) continue;
      const values = row.values.map((v) => `${v.value} (${v.docIds.join(', ')})`).join('; ');
      described.set(panelCellKey(row.unitId, row.period, row.indicator), `${row.indicator} ${row.period}: ${values}`);
    }
    for (const { doc, k, keys } of this.figureRecords) {
      const notes = keys.filter((key) => conflicting.has(key)).map((key) => described.get(key) ?? key);
      if (notes.length === 0) continue;
      const page = out[doc] ?? {};
      out[doc] = page;
      page[k] = notes;
    }
    return out;
  }
}
