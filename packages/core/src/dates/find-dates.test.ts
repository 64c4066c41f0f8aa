import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';

type Row = [raw: string, value: string, inferred: boolean, partOfDay: string | null];

/** [raw, value, inferred, partOfDay] rows, with a check that offsets point at `raw`. */
function found(text: string, reference: string | null = '2024-01-05'): Row[] {
  return findDates(text, { reference }).map((t) => {
    expect(text.slice(t.start, t.end)).toBe(t.raw);
    return [t.raw, t.value, t.inferred, t.partOfDay];
  });
}

describe('findDates on real report phrases', () => {
  it.each<[string, string | null, Row[]]>([
    [
      'Chiều ngày 02/01, Ban Thường vụ Đảng ủy Khối tổ chức hội nghị',
      '2024-01-05',
      [['Chiều ngày 02/01', '2024-01-02', true, 'chiều']],
    ],
    [
      'Ngày 14-1, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị',
      '2020-01-16',
      [['Ngày 14-1', '2020-01-14', true, null]],
    ],
    ['Sáng 2-8, Ban Thường vụ Đảng ủy Khối', '2019-08-02', [['Sáng 2-8', '2019-08-02', true, 'sáng']]],
    // a context at the start of a line (headline, then the lead paragraph)
    [
      'Năm 2024, Ban Thường vụ đề ra 10 chỉ tiêu\n\nChiều ngày 02/01, Ban Thường vụ',
      '2024-01-05',
      [['Chiều ngày 02/01', '2024-01-02', true, 'chiều']],
    ],
    ['Tin bài\r\n09:01, 17/01/2020\r\n', null, [['09:01, 17/01/2020', '2020-01-17T09:01', false, null]]],
    // a date phrase does not run across lines
    ['Chiều\n16/1/2020', null, [['16/1/2020', '2020-01-16', false, null]]],
    [
      'Cập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)',
      null,
      [['15:34, Thứ Sáu, 02/08/2019 (GMT+7)', '2019-08-02T15:34', false, null]],
    ],
    ['21-07-2020 08:46', null, [['21-07-2020 08:46', '2020-07-21T08:46', false, null]]],
    ['09:01, 17/01/2020', null, [['09:01, 17/01/2020', '2020-01-17T09:01', false, null]]],
    ['(LĐ online) - Chiều 16/1/2020, Đảng ủy Khối', null, [['Chiều 16/1/2020', '2020-01-16', false, 'chiều']]],
    [
      'Quy định số 3286-QĐ/TU, ngày 18/10/2023 của Ban Thường vụ Tỉnh ủy',
      null,
      [['ngày 18/10/2023', '2023-10-18', false, null]],
    ],
    ['Nghị quyết số 01-NQ/ĐUK ngày 15-5-2009 của', null, [['ngày 15-5-2009', '2009-05-15', false, null]]],
    ['Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị', null, [['ngày 15/5/2016', '2016-05-15', false, null]]],
    ['Kết luận số 21-KL/TW, ngày 25/10/2021 của', null, [['ngày 25/10/2021', '2021-10-25', false, null]]],
    [
      'tổng kết năm 2019, tháng 12/2019 và tháng 6 năm 2020',
      null,
      [
        ['tháng 12/2019', '2019-12', false, null],
        ['tháng 6 năm 2020', '2020-06', false, null],
      ],
    ],
    ['ngày 3 tháng 2 năm 1930, Đảng ra đời', null, [['ngày 3 tháng 2 năm 1930', '1930-02-03', false, null]]],
    ['sinh ngày 19/5/1890 tại Nghệ An', null, [['ngày 19/5/1890', '1890-05-19', false, null]]],
    ['Hội nghị lúc 8h30 ngày 5/3/2021 tại hội trường', null, [['8h30 ngày 5/3/2021', '2021-03-05T08:30', false, null]]],
    ['khai mạc 02.08.2019 tại Hà Nội', null, [['02.08.2019', '2019-08-02', false, null]]],
    [
      'từ 16/1/2020 đến 20/1/2020',
      null,
      [
        ['16/1/2020', '2020-01-16', false, null],
        ['20/1/2020', '2020-01-20', false, null],
      ],
    ],
    ['Tối thứ Bảy, ngày 3/8, đoàn viên ra quân', '2019-08-05', [['Tối thứ Bảy, ngày 3/8', '2019-08-03', true, 'tối']]],
    ['hôm 30/12 vừa qua', '2021-01-02', [['hôm 30/12', '2020-12-30', true, null]]],
    ['vào ngày mồng 2/9', '2020-09-05', [['ngày mồng 2/9', '2020-09-02', true, null]]],
    ['Trưa ngày 14 tháng 1, đoàn đến', '2020-01-16', [['Trưa ngày 14 tháng 1', '2020-01-14', true, 'trưa']]],
    // a meeting of two or more days, the month written once: the first day, over the whole phrase
    [
      'Trong hai ngày 20 và 21-12, Đảng bộ xã tổ chức Đại hội',
      '2019-12-30',
      [['ngày 20 và 21-12', '2019-12-20', true, null]],
    ],
    ['Sáng ngày 20, 21/12/2019, hội nghị', null, [['Sáng ngày 20, 21/12/2019', '2019-12-20', false, 'sáng']]],
    ['ngày 20-21/12 tại hội trường', '2019-12-30', [['ngày 20-21/12', '2019-12-20', true, null]]],
    ['từ ngày 6 đến ngày 9/12/2005', null, [['ngày 6 đến ngày 9/12/2005', '2005-12-06', false, null]]],
    ['ngày 1, 2, 3/8/2020', null, [['ngày 1, 2, 3/8/2020', '2020-08-01', false, null]]],
    ['ngày 14-15/1', '2020-01-20', [['ngày 14-15/1', '2020-01-14', true, null]]],
  ])('%s', (text, reference, expected) => {
    expect(found(text, reference)).toEqual(expected);
  });
});

