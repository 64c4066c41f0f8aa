// Adversarial shapes at size: each must finish within the test timeout (a regular expression that
// backtracks catastrophically shows as a timeout here, not as a timed assertion). The 1 MB input is
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

describe('linear time on adversarial input', () => {
  it.each(SHAPES)('%s', (_name, text) => {
    const records = extract(text, { id: 'big' });
    expect(records[0]?.type).toBe('document');
  });
});
