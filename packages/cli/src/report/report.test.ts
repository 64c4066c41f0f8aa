import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VnprRecord } from '@vnpr/extractors';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from './build.js';
import {
  admissionsByOrganization,
  admissionsByYear,
  type ChartRecord,
  countedAdmissions,
  ratingCountsByYear,
  ratingPercentsByYear,
  targetPairs,
  yearOf,
} from './chart-data.js';
import { groupedBarChart, niceMax, noData } from './charts.js';
import { colorOf, contrastRatio, LEVEL_COLORS, OTHER_COLOR, TEXT_COLOR, TYPE_COLORS } from './colors.js';
import { renderDocumentPage, renderHighlightedText } from './document-page.js';
import { escapeAttr, escapeHtml, safeJson } from './escape.js';
import { renderLayers, splitSegments } from './segments.js';

function record(
  type: string,
  start: number,
  end: number,
  text: string,
  fields: Record<string, unknown> = {},
): VnprRecord {
  return { type, docId: 'd.txt', span: [start, end], quote: text.slice(start, end), sentence: '', ...fields };
}

/** The tags of a piece of HTML are well nested (every close matches the last open). */
function isWellNested(html: string): boolean {
  const stack: string[] = [];
  for (const match of html.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (match[1]) {
      if (stack.pop() !== match[2]) return false;
    } else stack.push(match[2] as string);
  }
  return stack.length === 0;
}

/** The text of all the marks of record k, in order. */
function markText(html: string, k: number): string {
  const doc = html.replace(/<abbr[^>]*>|<\/abbr>/g, '');
  let out = '';
  const stack: (number | null)[] = [];
  for (const part of doc.split(/(<[^>]+>)/)) {
    if (part.startsWith('</')) stack.pop();
    else if (part.startsWith('<')) stack.push(Number(/data-r="(\d+)"/.exec(part)?.[1] ?? -1));
    else if (stack.includes(k))
      out += part
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
  }
  return out;
}

describe('escaping', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;',
    );
    expect(escapeHtml(null)).toBe('');
    expect(escapeAttr('a\nb"')).toBe('a&#10;b&quot;');
  });

  it('writes JSON that cannot close a script element', () => {
    const json = safeJson({ quote: '</script><!-- \u2028' });
    expect(json).not.toMatch(/<|>|\u2028/);
    expect(JSON.parse(json)).toEqual({ quote: '</script><!-- \u2028' });
  });

  it('escapes a hostile document everywhere on its page', () => {
    const text = 'Tiêu đề <img src=x onerror=alert(1)>\nNăm 2019 kết nạp 5 đảng viên <script>alert("x")</script>.';
    const start = text.indexOf('kết nạp');
    const records: VnprRecord[] = [
      { ...record('document', 0, 10, text), title: '<b onmouseover=alert(1)>Tiêu đề</b>', organization: '"><script>' },
      record('membership', start, text.length, text, { action: 'kết nạp', count: 5, organization: '<i>x</i>' }),
    ];
    const html = renderDocumentPage({ n: 1, docId: '<evil>.txt', text, records, abbreviations: [] });
    expect(html).not.toMatch(/<script>alert|<img|<b onmouseover|<i>x<\/i>|<evil>/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // Only the report's own scripts: the conflicts of the corpus and the page's behaviour.
    expect(html.match(/<script[^>]*>/g)).toEqual([
      '<script src="data/conflicts.js">',
      '<script src="assets/report.js">',
    ]);
  });
});

