// The corpus at a glance: counts, charts, and the record tables (filled by report.js from data/*.js).

import {
  admissionsByOrganization,
  admissionsByYear,
  type ChartRecord,
  countedAdmissions,
  LEVELS,
  ratingCountsByYear,
  ratingPercentsByYear,
  targetPairs,
  topRatingSubjects,
} from './chart-data.js';
import { groupedBarChart, horizontalBarChart, noData, stackedShareChart } from './charts.js';
import { colorOf, LEVEL_COLORS } from './colors.js';
import { pageHead } from './document-page.js';
import { escapeAttr, escapeHtml } from './escape.js';

/** A record table: one per type, its rows in `data/<file>.js`. */
export interface TableInfo {
  type: string;
  label: string;
  rows: number;
  file: string;
}

/** A `check` record, for the table of checks. */
export interface CheckRow {
  /** Its document's page (-1: none) and its place among the document's records. */
  doc: number;
  k: number;
  docId: string;
  rule: string;
  severity: string;
  message: string;
  quote: string;
}

export interface IndexPageInput {
  inputs: string[];
  documents: number;
  errors: number;
  records: number;
  /** Highlighted records whose quote is not the text at their span. */
  mismatches: number;
  /** Records from --from whose document was not among the inputs. */
  orphans: number;
  typeCounts: Map<string, number>;
  tables: TableInfo[];
  chartRecords: ChartRecord[];
  documentOrganization: Map<string, string | null>;
  /** The check records: figures of a document that do not add up. */
  checks: CheckRow[];
  seconds: number;
  generatedAt: string;
}

function n(value: number): string {
  return value.toLocaleString('en-US');
}

function figure(id: string, title: string, body: string, note: string, details = ''): string {
  return `<figure class="chart-box" id="${id}"><figcaption><h3>${escapeHtml(title)}</h3></figcaption>${body}<p class="note">${note}</p>${details}</figure>`;
}

function dataTable(caption: string, header: string[], rows: (string | number)[][]): string {
  if (rows.length === 0) return '';
  const head = header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${typeof cell === 'number' ? n(cell) : cell}</td>`).join('')}</tr>`)
    .join('');
  return `<details><summary>${escapeHtml(caption)}</summary><div class="scroll"><table class="plain"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div></details>`;
}

