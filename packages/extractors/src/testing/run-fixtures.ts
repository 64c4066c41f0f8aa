import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '@vnpr/core';
import { describe, expect, it } from 'vitest';
import type { VnprRecord } from '../contract.js';
import { extractWithDiagnostics } from '../extract.js';

/**
 * Runs every fixture folder of one extractor: `fixtures/<case>/input.txt` through the whole pipeline (all
 * extractors, so that the resolver's claims are real), keeping the records of this type, compared with
 * `fixtures/<case>/expected.jsonl`. An empty expected file is a negative case: the text must yield nothing.
 * Every record's span must hold its quote. `UPDATE_SNAPSHOT=1` rewrites the expected files; review the diff.
 *
 * Optional `fixtures/<case>/options.json`: `{ "publishedAt": "2020-01-17" }`.
 */
export function runFixtures(type: string, dir: string): void {
  const root = join(dir, 'fixtures');
  const cases = existsSync(root) ? readdirSync(root).sort() : [];
  describe(`${type} fixtures`, () => {
    it('has at least one positive and one negative fixture', () => {
      const expected = cases.map((c) => readFileSync(join(root, c, 'expected.jsonl'), 'utf8').trim());
      expect(expected.some((e) => e.length > 0)).toBe(true);
      expect(expected.some((e) => e.length === 0)).toBe(true);
    });
    it.each(cases)('%s', (name) => {
      const folder = join(root, name);
      const input = readFileSync(join(folder, 'input.txt'), 'utf8');
      const optionsFile = join(folder, 'options.json');
      const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
      // As `extract(input, options)` runs it (the property tests pin that both give the same records), with the
      // diagnostics beside the records.
      const { records: all, diagnostics } = extractWithDiagnostics(
        analyze(input, { id: name, reference: options.publishedAt ?? null }),
        { ...options, id: name },
      );
      expect(diagnostics).toEqual([]);
      for (const r of all) expect(input.slice(r.span[0], r.span[1])).toBe(r.quote);
      const records = all.filter((r) => r.type === type).map(stable);
      const expectedFile = join(folder, 'expected.jsonl');
      if (process.env.UPDATE_SNAPSHOT === '1') {
        writeFileSync(expectedFile, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
      }
      const expected = readFileSync(expectedFile, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l));
      expect(records).toEqual(expected);
    });
  });
}

/**
 * The fields a fixture pins: everything but the sentence (which the span and quote already locate) and the unit
 * fields, which come from the organization by resolveUnit (pinned by its table test and units/units.test.ts).
 */
function stable(r: VnprRecord): Record<string, unknown> {
  const { sentence: _sentence, docId: _docId, ...rest } = r;
  if (!Object.hasOwn(r, 'unitId')) return rest;
  const { unitId: _unitId, unit: _unit, unitLevel: _unitLevel, ...own } = rest;
  return own;
}
