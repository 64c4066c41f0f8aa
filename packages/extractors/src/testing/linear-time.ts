import { analyze } from '@vnpr/core';
import { expect } from 'vitest';
import type { DocumentExtractor, ExtractorContext } from '../contract.js';

const CONTEXT: ExtractorContext = { publishedAt: '2024-01-05', isClaimed: () => false };

/** CPU time (µs) of the least of `runs` calls to a document extractor on one sentence made of `unit` repeated. */
function cpuTime(extractor: DocumentExtractor, unit: string, size: number, runs: number): number {
  const text = unit.repeat(Math.ceil(size / unit.length));
  const doc = { ...analyze('Mở đầu.', { id: 'big', reference: '2024-01-05' }), text, dates: [], numbers: [] };
  doc.sentences = [{ index: 0, start: 0, end: text.length, text, skip: null }];
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    for (const c of extractor.extract(doc, CONTEXT)) expect(c.end).toBeGreaterThan(c.start);
    const used = process.cpuUsage(before);
    least = Math.min(least, used.user + used.system);
  }
  return least;
}

/**
 * Asserts that a document extractor's work grows linearly with one long sentence of `unit` repeated: the CPU time
 * at `size` characters stays under 20× the time at an eighth of it (linear is ×8, quadratic ×64; the room between
 * is for garbage collection, which the larger heap pays more of). The extractor
 * is handed the sentence straight, so core's analysis is not what is timed. Growth, not speed: `pnpm bench`
 * measures speed.
 */
export function expectLinearTime(extractor: DocumentExtractor, unit: string, size = 1024 * 1024): void {
  // Warm-up at full size: the first runs compile the patterns and grow the heap, which the smaller run would pay for.
  cpuTime(extractor, unit, size, 1);
  const small = Math.max(cpuTime(extractor, unit, size / 8, 3), 2_000); // below 2 ms the clock's grain dominates
  const large = cpuTime(extractor, unit, size, 2);
  expect(
    large / small,
    `CPU ${(large / 1000).toFixed(0)} ms vs ${(small / 1000).toFixed(0)} ms at an eighth`,
  ).toBeLessThan(20);
}