function evidenceLink(doc: number, k: number, label: string): string {
  return doc >= 0 ? `<a href="doc-${doc}.html#r${k}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

/** The charts section. */
export function renderCharts(
  records: readonly ChartRecord[],
  documentOrganization: Map<string, string | null>,
): string {
  const out: string[] = [];
  const { counted, stats } = countedAdmissions(records, documentOrganization);
  const leftOut = `${n(stats.records)} admission records (membership, action “kết nạp”, with a count); left out: ${n(stats.noYear)} whose period is not one year (e.g. 2015-2020) or unknown, ${n(stats.duplicates)} repeating a figure already counted (same organization, year and count). A unit’s total and its sub-units’ figures both count when both are reported: read sums as “reported”, not as official totals.`;

  const years = admissionsByYear(counted);
  out.push(
    figure(
      'chart-admissions-year',
      'New members admitted per year',
      years.length
        ? groupedBarChart({
            label: 'New members admitted per year',
            categories: years.map((row) => String(row.year)),
            series: [{ name: 'admitted', color: colorOf('membership').accent }],
            values: years.map((row) => [row.total]),
          })
        : noData('No membership record with action “kết nạp”, a count and a one-year period.'),
      leftOut,
      dataTable(
        'Data',
        ['year', 'admitted', 'records'],
        years.map((row) => [String(row.year), row.total, row.records]),
      ),
    ),
  );

  const orgs = admissionsByOrganization(counted, 15);
  out.push(
    figure(
      'chart-admissions-org',
      'New members admitted per organization (the 15 largest)',
      orgs.length
        ? horizontalBarChart({
            label: 'New members admitted per organization',
            rows: orgs.map((row) => ({
              label: row.organization,
              value: row.total,
              title: `${row.organization}: ${n(row.total)} from ${row.records} records`,
            })),
            color: colorOf('membership').accent,
          })
        : noData('No admission record with a one-year period.'),
      'The organization is the record’s own (“Đảng bộ huyện … kết nạp …”), else the organization of its document. Same admissions as above, all years together.',
      dataTable(
        'Data',
        ['organization', 'admitted', 'records'],
        orgs.map((row) => [escapeHtml(row.organization), row.total, row.records]),
      ),
    ),
  );

  const levels = LEVELS.map((level) => ({ name: level, color: LEVEL_COLORS[level] as string }));
  const subjects = topRatingSubjects(records as ChartRecord[], 2);
  if (subjects.length === 0) {
    out.push(figure('chart-ratings', 'Ratings per year', noData('No rating record.'), ''));
  }
  subjects.forEach((subject, i) => {
    const countsByYear = ratingCountsByYear(records, subject);
    out.push(
      figure(
        `chart-ratings-count-${i}`,
        `Ratings of “${subject}” per year: counts by level`,
        countsByYear.length
          ? stackedShareChart({
              label: `Ratings of ${subject} per year, shares of the summed counts`,
              categories: countsByYear.map((row) => String(row.year)),
              series: levels,
              values: countsByYear.map((row) => LEVELS.map((level) => row.counts[level] ?? 0)),
            })
          : noData(`No rating of “${subject}” with a count and a one-year period.`),
        'Shares of the summed counts of each level (the number above a bar is the total). Records with only a percent, and “trở lên” (or above) records, are not in these sums.',
        dataTable(
          'Data',
          ['year', ...LEVELS, 'records'],
          countsByYear.map((row) => [String(row.year), ...LEVELS.map((level) => row.counts[level] ?? 0), row.records]),
        ),
      ),
    );
    const percents = ratingPercentsByYear(records, subject);
    out.push(
      figure(
        `chart-ratings-percent-${i}`,
        `Ratings of “${subject}” per year: reported percentages`,
        percents.length
          ? groupedBarChart({
              label: `Median reported percentage of ${subject} by level and year`,
              categories: percents.map((row) => String(row.year)),
              series: levels,
              values: percents.map((row) => LEVELS.map((level) => row.medians[level] ?? null)),
              unit: '%',
              max: 100,
            })
          : noData(`No rating of “${subject}” with a percentage and a one-year period.`),
        'The median of the percentages that reports give for each level (each report speaks of its own units; a median, not a total). “Trở lên” (or above) records are left out.',
        dataTable(
          'Data',
          ['year', ...LEVELS.map((level) => `${level} median % (records)`)],
          percents.map((row) => [
            String(row.year),
            ...LEVELS.map((level) =>
              row.medians[level] === undefined ? '' : `${row.medians[level]} (${row.records[level]})`,
            ),
          ]),
        ),
      ),
    );
  });

  const pairs = targetPairs(records, documentOrganization);
  const pairYears = [...new Set(pairs.map((pair) => pair.year))].sort((a, b) => a - b);
  out.push(
    figure(
      'chart-targets',
      'Admission targets against results',
      pairs.length
        ? groupedBarChart({
            label: 'Admission targets against results per year',
            categories: pairYears.map(String),
            series: [
              { name: 'target', color: '#6b6b6b' },
              { name: 'admitted', color: colorOf('membership').accent },
            ],
            values: pairYears.map((year) => {
              const ofYear = pairs.filter((pair) => pair.year === year);
              return [ofYear.reduce((s, p) => s + p.target, 0), ofYear.reduce((s, p) => s + p.result, 0)];
            }),
          })
        : noData(
            'No admission figure comes with its target: neither a “kết nạp 209/150 đảng viên” membership record nor a “kết nạp” target in đảng viên for an organization and year that also report their admissions.',
          ),
      'Only where both numbers are in the data: membership records that give count and target (“209/150”), and “kết nạp … đảng viên” targets matched with the admissions of the same organization and year. Sums over the pairs of each year.',
      dataTable(
        `Pairs (${pairs.length})`,
        ['year', 'organization', 'target', 'admitted', '% of target', 'evidence'],
        pairs.map((pair) => [
          String(pair.year),
          escapeHtml(pair.organization),
          pair.target,
          pair.result,
          `${((pair.result / pair.target) * 100).toFixed(1)}%`,
          evidenceLink(pair.doc, pair.k, `${pair.docId} (${pair.source})`),
        ]),
      ),
    ),
  );
  return out.join('\n');
}

/** The index page. */
/** The table of checks: every check record with its rule, message and a link to its evidence. */
function renderChecks(checks: readonly CheckRow[]): string {
  if (checks.length === 0)
    return '<p id="checks-none">No figure failed a check: every percent, share and total that could be recomputed adds up.</p>';
  const rows = checks
    .map((check) => {
      const quote = escapeHtml(check.quote.length > 120 ? `${check.quote.slice(0, 119)}…` : check.quote);
      const evidence = check.doc >= 0 ? evidenceLink(check.doc, check.k, quote) : quote;
      return `<tr><td>${escapeHtml(check.docId)}</td><td><code>${escapeHtml(check.rule)}</code></td><td>${escapeHtml(check.severity)}</td><td>${escapeHtml(check.message)}</td><td>${evidence}</td></tr>`;
    })
    .join('');
  return `<div class="scroll"><table id="checks-table" class="plain"><thead><tr><th scope="col">docId</th><th scope="col">rule</th><th scope="col">severity</th><th scope="col">message</th><th scope="col">evidence</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

export function renderIndexPage(input: IndexPageInput): string {
  const typeRows = [...input.typeCounts.entries()]
    .map(
      ([type, count]) =>
        `<li><span class="badge" data-type="${escapeAttr(type)}">${escapeHtml(type)}</span> ${n(count)}</li>`,
    )
    .join('');
  const tabs = input.tables
    .map(
      (table, i) =>
        `<button type="button" role="tab" id="tab-${escapeAttr(table.type)}" aria-selected="${i === 0}" aria-controls="table-panel" data-table="${escapeAttr(table.type)}" data-src="data/${escapeAttr(table.file)}" data-rows="${table.rows}">${escapeHtml(table.label)} <span class="count">${n(table.rows)}</span></button>`,
    )
    .join('');
  const cards = [
    ['documents', input.documents],
    ['records', input.records],
    ['errors', input.errors],
    ['quotes not at their span', input.mismatches],
  ]
    .map(
      ([label, value]) => `<div class="card"><span class="big">${n(value as number)}</span> ${escapeHtml(label)}</div>`,
    )
    .join('');
  return `${pageHead('vnpr report')}<body class="index-page">
<a class="skip" href="#records">Skip to the records</a>
<header class="top"><h1>vnpr report</h1><p>${escapeHtml(input.inputs.join(', '))} · generated ${escapeHtml(input.generatedAt)} in ${input.seconds.toFixed(1)} s</p></header>
<main>
<section aria-labelledby="h-glance"><h2 id="h-glance">The corpus at a glance</h2>
<div class="glance"><div class="cards">${cards}</div>
<div class="per-type"><h3 id="h-types">Records per type</h3><ul class="type-counts" aria-labelledby="h-types">${typeRows}</ul></div></div>
${input.orphans ? `<p class="warn">${n(input.orphans)} records name a document that is not among the inputs: they are in the tables without a page.</p>` : ''}
</section>
<section aria-labelledby="h-checks"><h2 id="h-checks">Consistency checks (${n(input.checks.length)})</h2>
<p>Figures of a document that do not add up (docs/records.md lists the rules). Conflicts between documents are flagged on each record's page.</p>
${renderChecks(input.checks)}
</section>
<section aria-labelledby="h-charts"><h2 id="h-charts">Charts</h2>
<div class="charts">${renderCharts(input.chartRecords, input.documentOrganization)}</div>
</section>
<section id="records" aria-labelledby="h-records"><h2 id="h-records">Records</h2>
<p>Pick a type; sort by a column header; filter on any text. Each row links to its evidence in the document.</p>
<div class="tabs" role="tablist" aria-label="Record types">${tabs}</div>
<div id="table-panel" role="tabpanel" class="table-panel">
<div class="table-tools"><label>Filter <input type="search" id="filter" autocomplete="off" placeholder="text in any column"></label> <span id="table-status" role="status" aria-live="polite"></span></div>
<div class="scroll"><table id="records-table" class="records-table"><thead></thead><tbody></tbody></table></div>
<nav class="pager" aria-label="Pages of the table"><button type="button" id="prev-page">Previous</button> <span id="page-info"></span> <button type="button" id="next-page">Next</button></nav>
<noscript><p>The record tables need JavaScript; every record is also on its document’s page.</p></noscript>
</div>
</section>
</main>
<div id="popover" class="popover" role="tooltip" hidden></div>
<script src="assets/report.js"></script>
</body>
</html>
`;
}
