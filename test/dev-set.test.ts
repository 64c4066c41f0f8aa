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

  // The exact score the rules reach, per type: any record lost or gained fails here, with the misses listed.
  const EXPECTED: Record<string, [tp: number, fp: number, fn: number]> = {
    award: [4, 0, 0],
    event: [4, 0, 0],
    membership: [10, 0, 0],
    official: [8, 0, 0],
    orgStat: [7, 0, 0],
    participation: [3, 0, 0],
    quantity: [2, 0, 0],
    rating: [14, 0, 0],
    reference: [9, 0, 0],
    target: [10, 0, 0],
  };

  it.each(Object.entries(EXPECTED))('scores %s exactly (tp, fp, fn)', (type, counts) => {
    const score = result.perType[type];
    expect(score && [score.tp, score.fp, score.fn], result.misses.join('\n')).toEqual(counts);
  });

  it('reaches micro F1 1.000 with nothing missed or extra', () => {
    expect(result.misses).toEqual([]);
    expect(result.micro.f1).toBe(1);
  });

  it('gets every document field right (12 of 12)', () => {
    expect(result.documentFields).toEqual({ right: 12, all: 12 });
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
