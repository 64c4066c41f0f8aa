import { describe, expect, it } from 'vitest';
import { completeDay, type DateOptions, isCalendarDate, type ParsedDate, parseDate, readDateAt } from './parse-date.js';
import { resolveReference } from './reference.js';

const written = (value: string, partOfDay: ParsedDate['partOfDay'] = null): ParsedDate => ({
  value,
  inferred: false,
  partOfDay,
});
const inferred = (value: string, partOfDay: ParsedDate['partOfDay'] = null): ParsedDate => ({
  value,
  inferred: true,
  partOfDay,
});

describe('parseDate: written years', () => {
  it.each<[string, ParsedDate]>([
    ['16/1/2020', written('2020-01-16')],
    ['15/5/2016', written('2016-05-15')],
    ['15-5-2009', written('2009-05-15')],
    ['ngày 15-5-2009', written('2009-05-15')],
    ['02.08.2019', written('2019-08-02')],
    ['18/10/2023', written('2023-10-18')],
    ['29/2/2020', written('2020-02-29')],
    ['19/5/1890', written('1890-05-19')],
    ['ngày 3 tháng 2 năm 2020', written('2020-02-03')],
    ['Ngày 3 tháng 2, năm 1930', written('1930-02-03')],
    ['tháng 12/2019', written('2019-12')],
    ['tháng 12 năm 2019', written('2019-12')],
    ['Tháng 6-2019', written('2019-06')],
    ['năm 2019', written('2019')],
    ['Năm 2024', written('2024')],
    ['09:01, 17/01/2020', written('2020-01-17T09:01')],
    ['21-07-2020 08:46', written('2020-07-21T08:46')],
    ['8h30 ngày 5/3/2021', written('2021-03-05T08:30')],
    ['8 giờ 30 phút ngày 5/3/2021', written('2021-03-05T08:30')],
    ['ngày 5/3/2021 lúc 14h', written('2021-03-05T14:00')],
    ['17/01/2020 09:01:30', written('2020-01-17T09:01:30')],
    ['15:34, Thứ Sáu, 02/08/2019 (GMT+7)', written('2019-08-02T15:34')],
    ['Cập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)', written('2019-08-02T15:34')],
    ['Cập nhật: 21-07-2020 08:46', written('2020-07-21T08:46')],
    ['Chiều 16/1/2020', written('2020-01-16', 'chiều')],
    ['CHIỀU NGÀY 16/1/2020', written('2020-01-16', 'chiều')],
    ['buổi sáng ngày 5/3/2021', written('2021-03-05', 'sáng')],
    ['Tối 2-8-2019', written('2019-08-02', 'tối')],
    ['trưa 2/8/2019', written('2019-08-02', 'trưa')],
    ['Ngày 14-1-2020,', written('2020-01-14')],
    ['(16/1/2020)', written('2020-01-16')],
    ['  16/1/2020  ', written('2020-01-16')],
  ])('%j', (input, expected) => {
    expect(parseDate(input)).toEqual(expected);
  });
});

describe('parseDate: a missing year is the one nearest to the reference', () => {
  it.each<[string, DateOptions['reference'], ParsedDate]>([
    ['02/01', '2024-01-05', inferred('2024-01-02')],
    ['28/12', '2020-01-17', inferred('2019-12-28')],
    ['14-1', '2020-01-16', inferred('2020-01-14')],
    ['2.7', '2019-08-02', inferred('2019-07-02')],
    ['Sáng 2-8', '2019-08-02', inferred('2019-08-02', 'sáng')],
    ['Chiều ngày 02/01', '2024-01-05', inferred('2024-01-02', 'chiều')],
    ['Ngày 14-1', new Date(2020, 0, 20), inferred('2020-01-14')],
    ['ngày 14 tháng 1', '2020-01-20T10:00:00', inferred('2020-01-14')],
    ['hôm 30/12', '2021-01-02', inferred('2020-12-30')],
    ['ngày mồng 2/9', '2020-09-05', inferred('2020-09-02')],
    ['8h30 ngày 5/3', '2021-03-10', inferred('2021-03-05T08:30')],
    // a report period: the whole year or month is the reference
    ['28/12', '2023', inferred('2023-12-28')],
    ['02/01', '2023', inferred('2023-01-02')],
    ['02/01', '2023-12', inferred('2024-01-02')],
    // a Vietnamese dateline as reference
    ['30/7', '02/08/2019', inferred('2019-07-30')],
    // 29/2 only exists in leap years
    ['29/2', '2021-03-01', inferred('2020-02-29')],
    // a written year ignores the reference
    ['16/1/2020', '2024-01-05', written('2020-01-16')],
  ])('%j with reference %j', (input, reference, expected) => {
    expect(parseDate(input, { reference })).toEqual(expected);
  });
});

