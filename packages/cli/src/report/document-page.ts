// One page per document: the decoded text with every record highlighted, the records beside it.

import type { VnprRecord } from '@vnpr/extractors';
import { escapeAttr, escapeHtml } from './escape.js';
import { describeRecord, recordTooltip } from './fields.js';
import { type Layer, renderLayers } from './segments.js';

/** An abbreviation to mark in the text, with its offsets into the decoded text. */
export interface AbbreviationMark {
  start: number;
  end: number;
  abbr: string;
  expansion: string;
}

export interface DocumentPageInput {
  /** The page number: the page is `doc-<n>.html`. */
  n: number;
  docId: string;
  /** The decoded text the spans refer to. */
  text: string;
  /** All the document's records; a record's index here is its anchor (`#r<k>`). */
  records: readonly VnprRecord[];
  abbreviations: readonly AbbreviationMark[];
  /** Page numbers of the previous and next documents, if any. */
  previous?: number;
  next?: number;
}

/** Whether a record is highlighted: it has a span inside the text (the document record is shown as the header). */
export function isHighlighted(record: VnprRecord, length: number): boolean {
  if (record.type === 'document' || record.type === 'error' || !Array.isArray(record.span)) return false;
  const [start, end] = record.span;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= length && start < end;
}

/** Whether a highlighted record's quote is exactly its span of the text. */
export function quoteMatches(record: VnprRecord, text: string): boolean {
  return text.slice(record.span[0], record.span[1]) === record.quote;
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function pageHead(title: string, extra = ''): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="assets/report.css">${extra}
</head>
`;
}

/** The highlighted text: a `<mark>` per record (split where spans cross), `<abbr>` for abbreviations. */
export function renderHighlightedText(
  text: string,
  records: readonly VnprRecord[],
  abbreviations: readonly AbbreviationMark[],
): string {
  const layers: Layer[] = [];
  records.forEach((record, k) => {
    if (!isHighlighted(record, text.length)) return;
    const type = escapeAttr(record.type);
    const tip = escapeAttr(recordTooltip(record));
    const mismatch = quoteMatches(record, text) ? '' : ' data-mismatch="true"';
    layers.push({
      start: record.span[0],
      end: record.span[1],
      rank: 0,
      open: (first) =>
        first
          ? `<mark id="r${k}" class="hl" data-type="${type}" data-r="${k}" tabindex="0" title="${tip}"${mismatch}>`
          : `<mark class="hl cont" data-type="${type}" data-r="${k}" title="${tip}"${mismatch}>`,
      close: '</mark>',
    });
  });
  for (const abbreviation of abbreviations) {
    const title = escapeAttr(abbreviation.expansion);
    layers.push({
      start: abbreviation.start,
      end: abbreviation.end,
      rank: 1,
      open: () => `<abbr title="${title}">`,
      close: '</abbr>',
    });
  }
  return renderLayers(text, layers);
}

function fieldList(record: VnprRecord): string {
  const items = describeRecord(record)
    .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(truncate(value, 300))}</dd>`)
    .join('');
  return items ? `<dl class="fields">${items}</dl>` : '';
}

