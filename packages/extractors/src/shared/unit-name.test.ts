import { describe, expect, it } from 'vitest';
import { endsInsidePair, lastWordStart, readUnitName, readWholeUnitName } from './unit-name.js';

describe('unit names', () => {
  it.each([
    ['Bí thư Đảng ủy Khối các cơ quan tỉnh phát biểu', 7, 'Đảng ủy Khối các cơ quan tỉnh'],
    ['của Bộ Chính trị về tiếp tục', 4, 'Bộ Chính trị'],
    ['của Ban Thường vụ Tỉnh ủy.', 4, 'Ban Thường vụ Tỉnh ủy'],
    ['Đảng ủy Khối tổ chức hội nghị', 0, 'Đảng ủy Khối'],
    [
      'Ban Thường vụ Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh (Đảng ủy Khối)',
      0,
      'Ban Thường vụ Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh',
    ],
    ['tại TP. Hồ Chí Minh, ngày', 4, 'TP. Hồ Chí Minh'],
    ['của Đảng ủy Khối Dân - Chính - Đảng tỉnh về', 4, 'Đảng ủy Khối Dân - Chính - Đảng tỉnh'],
    ['của Bộ Giáo dục - đào tạo về', 4, 'Bộ Giáo dục - đào tạo'],
    ['do Sở Giao thông - Công chánh tổ chức', 3, 'Sở Giao thông'],
    ['ông Nguyễn Văn Sơn - Giám đốc Sở', 4, 'Nguyễn Văn Sơn'],
    ['của UBND TP.HCM về', 4, 'UBND TP.HCM'],
    ['của Ban cán sự đảng Bộ Tư pháp về', 4, 'Ban cán sự đảng Bộ Tư pháp'],
    ['của Sở Văn hóa, Thể thao và Du lịch về', 4, 'Sở Văn hóa, Thể thao và Du lịch'],
  ])('%s', (text, from, want) => {
    expect(text.slice(from, readUnitName(text, from))).toBe(want);
  });
});

describe('unit names cut inside a phrase', () => {
  it.each([
    ['của Bộ Ngoại giao, ông', 4, 'Bộ Ngoại giao'],
    ['Khoa Tâm lý-Giáo dục tổ chức', 0, 'Khoa Tâm lý-Giáo dục'],
    ['của Đảng ủy Khối tổ chức', 4, 'Đảng ủy Khối'],
  ])('%s', (text, from, want) => {
    expect(text.slice(from, readWholeUnitName(text, from))).toBe(want);
  });

  it('tells a pair cut at a capitalized word ("Công ty Cấp| nước") from a name that ends there', () => {
    expect(endsInsidePair('Công ty Cấp nước Hà Đông', 'Công ty Cấp'.length)).toBe(true);
    expect(endsInsidePair('Sở Nội vụ cho biết', 'Sở Nội vụ'.length)).toBe(false);
  });

  it('finds where the word before an offset starts', () => {
    expect(lastWordStart('Chi cục Thú y', 'Chi cục Thú'.length)).toBe('Chi cục '.length);
    expect(lastWordStart('Khối 12', 7)).toBe(5);
    expect(lastWordStart('của ', 4)).toBe(4);
  });
});