describe('parseDate: not one date', () => {
  it.each<[string, DateOptions['reference']]>([
    ['', null],
    ['abc', null],
    ['02/01', null], // no reference, no year
    ['02/01', undefined],
    ['02/01', 'không phải ngày'], // unreadable reference
    ['31/2/2020', null],
    ['32/1/2020', null],
    ['0/5/2020', null],
    ['15/13/2020', null],
    ['15/0/2020', null],
    ['31/4', '2020-05-01'],
    ['16/1/20', '2020-01-01'], // two-digit years are not used in this genre
    ['16/1/20', null],
    ['8h30', '2020-01-01'], // a time without a day
    ['15:34', '2020-01-01'],
    ['2019', null], // a bare number
    ['209/150', '2020-01-01'],
    ['81/81', '2020-01-01'],
    ['15-5/2009', null], // mixed separators
    ['3286-QĐ/TU', null],
    ['Quy định số 3286-QĐ/TU, ngày 18/10/2023', null], // more than a date
    ['16/1/2020 và 17/1/2020', null],
    ['tháng 13/2019', null],
    ['tháng 12', '2020-01-01'],
    ['nhiệm kỳ 2015 – 2020', null],
    ['6 tháng đầu năm 2019', null],
    ['25:00, 16/1/2020', null], // impossible time: the phrase is not one date
    ['16/1/12020', null],
  ])('%j with reference %j → null', (input, reference) => {
    expect(parseDate(input, { reference })).toBeNull();
  });
});

describe('resolveReference', () => {
  it.each<[DateOptions['reference'], [string, string] | null]>([
    ['2024-01-05', ['2024-01-05', '2024-01-05']],
    ['2023', ['2023-01-01', '2023-12-31']],
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['02/08/2019', ['2019-08-02', '2019-08-02']],
    ['tháng 12/2019', ['2019-12-01', '2019-12-31']],
    [new Date(2020, 0, 17, 15, 34), ['2020-01-17', '2020-01-17']],
    [new Date(Number.NaN), null],
    ['2023-13', null],
    ['hôm qua', null],
    [null, null],
    [undefined, null],
  ])('%j', (reference, expected) => {
    const span = resolveReference(reference);
    const iso = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(span === null ? null : [iso(span.first), iso(span.last)]).toEqual(expected);
  });
});

describe('completeDay: one calendar for callers with their own patterns', () => {
  it.each<[number, number, number | undefined, string | null, { value: string; inferred: boolean } | null]>([
    [28, 12, undefined, '2020-01-17', { value: '2019-12-28', inferred: true }],
    [14, 1, undefined, '2019-12-31', { value: '2020-01-14', inferred: true }],
    [29, 2, undefined, '2020-03-10', { value: '2020-02-29', inferred: true }],
    [31, 2, undefined, '2020-03-10', null],
    [29, 2, undefined, '2021-03-10', { value: '2020-02-29', inferred: true }],
    [31, 4, 2021, null, null],
    [7, 11, 2006, null, { value: '2006-11-07', inferred: false }],
    [12, 5, undefined, null, null],
    [12, 5, undefined, '2019', { value: '2019-05-12', inferred: true }],
  ])('%i/%i/%s against %s', (day, month, year, reference, expected) => {
    expect(completeDay(day, month, year, { reference })).toEqual(expected);
  });

  it.each([
    ['2020-02-29', true],
    ['2020-02-30', false],
    ['2019-02-29', false],
    ['2020-04-31', false],
    ['2020-01-05T23:59', true],
    ['2020-01-05T24:00', false],
    ['2020-01', false],
  ])('isCalendarDate(%s) is %s', (iso, ok) => {
    expect(isCalendarDate(iso)).toBe(ok);
  });
});

describe('readDateAt: a phrase whose start the caller found, read in running text', () => {
  it.each<[string, number, string | null, [string, boolean, number, number] | null]>([
    // A yearless day with no "ngày" right before it, which findDates leaves out.
    ['Hôm nay (2-2), Chi bộ ấp 3 tổ chức Lễ kết nạp', 9, '2023-02-02', ['2023-02-02', true, 9, 12]],
    ['Vừa qua (ngày 27/12), Đảng ủy xã', 14, '2023-12-31', ['2023-12-27', true, 14, 19]],
    ['Sáng nay (10-12), Đại hội khai mạc', 10, '2025-12-10', ['2025-12-10', true, 10, 15]],
    ['Hôm nay 2-2 lúc 8h, Chi bộ', 8, '2023-02-02', ['2023-02-02T08:00', true, 8, 18]],
    ['Ngày 14 tháng 1 năm 2020, Đảng ủy Khối', 5, null, ['2020-01-14', false, 5, 24]],
    ['cuộc họp diễn ra ngày 3/3 gồm đại diện', 22, '2006-03-09', ['2006-03-03', true, 22, 25]],
    // Nothing, or not a day, starts there.
    ['Hôm nay (2-2), Chi bộ', 8, '2023-02-02', null],
    ['Hôm nay (2-2), Chi bộ', 10, '2023-02-02', null],
    ['Có 209/150 đảng viên', 3, '2023-02-02', null],
    ['Năm 2023, Chi bộ', 4, '2023-02-02', null],
    // A day that does not exist, and a yearless day with nothing to take its year from.
    ['Hôm nay (31-4), Huyện ủy', 9, '2024-05-02', null],
    ['Ngày 31-2, Đảng ủy phường', 5, '2020-03-10', null],
    ['Hôm nay (2-2), Chi bộ', 9, null, null],
  ])('%s at %i against %s', (text, at, reference, expected) => {
    const got = readDateAt(text, at, { reference });
    expect(got && [got.value, got.inferred, got.start, got.end]).toEqual(expected);
    if (got) expect(got.raw).toBe(text.slice(got.start, got.end));
  });
});
