// Overlapping spans to well-nested HTML: the text is cut at every span boundary, and a span that
// crosses another is closed and reopened around it, so each element nests properly.

import { escapeHtml } from './escape.js';

/** A span of the text to wrap in an element. */
export interface Layer {
  start: number;
  end: number;
  /** Opening tag; `first` is false for the pieces of a span that had to be split. */
  open: (first: boolean) => string;
  close: string;
  /** Lower ranks open first (outside) when two spans start and end together. */
  rank: number;
}

/** A run of text covered by the same spans (indexes into the spans given). */
export interface Segment {
  start: number;
  end: number;
  covering: number[];
}

function isValid(span: { start: number; end: number }, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end <= length &&
    span.start < span.end
  );
}

/**
 * Cuts `[0, length)` at every boundary of the spans; each segment lists the spans that cover it
 * (in input order). Invalid spans (empty, reversed, out of the text) cover nothing.
 */
export function splitSegments(spans: readonly { start: number; end: number }[], length: number): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const span of spans) {
    if (!isValid(span, length)) continue;
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering: number[] = [];
    spans.forEach((span, index) => {
      if (isValid(span, length) && span.start <= start && span.end >= end) covering.push(index);
    });
    segments.push({ start, end, covering });
  }
  return segments;
}

/**
 * Renders the text with every layer wrapped in its element, escaping the text. Spans that start
 * together open longest first; a span that ends inside another one's element closes the elements
 * opened after it and reopens them (with `open(false)`) right after, so the HTML stays well nested.
 */
export function renderLayers(text: string, layers: readonly Layer[]): string {
  const valid = layers
    .filter((layer) => isValid(layer, text.length))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const cuts = new Set<number>([0, text.length]);
  for (const layer of valid) {
    cuts.add(layer.start);
    cuts.add(layer.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: string[] = [];
  const stack: Layer[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const at = points[i] as number;
    // Close the layers that end here; reopen the ones above them that go on.
    const lowest = stack.findIndex((layer) => layer.end <= at);
    if (lowest >= 0) {
      const above = stack.splice(lowest);
      for (let j = above.length - 1; j >= 0; j--) out.push((above[j] as Layer).close);
      for (const layer of above) {
        if (layer.end > at) {
          out.push(layer.open(false));
          stack.push(layer);
        }
      }
    }
    while (next < valid.length && (valid[next] as Layer).start === at) {
      const layer = valid[next++] as Layer;
      out.push(layer.open(true));
      stack.push(layer);
    }
    out.push(escapeHtml(text.slice(at, points[i + 1])));
  }
  for (let j = stack.length - 1; j >= 0; j--) out.push((stack[j] as Layer).close);
  return out.join('');
}
