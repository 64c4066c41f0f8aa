import { describe, expect, it } from 'vitest';
import {
  ABBREVIATION_LEXICON,
  canonicalAbbreviation,
  expandAbbreviation,
  findAbbreviationDefinitions,
  lookupAbbreviation,
} from './expand-abbreviation.js';

describe('findAbbreviationDefinitions: "phrase (ABBR)"', () => {
  it.each<[string, string, string, string]>([
    // [name, text, abbr, expansion]
    [
      'exact initials, lowercase phrase',
      'chất lượng cấp ủy các tổ chức cơ sở đảng (TCCSĐ) được nâng lên',
      'TCCSĐ',
      'tổ chức cơ sở đảng',
    ],
    [
      'rating abbreviation',
      'toàn Đảng bộ khối có 93% TCCSĐ hoàn thành tốt nhiệm vụ (HTTNV), trong đó',
      'HTTNV',
      'hoàn thành tốt nhiệm vụ',
    ],
    [
      'misspelt abbreviation: two letters swapped',
      'trong đó có 20% TCCSĐ hoàn thành xuất sắc nhiệm vụ (HTSXNV); 98% đảng viên HTTNV',
      'HTSXNV',
      'hoàn thành xuất sắc nhiệm vụ',
    ],
    [
      'misspelt phrase is kept as written',
      'đôn đốc cấp ủy các tổ chức cở sở (TCCS) đảng trực thuộc',
      'TCCS',
      'tổ chức cở sở',
    ],
    ['capitalised organisation name', 'Chủ tịch Ủy ban nhân dân (UBND) tỉnh phát biểu', 'UBND', 'Ủy ban nhân dân'],
    [
      'function word "và" skipped by the abbreviation',
      'phối hợp với Bộ Giáo dục và Đào tạo (BGDĐT) tổ chức',
      'BGDĐT',
      'Bộ Giáo dục và Đào tạo',
    ],
    [
      'function word "các" spelt by the abbreviation',
      'Trong 5 năm qua, Đảng bộ Khối các cơ quan (ĐBKCCQ) tỉnh đã phát huy',
      'ĐBKCCQ',
      'Đảng bộ Khối các cơ quan',
    ],
    [
      'hyphenated abbreviation and phrase',
      'góp phần phát triển kinh tế - xã hội (KT-XH) của địa phương',
      'KT-XH',
      'kinh tế - xã hội',
    ],
    [
      'phrase with a comma',
      'xây dựng tổ chức đảng trong sạch, vững mạnh (TSVM) tiêu biểu',
      'TSVM',
      'trong sạch, vững mạnh',
    ],
    [
      'abbreviation written with D for Đ',
      'cấp ủy các tổ chức cơ sở đảng (TCCSD) trực thuộc',
      'TCCSD',
      'tổ chức cơ sở đảng',
    ],
    [
      'reverse order "ABBR (phrase)"',
      'có 69 TCCSĐ (tổ chức cơ sở đảng) thuộc các loại hình cơ quan',
      'TCCSĐ',
      'tổ chức cơ sở đảng',
    ],
  ])('%s', (_name, text, abbr, expansion) => {
    const defs = findAbbreviationDefinitions(text);
    expect(defs).toHaveLength(1);
    const [def] = defs;
    if (!def) throw new Error('no definition found');
    expect(def).toMatchObject({ abbr, expansion });
    // The span covers "phrase (ABBR)" (or "ABBR (phrase)").
    const span = text.slice(def.start, def.end);
    expect(span.includes(`(${abbr})`) || span.startsWith(abbr)).toBe(true);
    expect(span.includes(expansion)).toBe(true);
    expect(span.endsWith(')')).toBe(true);
  });

  it('gives exact offsets', () => {
    const text = 'chất lượng các tổ chức cơ sở đảng (TCCSĐ) được nâng lên';
    expect(findAbbreviationDefinitions(text)).toEqual([
      { abbr: 'TCCSĐ', expansion: 'tổ chức cơ sở đảng', start: 15, end: 41 },
    ]);
  });

  it('finds several definitions in one paragraph, in order', () => {
    const text =
      'Qua đánh giá xếp loại cuối năm, toàn Đảng bộ khối có 93% TCCSĐ hoàn thành tốt nhiệm vụ (HTTNV), trong đó có 20% TCCSĐ hoàn thành xuất sắc nhiệm vụ (HTSXNV); chất lượng các tổ chức cơ sở đảng (TCCSĐ) được nâng lên.';
    expect(findAbbreviationDefinitions(text).map((d) => d.abbr)).toEqual(['HTTNV', 'HTSXNV', 'TCCSĐ']);
  });
});

