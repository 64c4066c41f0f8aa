import { describe, expect, it } from 'vitest';
import { readHalfYear, readPeriod, readQuarter, readTerm } from './period.js';

describe('readPeriod: the period a phrase speaks of', () => {
  it.each<[string, string | null, string | null]>([
    ['Nhiệm kỳ 2015 – 2020, Đảng bộ kết nạp được 868 đảng viên', null, '2015-2020'],
    ['Giai đoạn 2021-2025, toàn tỉnh thành lập mới 12 tổ chức cơ sở đảng', null, '2021-2025'],
    ['Từ năm 2016 đến năm 2020 đã kết nạp 540 đảng viên', null, '2016-2020'],
    ['Quý I/2024, Đảng ủy kết nạp 15 đảng viên', null, '2024-Q1'],
    ['Trong quý IV năm 2023 có 8 chi bộ được kiện toàn', null, '2023-Q4'],
    ['quý 2/2023 kết nạp 9 đảng viên', null, '2023-Q2'],
    ['6 tháng đầu năm 2019, Đảng bộ kết nạp 45 đảng viên', null, '2019-H1'],
    ['6 tháng cuối năm, huyện kết nạp 30 đảng viên', '2022', '2022-H2'],
    ['6 THÁNG ĐẦU NĂM, toàn Đảng bộ kết nạp 20 đảng viên', '2024', '2024-H1'],
    // the phrase's own year wins over the fallback
    ['6 tháng đầu năm, năm 2018 kết nạp 12 đảng viên', '2024', '2018-H1'],
    ['Năm 2019, Đảng bộ kết nạp 120 đảng viên', null, '2019'],
    // no year to complete a half year with, nor any period
    ['6 tháng đầu năm, Đảng bộ kết nạp 45 đảng viên', null, null],
    ['Đảng bộ kết nạp 45 đảng viên', '2024', null],
    // a date's year is not a year of the phrase
    ['năm 2019/2020 kết nạp 10 đảng viên', null, null],
  ])('%s (%s) → %s', (text, fallback, expected) => {
    expect(readPeriod(text, fallback)).toBe(expected);
  });
});

describe('the period readers core and the extractors share', () => {
  it('reads a half year, its year as written or null', () => {
    expect(readHalfYear('sơ kết 6 tháng đầu năm 2019')).toEqual({ half: 'H1', year: '2019' });
    expect(readHalfYear('Sơ kết 6 Tháng Cuối Năm')).toEqual({ half: 'H2', year: null });
    expect(readHalfYear('sơ kết 9 tháng năm 2019')).toBeNull();
  });

  it.each<[string, number | null]>([
    ['quý I/2024', 1],
    ['quý II/2024', 2],
    ['Quý III năm 2024', 3],
    ['quý iv/2024', 4],
    ['quý 3/2024', 3],
    ['quý V/2024', null],
    ['quý 5/2024', null],
    ['quý I', null],
  ])('reads the quarter of %s as %s', (text, quarter) => {
    expect(readQuarter(text)?.quarter ?? null).toBe(quarter);
  });

  it('reads a term only with both years', () => {
    expect(readTerm('nhiệm kỳ 2020 — 2025')).toEqual({ from: '2020', to: '2025' });
    expect(readTerm('nhiệm kỳ 2020')).toBeNull();
  });
});
