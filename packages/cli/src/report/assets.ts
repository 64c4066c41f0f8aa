// The report's stylesheet and script, written to <out>/assets/. Hand-written, no dependencies: the folder
// opens from disk, offline, in any browser. They are real files (packages/cli/assets/report.{css,js}), so the
// linter and the formatter check them like the rest of the code; the package ships them.

import { readFileSync } from 'node:fs';
import { TEXT_COLOR, TYPE_COLORS } from './colors.js';

/** packages/cli/assets/, from src/report/ (tests) and from dist/report/ (the built package) alike. */
const ASSETS = new URL('../../assets/', import.meta.url);
/** Where the stylesheet takes the rules made from `TYPE_COLORS`. */
const TYPE_RULES_MARK = /\/\* @type-rules[^*]*\*\//;

/** The stylesheet; the text and type colours come from `colors.ts`, so the contrast test covers them. */
export function reportCss(): string {
  const typeRules = Object.entries(TYPE_COLORS)
    .map(
      ([type, { background, accent }]) =>
        `[data-type="${type}"] { --bg: ${background}; --accent: ${accent}; }\nbody.hide-${type} mark[data-type="${type}"] { background: transparent; box-shadow: none; }`,
    )
    .join('\n');
  const css = readFileSync(new URL('report.css', ASSETS), 'utf8');
  if (!TYPE_RULES_MARK.test(css)) throw new Error('assets/report.css has lost its /* @type-rules */ mark');
  return `:root { --text: ${TEXT_COLOR}; }\n${css.replace(TYPE_RULES_MARK, () => typeRules)}`;
}

/** The script of every page: popovers over highlights, focus on `#r<k>`, type toggles, and the record tables. */
export function reportJs(): string {
  return readFileSync(new URL('report.js', ASSETS), 'utf8');
}