describe('findDates: ratios, periods, codes and numbers are not dates', () => {
  it.each<[string, string | null]>([
    ['đạt và vượt 09/10 chỉ tiêu', '2024-01-05'],
    ['có 81/81 chi bộ, đảng bộ đăng ký', '2024-01-05'],
    ['đã kết nạp 209/150 đảng viên, đạt 139,33%', '2024-01-05'],
    ['có 5.990/6.046 đảng viên dự, đạt 99,07%', '2024-01-05'],
    ['62/66 TCCS hoàn thành', '2024-01-05'],
    ['Kết nạp từ 140 - 150 đảng viên mới, từ 03 - 05 đảng viên', '2024-01-05'],
    ['tăng 2.7% so với cùng kỳ', '2024-01-05'],
    ['Quy định số 3286-QĐ/TU', '2024-01-05'],
    ['Nghị định 15/2020/NĐ-CP', '2024-01-05'],
    ['nhiệm kỳ 2015 – 2020 và 2020-2025', '2024-01-05'],
    ['6 tháng đầu năm 2019', '2024-01-05'],
    ['Năm 2024, Ban Thường vụ đề ra 10 chỉ tiêu', '2024-01-05'],
    ['trong 5 năm, tháng 12 vừa qua', '2024-01-05'],
    ['Trong tuần: 5 452', '2024-01-05'],
    ['lúc 15:34 hôm nay', '2024-01-05'],
    // a yearless day needs a reference to get its year
    ['Ngày 14-1, Đảng ủy Khối', null],
    ['Chiều ngày 02/01', null],
    // impossible days and two-digit years
    ['ngày 31/2/2020 và ngày 32/1/2020, ngày 0/5/2020', null],
    ['ngày 16/1/20', '2020-01-20'],
    // day runs: no "ngày" before them, days out of order, a list of counts
    ['tỷ lệ 20 và 21-12 là cao', '2024-01-05'],
    ['ngày 21 và 20-12', '2024-01-05'],
    ['Trong các ngày làm việc từ 6 đến 9/12', '2024-01-05'],
    // "sáng" and "tối" as parts of other words or not right before the day
    ['sáng tạo 2-8 mô hình, tối đa 3/4 số phiếu', '2024-01-05'],
    ['lần thứ hai, 3/4 đại biểu tán thành', '2024-01-05'],
  ])('%s', (text, reference) => {
    expect(found(text, reference)).toEqual([]);
  });
});

// Hostile inputs must finish (a catastrophic pattern would hit the test timeout); speed is measured by `pnpm bench`.
describe('findDates finishes on hostile input', () => {
  it.each([
    ['digits and dots', '1.'.repeat(500_000)],
    ['digits and slashes', '1/1 '.repeat(250_000)],
    ['keyword dates', 'ngày 1/1 '.repeat(110_000)],
    ['spaces after a month', `tháng 12${' '.repeat(1_000_000)}`],
  ])('%s, 1 MB', (_name, text) => {
    for (const d of findDates(text, { reference: '2024-01-05' }).slice(0, 100)) {
      expect(text.slice(d.start, d.end)).toBe(d.raw);
    }
  });
});