/** The links of a document's page: to the index, and to the previous and next documents' pages. */
export function renderDocumentNav(previous?: number, next?: number): string {
  return [
    '<a href="index.html">← All documents</a>',
    previous !== undefined ? `<a href="doc-${previous}.html" rel="prev">Previous</a>` : '',
    next !== undefined ? `<a href="doc-${next}.html" rel="next">Next</a>` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The whole page of one document. */
export function renderDocumentPage(input: DocumentPageInput): string {
  const { head, tail } = renderDocumentPageParts(input);
  return `${head}${renderDocumentNav(input.previous, input.next)}${tail}`;
}

/**
 * The page of one document before its links (`head`) and after them (`tail`): the links depend on the
 * documents around it, which a worker making the page does not know.
 */
export function renderDocumentPageParts(input: Omit<DocumentPageInput, 'previous' | 'next'>): {
  head: string;
  tail: string;
} {
  const { n, docId, text, records, abbreviations } = input;
  const document = records.find((record) => record.type === 'document');
  const title = (typeof document?.title === 'string' && document.title) || docId;
  const highlighted = records
    .map((record, k) => ({ record, k }))
    .filter(({ record }) => isHighlighted(record, text.length));
  const mismatches = highlighted.filter(({ record }) => !quoteMatches(record, text)).length;
  const counts = new Map<string, number>();
  for (const { record } of highlighted) counts.set(record.type, (counts.get(record.type) ?? 0) + 1);

  const legend = [...counts.entries()]
    .map(
      ([type, count]) =>
        `<label class="legend-item"><input type="checkbox" checked data-toggle-type="${escapeAttr(type)}"> <span class="badge" data-type="${escapeAttr(type)}">${escapeHtml(type)}</span> ${count}</label>`,
    )
    .join('');
  const meta = document
    ? describeRecord(document)
        .filter(([name]) => name !== 'title')
        .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`)
        .join('')
    : '';
  const items = highlighted
    .map(({ record, k }) => {
      const flag = quoteMatches(record, text)
        ? ''
        : ' <strong class="warn">quote differs from the text at its span</strong>';
      return `<li data-type="${escapeAttr(record.type)}" data-r="${k}"><a class="rec-link" href="#r${k}"><span class="badge" data-type="${escapeAttr(record.type)}">${escapeHtml(record.type)}</span> <span class="quote">${escapeHtml(truncate(record.quote, 160))}</span></a>${flag}${fieldList(record)}</li>`;
    })
    .join('\n');
  const unplaced = records.filter((record) => record.type !== 'document' && !isHighlighted(record, text.length));
  const unplacedHtml = unplaced.length
    ? `<h2>Records without a span in this text (${unplaced.length})</h2><ul class="records">${unplaced
        .map(
          (record) =>
            `<li><span class="badge" data-type="${escapeAttr(record.type)}">${escapeHtml(record.type)}</span> ${escapeHtml(truncate(String(record.quote ?? record.message ?? ''), 160))}${fieldList(record)}</li>`,
        )
        .join('')}</ul>`
    : '';
  const seen = new Set<string>();
  const glossary = abbreviations
    .filter((abbreviation) => !seen.has(abbreviation.abbr) && seen.add(abbreviation.abbr))
    .map(
      (abbreviation) =>
        `<dt><abbr title="${escapeAttr(abbreviation.expansion)}">${escapeHtml(abbreviation.abbr)}</abbr></dt><dd>${escapeHtml(abbreviation.expansion)}</dd>`,
    )
    .join('');
  const head = `${pageHead(`${title} · vnpr report`)}<body class="doc-page" data-doc="${n}">
<a class="skip" href="#text">Skip to the text</a>
<header class="top"><nav aria-label="Documents">`;
  const tail = `</nav><p class="docid">Document ${n}: <code>${escapeHtml(docId)}</code></p></header>
<main class="doc-layout">
<article class="doc-text">
<h1>${escapeHtml(title)}</h1>
${meta ? `<dl class="meta">${meta}</dl>` : ''}
<div class="legend" role="group" aria-label="Show highlights by type">${legend || '<span>No records with a span in this document.</span>'}</div>
${mismatches ? `<p class="warn">${mismatches} record${mismatches === 1 ? '' : 's'} whose quote differs from the text at its span (marked with a dashed outline).</p>` : ''}
<div id="text" class="text" lang="vi">${renderHighlightedText(text, records, abbreviations)}</div>
</article>
<aside class="side" aria-label="Records">
<h2>Records (${highlighted.length})</h2>
<ol class="records">
${items}
</ol>
${unplacedHtml}
${glossary ? `<h2>Abbreviations</h2><dl class="glossary">${glossary}</dl>` : ''}
</aside>
</main>
<div id="popover" class="popover" role="tooltip" hidden></div>
<script src="data/conflicts.js"></script>
<script src="assets/report.js"></script>
</body>
</html>
`;
  return { head, tail };
}
