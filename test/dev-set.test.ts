import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, extract } from '@vnpr/extractors';
import { describe, expect, it } from 'vitest';

const CORPUS = join(import.meta.dirname, '..', 'corpus');

// The development set: the five seed articles against the records a careful analyst expects from them.
describe('development set (corpus/ against corpus/seeds.gold.jsonl)', () => {
  const gold = readFileSync(join(CORPUS, 'seeds.gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const predicted = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => extract(readFileSync(join(CORPUS, f)), { id: f }));
  const result = evaluate(gold, predicted);

  it('reaches micro F1 ≥ 0.95', () => {
    expect(result.micro.f1, result.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it.each(Object.keys(result.perType))('keeps %s at F1 ≥ 0.85', (type) => {
    expect(result.perType[type]!.f1, result.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('gets the document fields right', () => {
    expect(result.documentFields.right / result.documentFields.all).toBeGreaterThanOrEqual(0.9);
  });

  it('scores every record type of the gold', () => {
    const types = new Set(gold.map((g) => g.type).filter((t) => t !== 'document'));
    for (const t of types) expect(result.perType[t], t).toBeDefined();
  });

  it('gives every record a span that holds its quote', () => {
    for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(CORPUS, f), 'utf8');
      for (const r of extract(text, { id: f })) expect(text.slice(r.span[0], r.span[1])).toBe(r.quote);
    }
  });
});
