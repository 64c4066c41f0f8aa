import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

// The `document` record is written for every text, so its fixtures pin fields rather than records:
// `fixtures/<case>/expected.json` holds the fields that case is about (null where nothing may be guessed).
const root = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(root).sort();

describe('document fixtures', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.startsWith('negative-'))).toBe(true);
    expect(cases.some((c) => !c.startsWith('negative-'))).toBe(true);
  });

  it.each(cases)('%s', (name) => {
    const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Record<string, unknown>;
    const doc = extract(input, { id: name })[0]!;
    expect(doc.type).toBe('document');
    expect(input.slice(doc.span[0], doc.span[1])).toBe(doc.quote);
    const pinned = Object.fromEntries(Object.keys(expected).map((k) => [k, doc[k]]));
    expect(pinned).toEqual(expected);
  });
});