describe('findAbbreviationDefinitions: short names "Long Name (Short Name)"', () => {
  it.each<[string, string, string, string]>([
    [
      'prefix short name inside a longer organisation name',
      'Chiều ngày 02/01, Ban Thường vụ Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh (Đảng ủy Khối) tổ chức hội nghị',
      'Đảng ủy Khối',
      'Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh',
    ],
    [
      'short name whose words are not contiguous',
      'phối hợp với Hội Liên hiệp Phụ nữ tỉnh (Hội Phụ nữ) tổ chức tuyên truyền',
      'Hội Phụ nữ',
      'Hội Liên hiệp Phụ nữ tỉnh',
    ],
    [
      'steering committee',
      'Thành lập Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh (Ban Chỉ đạo) theo quy định',
      'Ban Chỉ đạo',
      'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh',
    ],
  ])('%s', (_name, text, abbr, expansion) => {
    const defs = findAbbreviationDefinitions(text);
    expect(defs).toHaveLength(1);
    const [def] = defs;
    if (!def) throw new Error('no definition found');
    expect(def).toMatchObject({ abbr, expansion });
    expect(text.slice(def.start, def.end)).toBe(`${expansion} (${abbr})`);
  });
});

describe('findAbbreviationDefinitions: not definitions', () => {
  it.each<[string, string]>([
    ['list marker', '(1) Có trên 90% tổ chức cơ sở Đảng hoàn thành chỉ tiêu nhiệm vụ'],
    ['term of office', 'đại hội đảng bộ các cấp nhiệm kỳ (2020-2025) được tổ chức thành công'],
    ['time zone', 'Cập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)'],
    ['outlet tag', '(LĐ online) - Chiều 16/1/2020, Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng đã tổng kết'],
    ['Party term', 'Việc thực hiện Nghị quyết Trung ương 4 (khóa XII) về tăng cường xây dựng'],
    ['percentage remark', 'đảng bộ đã kết nạp được 868 đảng viên (đạt 115,7% chỉ tiêu), với 80% đảng viên'],
    ['bare Roman numeral', 'Nghị quyết Trung ương 4 khóa (XII) về xây dựng Đảng'],
    ['Roman numeral after a phrase with matching initials', 'Xây dựng Ingrid Inn (XII) năm nay'],
    ['abbreviation whose letters fit no phrase', 'Đồng chí Nguyễn Văn Triết, Chủ tịch tỉnh (QWERTY) chỉ đạo hội nghị'],
    ['short name not found in the phrase', 'Phóng viên Báo Lâm Đồng (Trung tâm Văn hóa) đưa tin'],
    ['photo credit', 'Trao Giấy khen cho các TCCS Đảng (Ảnh: D.My)'],
    ['unclosed parenthesis', 'tổ chức cơ sở đảng (TCCSĐ được nâng lên'],
  ])('%s', (_name, text) => {
    expect(findAbbreviationDefinitions(text)).toEqual([]);
  });
});

describe('expandAbbreviation', () => {
  it.each<[string, string, string | undefined, string | null]>([
    // [name, abbr, context, expected]
    ['lexicon: state organisation', 'UBND', undefined, 'Ủy ban nhân dân'],
    ["lexicon: People's Council", 'HĐND', undefined, 'Hội đồng nhân dân'],
    ['lexicon: rating', 'HTXSNV', undefined, 'hoàn thành xuất sắc nhiệm vụ'],
    ['lexicon: rating KHTNV', 'KHTNV', undefined, 'không hoàn thành nhiệm vụ'],
    ['lexicon: variant TƯ', 'TƯ', undefined, 'Trung ương'],
    ['lexicon: variant T.Ư', 'T.Ư', undefined, 'Trung ương'],
    ['lexicon: D for Đ', 'TCCSD', undefined, 'tổ chức cơ sở đảng'],
    ['lexicon: document kind', 'NQ', undefined, 'nghị quyết'],
    ['lexicon: program', 'XDNTM', undefined, 'xây dựng nông thôn mới'],
    ['context definition wins over the lexicon', 'TCCS', 'đôn đốc các tổ chức cở sở (TCCS) đảng', 'tổ chức cở sở'],
    [
      'context definition of a misspelt abbreviation',
      'HTSXNV',
      'có 20% TCCSĐ hoàn thành xuất sắc nhiệm vụ (HTSXNV); 98% đảng viên HTTNV',
      'hoàn thành xuất sắc nhiệm vụ',
    ],
    [
      'context short name',
      'Đảng ủy Khối',
      'Ban Thường vụ Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh (Đảng ủy Khối) tổ chức hội nghị',
      'Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh',
    ],
    [
      'initials of a context phrase',
      'ĐBKCCQ',
      'Đảng bộ Khối các cơ quan tỉnh: Một nhiệm kỳ nhiều dấu ấn. Trong 5 năm qua, ĐBKCCQ tỉnh đã phát huy',
      'Đảng bộ Khối các cơ quan',
    ],
    [
      'initials, case-insensitive',
      'ĐBKCCQ',
      'Toàn Đảng bộ Khối Các cơ quan tỉnh có 2.662/2.748 đảng viên đã kiểm điểm',
      'Đảng bộ Khối Các cơ quan',
    ],
    ['case-sensitive lexicon', 'ubnd', undefined, null],
    ['unknown abbreviation without context', 'ĐBKCCQ', undefined, null],
    [
      'initials do not run across clause punctuation',
      'ĐBKCCQ',
      'Hội nghị của Đảng bộ Khối. Các cơ quan tỉnh dự họp',
      null,
    ],
    ['two capitals are too few for initials', 'KQ', 'Khối quân sự tỉnh', null],
    ['no phrase in the context', 'QWERTY', 'Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị', null],
  ])('%s', (_name, abbr, context, expected) => {
    expect(expandAbbreviation(abbr, context)).toBe(expected);
  });
});

