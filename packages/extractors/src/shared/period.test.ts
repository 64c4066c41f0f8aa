import { analyze, readPeriod as coreReadPeriod } from '@vnpr/core';
import { describe, expect, it } from 'vitest';
import { readPeriod } from '../index.js';
import { documentPeriod, sentencePeriod } from './period.js';

describe('record periods, read by core', () => {
  it("@vnpr/extractors keeps exporting readPeriod, core's reader", () => {
    expect(readPeriod).toBe(coreReadPeriod);
    expect(readPeriod('Nhiệm kỳ 2020 – 2025, Đảng bộ kết nạp 300 đảng viên')).toBe('2020-2025');
  });

  it('a report on a half year of a named year; a sentence without its own year takes it', () => {
    const doc = analyze(
      'Đảng ủy Khối sơ kết 6 tháng đầu năm 2023\n\n6 tháng đầu năm, toàn Đảng bộ kết nạp 45 đảng viên. Quý II/2023 kết nạp 20 đảng viên. Các chi bộ đều sinh hoạt đều đặn.',
    );
    expect(documentPeriod(doc)).toBe('2023-H1');
    const [, half, quarter, plain] = doc.sentences;
    expect(sentencePeriod(doc, half!)).toBe('2023-H1');
    expect(sentencePeriod(doc, quarter!)).toBe('2023-Q2');
    expect(sentencePeriod(doc, plain!)).toBe('2023-H1');
  });

  it('a half year without a year, in a report that names none, is no period', () => {
    const doc = analyze('6 tháng đầu năm, toàn Đảng bộ kết nạp 45 đảng viên.');
    expect(documentPeriod(doc)).toBeNull();
    expect(sentencePeriod(doc, doc.sentences[0]!)).toBeNull();
  });
});
