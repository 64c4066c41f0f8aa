// Charts as inline SVG, drawn in Node: bars with their values written on them, a <title> per bar
// for the exact figure, and role="img" with a label for screen readers.

import { escapeHtml } from './escape.js';

export interface Series {
  name: string;
  color: string;
}

const FONT = 'font-family="system-ui, sans-serif" font-size="12"';

function formatValue(value: number): string {
  return Number.isInteger(value)
    ? value.toLocaleString('en-US')
    : value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** A round upper bound for an axis: 1, 2 or 5 times a power of ten, at least `max`. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** The message shown instead of a chart that has nothing to draw. */
export function noData(reason: string): string {
  return `<p class="no-data"><strong>No data.</strong> ${escapeHtml(reason)}</p>`;
}

function legend(series: readonly Series[], x: number, y: number): string {
  let offset = x;
  const parts: string[] = [];
  for (const item of series) {
    parts.push(
      `<rect x="${offset}" y="${y - 10}" width="12" height="12" fill="${item.color}"/><text x="${offset + 16}" y="${y}" ${FONT}>${escapeHtml(item.name)}</text>`,
    );
    offset += 28 + item.name.length * 7;
  }
  return parts.join('');
}

/**
 * Vertical bars per category, one bar per series side by side. `values[c][s]` is the value of
 * series `s` in category `c` (null: no bar).
 */
export function groupedBarChart(options: {
  label: string;
  categories: readonly string[];
  series: readonly Series[];
  values: readonly (readonly (number | null)[])[];
  unit?: string;
  max?: number;
}): string {
  const { label, categories, series, values } = options;
  const unit = options.unit ?? '';
  const left = 56;
  const top = series.length > 1 ? 28 : 12;
  const plotHeight = 200;
  const groupWidth = Math.max(36, series.length * 22 + 14);
  const width = Math.max(320, left + categories.length * groupWidth + 12);
  const height = top + plotHeight + 34;
  const dataMax = Math.max(0, ...values.flat().map((v) => v ?? 0));
  const max = options.max ?? niceMax(dataMax);
  const y = (value: number) => top + plotHeight - (value / max) * plotHeight;
  const parts: string[] = [];
  for (let tick = 0; tick <= 4; tick++) {
    const value = (max / 4) * tick;
    parts.push(
      `<line x1="${left}" x2="${width - 8}" y1="${y(value)}" y2="${y(value)}" stroke="#d0d0d0"/>`,
      `<text x="${left - 6}" y="${y(value) + 4}" text-anchor="end" ${FONT} fill="#333">${formatValue(value)}${escapeHtml(unit)}</text>`,
    );
  }
  const barWidth = (groupWidth - 14) / series.length;
  categories.forEach((category, c) => {
    const x0 = left + c * groupWidth + 7;
    series.forEach((item, s) => {
      const value = values[c]?.[s];
      if (value === null || value === undefined) return;
      const x = x0 + s * barWidth;
      const h = Math.max(0, top + plotHeight - y(value));
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y(value).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${item.color}"><title>${escapeHtml(`${category} · ${item.name}: ${formatValue(value)}${unit}`)}</title></rect>`,
      );
    });
    parts.push(
      `<text x="${x0 + (groupWidth - 14) / 2}" y="${top + plotHeight + 16}" text-anchor="middle" ${FONT} fill="#111">${escapeHtml(category)}</text>`,
    );
  });
  if (series.length > 1) parts.push(legend(series, left, 14));
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>${parts.join('')}</svg>`;
}

/** Horizontal bars, one per row, labelled on the left and valued on the right. */
export function horizontalBarChart(options: {
  label: string;
  rows: readonly { label: string; value: number; title?: string }[];
  color: string;
}): string {
  const { label, rows, color } = options;
  const labelWidth = 280;
  const plotWidth = 300;
  const rowHeight = 22;
  const width = labelWidth + plotWidth + 80;
  const height = rows.length * rowHeight + 8;
  const max = niceMax(Math.max(0, ...rows.map((row) => row.value)));
  const parts = rows.map((row, i) => {
    const y = 4 + i * rowHeight;
    const w = (row.value / max) * plotWidth;
    const shown = row.label.length > 36 ? `${row.label.slice(0, 35)}…` : row.label;
    return (
      `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end" ${FONT} fill="#111">${escapeHtml(shown)}<title>${escapeHtml(row.label)}</title></text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="${color}"><title>${escapeHtml(row.title ?? `${row.label}: ${formatValue(row.value)}`)}</title></rect>` +
      `<text x="${labelWidth + w + 4}" y="${y + 15}" ${FONT} fill="#111">${formatValue(row.value)}</text>`
    );
  });
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>${parts.join('')}</svg>`;
}

/** 100 % stacked vertical bars: each category's values as shares, the total written above the bar. */
export function stackedShareChart(options: {
  label: string;
  categories: readonly string[];
  series: readonly Series[];
  values: readonly (readonly number[])[];
}): string {
  const { label, categories, series, values } = options;
  const left = 44;
  const top = 40;
  const plotHeight = 200;
  const barWidth = 44;
  const gap = 18;
  const width = Math.max(360, left + categories.length * (barWidth + gap) + 12);
  const height = top + plotHeight + 30;
  const parts: string[] = [legend(series, left, 14)];
  for (const share of [0, 50, 100]) {
    const y = top + plotHeight - (share / 100) * plotHeight;
    parts.push(
      `<line x1="${left}" x2="${width - 8}" y1="${y}" y2="${y}" stroke="#d0d0d0"/>`,
      `<text x="${left - 6}" y="${y + 4}" text-anchor="end" ${FONT} fill="#333">${share}%</text>`,
    );
  }
  categories.forEach((category, c) => {
    const row = values[c] ?? [];
    const total = row.reduce((sum, value) => sum + value, 0);
    const x = left + gap / 2 + c * (barWidth + gap);
    let y = top + plotHeight;
    series.forEach((item, s) => {
      const value = row[s] ?? 0;
      if (!total || !value) return;
      const h = (value / total) * plotHeight;
      y -= h;
      const share = (value / total) * 100;
      parts.push(
        `<rect x="${x}" y="${y.toFixed(1)}" width="${barWidth}" height="${h.toFixed(1)}" fill="${item.color}"><title>${escapeHtml(`${category} · ${item.name}: ${formatValue(value)} (${share.toFixed(1)}%)`)}</title></rect>`,
      );
      if (h >= 14)
        parts.push(
          `<text x="${x + barWidth / 2}" y="${(y + h / 2 + 4).toFixed(1)}" text-anchor="middle" ${FONT} fill="#fff">${Math.round(share)}%</text>`,
        );
    });
    parts.push(
      `<text x="${x + barWidth / 2}" y="${top - 4}" text-anchor="middle" ${FONT} fill="#333">${formatValue(total)}</text>`,
      `<text x="${x + barWidth / 2}" y="${top + plotHeight + 16}" text-anchor="middle" ${FONT} fill="#111">${escapeHtml(category)}</text>`,
    );
  });
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>${parts.join('')}</svg>`;
}