describe('canonicalAbbreviation', () => {
  it.each<[string, string, string | undefined, string | null]>([
    ['misspelt rating by letters', 'HTSXNV', undefined, 'HTXSNV'],
    ['misspelt rating by context meaning', 'HTSXNV', 'hoàn thành xuất sắc nhiệm vụ (HTSXNV)', 'HTXSNV'],
    ['canonical rating stays', 'HTTNV', undefined, 'HTTNV'],
    ['canonical rating stays with context', 'HTNV', 'có 04/66 TCCS Đảng hoàn thành nhiệm vụ (HTNV)', 'HTNV'],
    ['variant maps to the main spelling', 'TƯ', undefined, 'TW'],
    ['D for Đ', 'TCCSD', undefined, 'TCCSĐ'],
    ['misspelt phrase still means TCCS', 'TCCS', 'các tổ chức cở sở (TCCS) đảng', 'TCCS'],
    ['misspelt abbreviation matched by its defined meaning', 'TCSCĐ', 'tổ chức cơ sở đảng (TCSCĐ)', 'TCCSĐ'],
    ['unknown letters', 'QWERTY', undefined, null],
    ['case-sensitive', 'htxsnv', undefined, null],
  ])('%s', (_name, abbr, context, expected) => {
    expect(canonicalAbbreviation(abbr, context)).toBe(expected);
  });
});

