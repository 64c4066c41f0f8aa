import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '@vnpr/extractors';
import { describe, expect, it } from 'vitest';

// Articles written for this project in the genre's style (not copied from anywhere), each with the records a
// reviewer checked by eye. `UPDATE_SNAPSHOT=1` rewrites the expected files: read the diff before committing.
const DIR = join(import.meta.dirname, 'articles');
const articles = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

describe('genre articles end to end', () => {
  it.each(articles)('%s', (name) => {
    const text = readFileSync(join(DIR, name), 'utf8');
    const records = extract(text, { id: name });
    for (const r of records) expect(text.slice(r.span[0], r.span[1])).toBe(r.quote);
    const lines = records.map(({ sentence: _s, docId: _d, ...rest }) => JSON.stringify(rest));
    const expectedFile = join(DIR, name.replace(/\.txt$/, '.expected.jsonl'));
    if (process.env.UPDATE_SNAPSHOT === '1') writeFileSync(expectedFile, `${lines.join('\n')}\n`);
    expect(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE_SNAPSHOT=1 and review it`).toBe(true);
    expect(lines).toEqual(readFileSync(expectedFile, 'utf8').trim().split('\n'));
  });
});
