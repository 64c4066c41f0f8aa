// Adversarial shapes at size: the work must grow linearly with the input. Each shape is extracted at a
// quarter of its size and at full size, and the CPU time of the larger must stay under 10× the smaller
// (linear is ×4, quadratic ×16; garbage collection on the larger heap takes some of the room between).
// CPU time of the process, the fastest of five runs, so a busy machine does not make it flaky; this
// asserts growth, not speed (speed is `pnpm bench`'s). The 1 MB input is
// the one that backtracked quadratically before ('phát triển' + a long run of 'mới'); the others are
// 256 KB of each shape the regular-expression review pointed at.
import { extract } from '@vnpr/extractors';
import { describe, expect, it } from 'vitest';

const KB = 1024;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const SHAPES: [string, string][] = [
  ["'phát triển' + 1 MB of 'mới'", `phát triển${' mới'.repeat((1024 * KB) / 4)}n`],
  ['one line, no punctuation', fill('kết nạp đảng viên hoàn thành tốt nhiệm vụ ', 256 * KB)],
  ['digits and dots', fill('1.', 256 * KB)],
  ['ratios and commas', fill('5.990/6.046,', 256 * KB)],
  ['list markers', fill('(1) ', 256 * KB)],
  ['dates', fill('Chiều ngày 02/01 ', 256 * KB)],
  ['symbols', fill('Chỉ thị 05-CT/TW, ', 256 * KB)],
  ['combining marks', fill('a\u0301\u0323\u0300', 256 * KB)],
  ['quotes', `Có 5 đảng viên ${'"'.repeat(256 * KB)} hoàn thành tốt nhiệm vụ.`],
  ['review years', fill('tổng kết kết quả năm ', 256 * KB)],
  ['used ratios before levels', fill('kết nạp 5/6 đảng viên, ', 128 * KB) + fill('HTTNV ', 128 * KB)],
];

/** The least CPU time (user + system, µs) of `runs` extractions of `text`. */
function cpuTime(text: string, runs: number): number {
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    const records = extract(text, { id: 'big' });
    const used = process.cpuUsage(before);
    expect(records[0]?.type).toBe('document');
    least = Math.min(least, used.user + used.system);
  }
  return least;
}

describe('linear time on adversarial input', () => {
  it.each(SHAPES)('%s', (_name, text) => {
    // The quarter is cut at a code point boundary so it stays the same shape.
    let cut = Math.floor(text.length / 4);
    if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--;
    const quarter = text.slice(0, cut);
    // Warm-up at both sizes: the first runs compile the patterns and grow the heap, which neither measure should
    // pay for (in one CI run the "quotes" shape measured 32 ms at full size against 3 ms at a quarter).
    cpuTime(quarter, 1);
    cpuTime(text, 1);
    // The fastest of five: process CPU counts V8's background threads too (a collection or a compile that lands in
    // one run), and one CI run measured 161 ms at full size where the code takes 120-170 here (list markers,
    // ×5-6 against its quarter).
    const small = Math.max(cpuTime(quarter, 5), 2_000); // below 2 ms the clock's grain dominates
    const large = cpuTime(text, 5);
    expect(
      large / small,
      `CPU ${(large / 1000).toFixed(0)} ms at full size vs ${(small / 1000).toFixed(0)} ms at a quarter`,
    ).toBeLessThan(10);
  });
});