describe('lexicon.json', () => {
  it('holds at least 150 entries', () => {
    expect(ABBREVIATION_LEXICON.length).toBeGreaterThanOrEqual(150);
  });

  it('has unique spellings, NFC text, known categories and expansions of several letters', () => {
    const seen = new Set<string>();
    const categories = new Set([
      'party-org',
      'state-org',
      'rating',
      'document-kind',
      'mass-org',
      'program',
      'title',
      'other',
    ]);
    for (const e of ABBREVIATION_LEXICON) {
      for (const spelling of [e.abbr, ...(e.variants ?? [])]) {
        expect(seen.has(spelling), spelling).toBe(false);
        seen.add(spelling);
        expect(spelling.normalize('NFC')).toBe(spelling);
      }
      expect(e.expansion.normalize('NFC')).toBe(e.expansion);
      expect(e.expansion.trim()).toBe(e.expansion);
      expect(categories.has(e.category)).toBe(true);
    }
  });

  it.each<[string, string, string]>([
    ['TCCSĐ', 'tổ chức cơ sở đảng', 'party-org'],
    ['TCCS', 'tổ chức cơ sở', 'party-org'],
    ['HTXSNV', 'hoàn thành xuất sắc nhiệm vụ', 'rating'],
    ['HTTNV', 'hoàn thành tốt nhiệm vụ', 'rating'],
    ['HTNV', 'hoàn thành nhiệm vụ', 'rating'],
    ['KHTNV', 'không hoàn thành nhiệm vụ', 'rating'],
    ['TSVM', 'trong sạch, vững mạnh', 'rating'],
    ['UBND', 'Ủy ban nhân dân', 'state-org'],
    ['HĐND', 'Hội đồng nhân dân', 'state-org'],
    ['MTTQ', 'Mặt trận Tổ quốc', 'mass-org'],
    ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc', 'mass-org'],
    ['BCH', 'Ban Chấp hành', 'party-org'],
    ['BTV', 'Ban Thường vụ', 'party-org'],
    ['UBKT', 'Ủy ban Kiểm tra', 'party-org'],
    ['ĐUK', 'Đảng ủy Khối', 'party-org'],
    ['XDNTM', 'xây dựng nông thôn mới', 'program'],
    ['ĐV', 'đảng viên', 'other'],
    ['CBCCVC', 'cán bộ, công chức, viên chức', 'other'],
    ['ĐBQH', 'đại biểu Quốc hội', 'title'],
    ['BCĐ', 'Ban Chỉ đạo', 'party-org'],
    ['KT-XH', 'kinh tế - xã hội', 'program'],
    ['QP-AN', 'quốc phòng - an ninh', 'program'],
    ['TW', 'Trung ương', 'party-org'],
    ['TU', 'Tỉnh ủy', 'party-org'],
    ['HU', 'Huyện ủy', 'party-org'],
    ['ĐU', 'Đảng ủy', 'party-org'],
    ['NQ', 'nghị quyết', 'document-kind'],
    ['CT', 'chỉ thị', 'document-kind'],
    ['KL', 'kết luận', 'document-kind'],
    ['QĐ', 'quyết định', 'document-kind'],
    ['HD', 'hướng dẫn', 'document-kind'],
    ['KH', 'kế hoạch', 'document-kind'],
    ['TB', 'thông báo', 'document-kind'],
    ['THCS', 'trung học cơ sở', 'other'],
    ['THPT', 'trung học phổ thông', 'other'],
    ['HCCB', 'Hội Cựu chiến binh', 'mass-org'],
    ['LĐLĐ', 'Liên đoàn Lao động', 'mass-org'],
    ['ĐTNCS', 'Đoàn Thanh niên Cộng sản', 'mass-org'],
    ['HLHPN', 'Hội Liên hiệp Phụ nữ', 'mass-org'],
    ['HND', 'Hội Nông dân', 'mass-org'],
    ['BHXH', 'bảo hiểm xã hội', 'program'],
    ['BHYT', 'bảo hiểm y tế', 'program'],
    ['CNH-HĐH', 'công nghiệp hóa, hiện đại hóa', 'program'],
    ['DQTV', 'dân quân tự vệ', 'program'],
    ['QSĐ', 'quyền sử dụng đất', 'other'],
  ])('%s = %s', (abbr, expansion, category) => {
    expect(lookupAbbreviation(abbr)).toMatchObject({ expansion, category });
  });

  it.each<[string]>([['ĐBKCCQ'], ['TCCSĐ '], ['Ubnd'], ['XYZ']])('has no entry for %j', (abbr) => {
    expect(lookupAbbreviation(abbr)).toBeNull();
  });

  it("expands every entry's initials consistently: each lexicon expansion defines its own abbreviation", () => {
    const failures: string[] = [];
    for (const e of ABBREVIATION_LEXICON) {
      if (e.category === 'document-kind' || !/^[\p{Lu}-]+$/u.test(e.abbr)) continue;
      // English acronyms and "TW" (Trung ương, from the old spelling) do not spell their expansion.
      if (/^(GDP|GRDP|FDI|PCI|PAPI|OCOP|TW)$/.test(e.abbr)) continue;
      const defs = findAbbreviationDefinitions(`Thực hiện ${e.expansion} (${e.abbr}) trong năm`);
      if (defs[0]?.expansion !== e.expansion) failures.push(e.abbr);
    }
    expect(failures).toEqual([]);
  });
});

// Hostile inputs must finish (a catastrophic pattern would hit the test timeout); speed is measured by `pnpm bench`.
describe('hostile input finishes', () => {
  it.each<[string, string]>([
    ['1 MB of "("', '('.repeat(1_000_000)],
    ['1 MB of "()"', '()'.repeat(500_000)],
    ['1 MB of dots', '.'.repeat(1_000_000)],
    ['many short definitions', 'tổ chức cơ sở đảng (TCCSĐ) '.repeat(20_000)],
    ['many unclosed abbreviations', '(TCCSĐ tổ chức cơ sở đảng '.repeat(20_000)],
    ['many short names', 'Đảng ủy Khối các cơ quan tỉnh (Đảng ủy Khối) '.repeat(15_000)],
  ])('%s', (_name, input) => {
    for (const d of findAbbreviationDefinitions(input)) expect(input.slice(d.start, d.end)).toContain(d.abbr);
    expandAbbreviation('ĐBKCCQ', input);
  });
});