describe('segments', () => {
  it('cuts the text at every boundary and lists the covering spans', () => {
    expect(
      splitSegments(
        [
          { start: 2, end: 6 },
          { start: 4, end: 8 },
        ],
        10,
      ),
    ).toEqual([
      { start: 0, end: 2, covering: [] },
      { start: 2, end: 4, covering: [0] },
      { start: 4, end: 6, covering: [0, 1] },
      { start: 6, end: 8, covering: [1] },
      { start: 8, end: 10, covering: [] },
    ]);
    expect(
      splitSegments(
        [
          { start: 5, end: 3 },
          { start: 0, end: 99 },
        ],
        10,
      ),
    ).toEqual([{ start: 0, end: 10, covering: [] }]);
  });

  const tag = (name: string) => ({
    open: (first: boolean) => `<b data-r="${name}"${first ? '' : ' class="cont"'}>`,
    close: '</b>',
    rank: 0,
  });

  it('nests a span inside another', () => {
    const html = renderLayers('abcdefgh', [
      { start: 1, end: 7, ...tag('0') },
      { start: 3, end: 5, ...tag('1') },
    ]);
    expect(html).toBe('a<b data-r="0">bc<b data-r="1">de</b>fg</b>h');
  });

  it('splits crossing spans so the HTML stays well nested', () => {
    const html = renderLayers('abcdefgh', [
      { start: 1, end: 5, ...tag('0') },
      { start: 3, end: 7, ...tag('1') },
    ]);
    expect(html).toBe('a<b data-r="0">bc<b data-r="1">de</b></b><b data-r="1" class="cont">fg</b>h');
    expect(isWellNested(html)).toBe(true);
  });

  it('keeps every record’s text equal to its quote whatever the overlaps', () => {
    const text = 'Năm 2019, Đảng bộ kết nạp 99 đảng viên, 93% TCCSĐ HTTNV <b>.';
    const spans: [number, number][] = [
      [0, 40],
      [10, 25],
      [18, 38],
      [18, 38],
      [26, 28],
      [41, 55],
      [44, 56],
      [50, 60],
    ];
    const records = spans.map(([s, e], i) => record(i % 2 ? 'rating' : 'membership', s, e, text));
    const html = renderHighlightedText(text, records, [{ start: 44, end: 49, abbr: 'TCCSĐ', expansion: 'x' }]);
    expect(isWellNested(html)).toBe(true);
    records.forEach((r, k) => {
      expect(markText(html, k)).toBe(r.quote);
    });
    expect(html.match(/<mark id="r\d+"/g)).toHaveLength(records.length);
  });
});

describe('colours', () => {
  it('every type colour gives text AA contrast (4.5:1) under a highlight', () => {
    for (const [type, { background }] of [...Object.entries(TYPE_COLORS), ['plugin', OTHER_COLOR] as const]) {
      expect(contrastRatio(TEXT_COLOR, background), type).toBeGreaterThanOrEqual(4.5);
    }
    expect(colorOf('someone-else')).toBe(OTHER_COLOR);
  });

  it('chart labels are readable: white on the level colours, accents on white', () => {
    for (const color of Object.values(LEVEL_COLORS))
      expect(contrastRatio('#ffffff', color)).toBeGreaterThanOrEqual(4.5);
    for (const { accent, background } of Object.values(TYPE_COLORS)) {
      expect(contrastRatio(accent, background)).toBeGreaterThanOrEqual(3); // the underline of a highlight
    }
  });

  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(() => contrastRatio('red', '#fff')).toThrow();
  });
});

