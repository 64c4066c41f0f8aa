// STUB: replaced by the numbers work.
import { parseNumber } from './parse-number.js';

export interface NumberToken {
  start: number;
  end: number;
  raw: string;
  value: number;
}

/** Finds every written number ("5.990", "139,33", "80,7 tỷ", "hai mươi mốt") in a text. */
export function findNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const value = parseNumber(m[0]);
    if (value !== null) out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], value });
  }
  return out;
}
