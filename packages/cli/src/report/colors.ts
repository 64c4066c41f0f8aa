// Colours of the record types and the WCAG contrast check that keeps highlighted text readable.

/** Text colour on every highlight. */
export const TEXT_COLOR = '#111111';

/** Highlight background and a darker accent (underline, badge border, chart bar) per record type. */
export const TYPE_COLORS: Record<string, { background: string; accent: string }> = {
  document: { background: '#e4e4e4', accent: '#5c5c5c' },
  event: { background: '#cfe3ff', accent: '#1f5fbf' },
  official: { background: '#f3d3f0', accent: '#8e2b86' },
  membership: { background: '#c8efc8', accent: '#2b7a2b' },
  rating: { background: '#fff0a8', accent: '#8a6d00' },
  target: { background: '#c4f0ef', accent: '#12706d' },
  reference: { background: '#dcd6ff', accent: '#4b3bb0' },
  orgStat: { background: '#e2f5b0', accent: '#4f6b00' },
  participation: { background: '#ffd9b8', accent: '#9a4a00' },
  award: { background: '#ffd0d6', accent: '#a3283c' },
  quantity: { background: '#ececec', accent: '#666666' },
  error: { background: '#ffd6d6', accent: '#b00020' },
};

/** Colours of a plugin's type (not in the table): a neutral pair that passes the same check. */
export const OTHER_COLOR = { background: '#f0e6d8', accent: '#6b5233' };

/** The colours of a record type. */
export function colorOf(type: string): { background: string; accent: string } {
  return TYPE_COLORS[type] ?? OTHER_COLOR;
}

/** The four rating levels, best first, with their chart colours (dark enough for white labels). */
export const LEVEL_COLORS: Record<string, string> = {
  HTXSNV: '#1b6e3a',
  HTTNV: '#2a6cab',
  HTNV: '#8c6200',
  KHTNV: '#b3261e',
};

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => channel(Number.parseInt(part as string, 16)));
  return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
}

/** WCAG 2 contrast ratio of two colours, from 1 to 21. AA asks 4.5 for body text. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
