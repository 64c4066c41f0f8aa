import { describe, expect, it } from 'vitest';
import { findNumbers } from './find-numbers.js';

/** [raw, value] pairs, with a check that offsets point at `raw`. */
function found(text: string): Array<[string, number]> {
  return findNumbers(text).map((t) => {
    expect(text.slice(t.start, t.end)).toBe(t.raw);
    return [t.raw, t.value];
  });
}

describe('findNumbers on real report phrases', () => {
  it.each<[string, Array<[string, number]>]>([
    [
      'đã kết nạp 209/150 đảng viên, đạt 139,33% so nghị quyết, nâng tổng số toàn đảng bộ hiện có 6.102 đảng viên',
      [
        ['209', 209],
        ['150', 150],
        ['139,33', 139.33],
        ['6.102', 6102],
      ],
    ],
    [
      'có 5.990/6.046 đảng viên dự, đạt 99,07%',
      [
        ['5.990', 5990],
        ['6.046', 6046],
        ['99,07', 99.07],
      ],
    ],
    ['với tổng số tiền trên 80,7 tỷ đồng.', [['80,7 tỷ', 80_700_000_000]]],
    // "tỷ lệ"/"tỉ lệ" (a rate) and "tỷ trọng" (a share) hold no thousand million
    [
      'Năm 2018 tỷ lệ đảng viên trẻ đạt 31%',
      [
        ['2018', 2018],
        ['31', 31],
      ],
    ],
    [
      'đến năm 2025 tỉ lệ hộ nghèo còn 2,5%',
      [
        ['2025', 2025],
        ['2,5', 2.5],
      ],
    ],
    [
      'Năm 2021 tỷ trọng công nghiệp chiếm 40%',
      [
        ['2021', 2021],
        ['40', 40],
      ],
    ],
    [
      'Kết nạp từ 140 - 150 đảng viên mới',
      [
        ['140', 140],
        ['150', 150],
      ],
    ],
    ['ít nhất 01 mô hình', [['01', 1]]],
    [
      'Trong tuần: 5 452 Tất cả: 721569',
      [
        ['5 452', 5452],
        ['721569', 721569],
      ],
    ],
    [
      'nhiệm kỳ 2015 – 2020',
      [
        ['2015', 2015],
        ['2020', 2020],
      ],
    ],
    [
      '6 tháng đầu năm 2019.',
      [
        ['6', 6],
        ['2019', 2019],
      ],
    ],
    [
      'có 93,82% cơ quan; 81/81 chi bộ',
      [
        ['93,82', 93.82],
        ['81', 81],
        ['81', 81],
      ],
    ],
    [
      'vượt 09/10 chỉ tiêu',
      [
        ['09', 9],
        ['10', 10],
      ],
    ],
    ['hỗ trợ 1,5 triệu đồng mỗi hộ', [['1,5 triệu', 1_500_000]]],
    [
      'xây 3 nghìn căn nhà, 2 trăm cây cầu',
      [
        ['3 nghìn', 3000],
        ['2 trăm', 200],
      ],
    ],
    ['nguồn vốn 1 tỷ 200 triệu đồng', [['1 tỷ 200 triệu', 1_200_000_000]]],
    ['kế hoạch 5 nghìn tỷ đồng', [['5 nghìn tỷ', 5_000_000_000_000]]],
    [
      'ban hành 4.037 văn bản, trong đó có 1.289 văn bản',
      [
        ['4.037', 4037],
        ['1.289', 1289],
      ],
    ],
    ['tổng 1.234.567,5 đồng', [['1.234.567,5', 1234567.5]]],
    // digit runs inside dates, times and document numbers are returned: the caller resolves overlaps
    [
      'Quy định số 3286-QĐ/TU, ngày 18/10/2023',
      [
        ['3286', 3286],
        ['18', 18],
        ['10', 10],
        ['2023', 2023],
      ],
    ],
    [
      '21-07-2020 08:46',
      [
        ['21', 21],
        ['07', 7],
        ['2020', 2020],
        ['08', 8],
        ['46', 46],
      ],
    ],
    // spelled numerals, two or more words
    ['có hai mươi mốt đảng viên', [['hai mươi mốt', 21]]],
    [
      'Ba mươi tư chi bộ và một trăm linh năm tổ',
      [
        ['Ba mươi tư', 34],
        ['một trăm linh năm', 105],
      ],
    ],
    ['trong hai mươi năm qua', [['hai mươi', 20]]],
    ['kỷ niệm một nghìn năm Thăng Long', [['một nghìn', 1000]]],
    ['hơn hai triệu người', [['hai triệu', 2_000_000]]],
    ['đạt một trăm phần trăm', [['một trăm', 100]]],
    ['Năm hai nghìn', [['hai nghìn', 2000]]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findNumbers: what is not a number token', () => {
  it.each<[string, Array<[string, number]>]>([
    ['', []],
    ['Đảng ủy Khối các cơ quan', []],
    // single ambiguous number words stay out
    ['Năm nay, một đồng chí tư vấn cho mười đơn vị; ngày thứ tư', []],
    ['trong một năm, mười năm, năm năm', []],
    ['hàng trăm nghìn lượt người, hàng chục tỷ đồng', []],
    ['Ba Tư, Năm Sáu', []],
    // "%" and units are not part of the token
    ['đạt 100%', [['100', 100]]],
    ['trồng 20ha rừng', [['20', 20]]],
    // digits glued to a preceding letter are codes
    ['virus H5N1 và mô hình A1', []],
    ['8h30', [['8', 8]]],
    // unreadable literals yield their plain digit runs
    [
      'mục 1.2.3',
      [
        ['1', 1],
        ['2', 2],
        ['3', 3],
      ],
    ],
    // spaced thousands need exactly three digits after the space
    [
      'Trong 5 năm, 5 45 hay 5 4520',
      [
        ['5', 5],
        ['5', 5],
        ['45', 45],
        ['5', 5],
        ['4520', 4520],
      ],
    ],
    [
      '5 452,5',
      [
        ['5', 5],
        ['452,5', 452.5],
      ],
    ],
    // "tỷ" not followed by a word boundary is not a scale
    ['80 tỷlệ', [['80', 80]]],
    // a smaller-scale segment must be below the previous scale
    [
      '1 tỷ 2000 triệu',
      [
        ['1 tỷ', 1_000_000_000],
        ['2000 triệu', 2_000_000_000],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

// Hostile inputs must finish (a catastrophic pattern would hit the test timeout); speed is measured by `pnpm bench`.
describe('findNumbers finishes on hostile input', () => {
  it.each([
    ['digits and dots', '1.'.repeat(500_000)],
    ['digits and commas', '12,'.repeat(350_000)],
    ['spaced groups', '5 452 '.repeat(170_000)],
    ['repeated digit words', 'một '.repeat(250_000)],
    ['alternating numeral words', 'hai mươi '.repeat(110_000)],
    ['scale words', 'nghìn tỷ '.repeat(110_000)],
  ])('%s, 1 MB', (_name, text) => {
    const tokens = findNumbers(text);
    for (const t of tokens.slice(0, 100)) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });
});