describe('chart data', () => {
  const base = { docId: 'a.txt', doc: 1, k: 1 };
  const orgs = new Map<string, string | null>([
    ['a.txt', 'Đảng bộ tỉnh A'],
    ['b.txt', 'Đảng bộ tỉnh B'],
  ]);
  const admissions: ChartRecord[] = [
    { ...base, type: 'membership', action: 'kết nạp', count: 100, period: '2019', organization: null },
    { ...base, type: 'membership', action: 'kết nạp', count: 40, period: '2019-H1', organization: 'Đảng bộ huyện X' },
    { ...base, docId: 'b.txt', type: 'membership', action: 'kết nạp', count: 100, period: '2019' },
    // the same figure as the first, reported again: counted once
    {
      ...base,
      docId: 'c.txt',
      type: 'membership',
      action: 'kết nạp',
      count: 100,
      period: '2019',
      organization: 'Đảng bộ tỉnh A',
    },
    { ...base, type: 'membership', action: 'kết nạp', count: 868, period: '2015-2020' },
    { ...base, type: 'membership', action: 'kết nạp', count: 209, target: 150, period: '2023' },
    { ...base, type: 'membership', action: 'chuyển chính thức', count: 50, period: '2019' },
  ];

  it('reads the year of one-year periods only', () => {
    expect([
      yearOf('2019'),
      yearOf('2019-H1'),
      yearOf('2020-Q3'),
      yearOf('2020-05'),
      yearOf('2015-2020'),
      yearOf(null),
    ]).toEqual([2019, 2019, 2020, 2020, null, null]);
  });

  it('sums admissions per year and organization, once per repeated figure, without multi-year periods', () => {
    const { counted, stats } = countedAdmissions(admissions, orgs);
    expect(stats).toEqual({ records: 6, noYear: 1, duplicates: 1 });
    expect(admissionsByYear(counted)).toEqual([
      { year: 2019, total: 240, records: 3 },
      { year: 2023, total: 209, records: 1 },
    ]);
    expect(admissionsByOrganization(counted)).toEqual([
      { organization: 'Đảng bộ tỉnh A', total: 309, records: 2 },
      { organization: 'Đảng bộ tỉnh B', total: 100, records: 1 },
      { organization: 'Đảng bộ huyện X', total: 40, records: 1 },
    ]);
  });

  it('sums rating counts and takes the median of percentages by level and year', () => {
    const ratings: ChartRecord[] = [
      { ...base, type: 'rating', subject: 'đảng viên', level: 'HTXSNV', count: 10, period: '2019' },
      { ...base, type: 'rating', subject: 'đảng viên', level: 'HTTNV', count: 80, period: '2019' },
      { ...base, type: 'rating', subject: 'đảng viên', level: 'HTTNV', count: 20, period: '2019' },
      { ...base, type: 'rating', subject: 'đảng viên', level: 'HTTNV', count: 999, orAbove: true, period: '2019' },
      { ...base, type: 'rating', subject: 'chi bộ', level: 'HTNV', count: 3, period: '2019' },
      { ...base, type: 'rating', subject: 'đảng viên', level: 'HTTNV', percent: 90, period: '2020' },
      { ...base, type: 'rating', subject: 'đảng viên', level: 'HTTNV', percent: 80, period: '2020' },
      { ...base, type: 'rating', subject: 'đảng viên', level: 'HTTNV', percent: 70, period: '2020' },
    ];
    expect(ratingCountsByYear(ratings, 'đảng viên')).toEqual([
      { year: 2019, counts: { HTXSNV: 10, HTTNV: 100 }, records: 3 },
    ]);
    expect(ratingPercentsByYear(ratings, 'đảng viên')).toEqual([
      { year: 2020, medians: { HTTNV: 80 }, records: { HTTNV: 3 } },
    ]);
  });

  it('pairs targets with results only where both are there', () => {
    const target: ChartRecord = {
      ...base,
      docId: 'b.txt',
      type: 'target',
      text: 'Phấn đấu kết nạp 120 đảng viên mới',
      period: '2019',
      values: [{ comparator: 'eq', value: 120, min: null, max: null, unit: 'đảng viên' }],
    };
    const unmatched: ChartRecord = { ...target, docId: 'a.txt', period: '2030' };
    const pairs = targetPairs([...admissions, target, unmatched], orgs);
    expect(pairs.map((p) => [p.year, p.organization, p.target, p.result, p.source])).toEqual([
      [2019, 'Đảng bộ tỉnh B', 120, 100, 'target'],
      [2023, 'Đảng bộ tỉnh A', 150, 209, 'membership'],
    ]);
    expect(targetPairs([], orgs)).toEqual([]);
  });

  it('draws bars to scale and says when there is nothing to draw', () => {
    expect([niceMax(0), niceMax(7), niceMax(240), niceMax(1000)]).toEqual([1, 10, 500, 1000]);
    const svg = groupedBarChart({
      label: 'x<y',
      categories: ['2019'],
      series: [{ name: 'a', color: '#000' }],
      values: [[250]],
    });
    expect(svg).toContain('aria-label="x&lt;y"');
    expect(svg).toMatch(/height="100\.0"/); // 250 of 500 over 200 px
    expect(noData('none <here>')).toContain('none &lt;here&gt;');
  });
});

describe('buildReport', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnpr-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the index, a page per document, the tables; errors get no page', async () => {
    const docs = join(dir, 'docs.jsonl');
    writeFileSync(
      docs,
      [
        JSON.stringify({
          id: 'a</script>.txt',
          text: 'Năm 2019, Đảng bộ huyện kết nạp 99 đảng viên <script>alert(1)</script>.',
        }),
        JSON.stringify({ id: 'empty.txt', text: '   ' }),
      ].join('\n'),
    );
    const out = join(dir, 'out');
    const stats = await buildReport({ inputs: [docs], outDir: out, generatedAt: 'now' });
    expect(stats).toMatchObject({ documents: 1, errors: 1, pages: 1, mismatches: 0 });
    expect(readdirSync(out).sort()).toEqual(['assets', 'data', 'doc-1.html', 'index.html']);
    const page = readFileSync(join(out, 'doc-1.html'), 'utf8');
    expect(page).toContain('data-type="membership"');
    expect(page).not.toContain('<script>alert');
    const data = readFileSync(join(out, 'data', 'document.js'), 'utf8');
    expect(data).not.toContain('</script>');
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('data-src="data/error.js"');
  });
});
