import { analyze } from '@vnpr/core';
import { describe, expect, it } from 'vitest';
import { hitsCue } from '../resolver/index.js';
import { expectLinearTime } from '../testing/linear-time.js';
import { runFixtures } from '../testing/run-fixtures.js';
import { referenceExtractor } from './index.js';

const ctx = { publishedAt: null, isClaimed: () => false };

function references(text: string) {
  const doc = analyze(text, { id: 'x', reference: '2024-01-05' });
  return referenceExtractor.extract(doc, ctx).map((c) => ({ ...c.fields, quote: doc.text.slice(c.start, c.end) }));
}

describe('reference: numbered citations', () => {
  it.each([
    [
      'Thực hiện Quy định số 3286-QĐ/TU, ngày 18/10/2023 của Ban Thường vụ Tỉnh ủy về xây dựng mô hình.',
      { kind: 'Quy định', symbol: '3286-QĐ/TU', number: '3286', date: '2023-10-18', issuer: 'Ban Thường vụ Tỉnh ủy' },
    ],
    [
      'Tổng kết 10 năm thực hiện Nghị quyết số 01-NQ/ĐUK ngày 15-5-2009 của Ban Chấp hành Đảng ủy Khối các cơ quan tỉnh về công tác thanh niên.',
      {
        kind: 'Nghị quyết',
        symbol: '01-NQ/ĐUK',
        date: '2009-05-15',
        issuer: 'Ban Chấp hành Đảng ủy Khối các cơ quan tỉnh',
      },
    ],
    [
      'Thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương khóa XIII.',
      { kind: 'Kết luận', symbol: '21-KL/TW', issuer: 'Ban Chấp hành Trung ương', term: 'XIII' },
    ],
    ['Theo Kết luận số 100 - KL/T.Ư của Ban Bí thư.', { kind: 'Kết luận', symbol: '100-KL/TW', issuer: 'Ban Bí thư' }],
    [
      'Căn cứ Quyết định số 1234/QĐ-UBND ngày 5/6/2023 của UBND tỉnh.',
      { kind: 'Quyết định', symbol: '1234/QĐ-UBND', date: '2023-06-05' },
    ],
    [
      'Thực hiện Nghị định 99/2016/NĐ-CP của Chính phủ.',
      { kind: 'Nghị định', symbol: '99/2016/NĐ-CP', issuer: 'Chính phủ' },
    ],
    [
      'Đã quán triệt 05-CT/TW của Bộ Chính trị.',
      { kind: 'Chỉ thị', symbol: '05-CT/TW', number: '05', issuer: 'Bộ Chính trị' },
    ],
    ['Triển khai 12-QĐ/TU và Kế hoạch 34-KH/TU.', { kind: 'Quyết định', symbol: '12-QĐ/TU' }],
  ])('%s', (text, want) => {
    expect(references(text)[0]).toMatchObject(want);
  });

  it('spans the whole citation', () => {
    const [r] = references('Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về việc đẩy mạnh học tập.');
    expect(r?.quote).toBe('Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị');
  });

  it('stops an issuer before the next citation', () => {
    const rs = references(
      'Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị và Hướng dẫn số 12-HD/BTGTW của Ban Tuyên giáo Trung ương.',
    );
    expect(rs.map((r) => r.issuer)).toEqual(['Bộ Chính trị', 'Ban Tuyên giáo Trung ương']);
  });

  it('merges a symbol cited twice: first span, date from the later mention', () => {
    const rs = references(
      'Quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị. Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016.',
    );
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ symbol: '05-CT/TW', issuer: 'Bộ Chính trị', date: '2016-05-15' });
    expect(rs[0]?.quote).toBe('Chỉ thị số 05-CT/TW của Bộ Chính trị');
  });
});

describe('reference: named citations', () => {
  it.each([
    ['Việc thực hiện Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng.', { name: 'Trung ương 4', term: 'XII' }],
    [
      'Trình bày Dự thảo sơ kết Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII.',
      { name: 'Trung ương 4', term: 'XII' },
    ],
    ['Thực hiện 03 nhiệm vụ trọng tâm Nghị quyết Đại hội lần thứ VIII.', { name: 'Đại hội lần thứ VIII', term: null }],
    ['Hoàn thành mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI.', { name: 'Đại hội Đảng bộ tỉnh lần thứ XI' }],
    ['Quán triệt Nghị quyết Hội nghị Trung ương 8 khoá XIII.', { name: 'Trung ương 8', term: 'XIII' }],
  ])('%s', (text, want) => {
    expect(references(text)[0]).toMatchObject({ kind: 'Nghị quyết', symbol: null, number: null, ...want });
  });
});

describe('reference: not citations', () => {
  it.each([
    'Thành lập mới 05 chi bộ cơ sở, đạt (1) chỉ tiêu nhiệm kỳ 2020-2025.',
    'Tổng kết tình hình thực hiện Nghị quyết năm 2023, xây dựng Nghị quyết năm 2024.',
    'Tiếp tục quán triệt các nghị quyết, chỉ thị, quy định của Trung ương; nghị quyết đại hội đảng bộ các cấp.',
    'Liên hệ số điện thoại 0294.3862.123 trước ngày 30/6/2024; đạt 209/150 đảng viên.',
  ])('%s', (text) => {
    expect(references(text)).toEqual([]);
  });
});

describe('reference: dates of issue', () => {
  it.each([
    ['Quy định số 12-QĐ/TU ngày 31/2/2020 của Tỉnh ủy về công tác cán bộ.', null],
    ['Ngày 30/4/2021, Tỉnh ủy đã ban hành Kế hoạch số 08-KH/TU.', '2021-04-30'],
    ['Ngày 31/4/2021, Tỉnh ủy đã ban hành Kế hoạch số 08-KH/TU.', null],
    // the day opens the sentence, but what happened then is not the issue
    ['Ngày 30/4/2021, Tỉnh ủy tổ chức hội nghị quán triệt Kế hoạch số 08-KH/TU.', null],
    ['Ngày 30/4/2021, Tỉnh ủy tổng kết Chỉ thị số 05-CT/TW và ban hành Kế hoạch số 08-KH/TU.', null],
  ])('%s', (text, date) => {
    expect(references(text).at(-1)?.date).toBe(date);
  });
});

describe('reference: cues', () => {
  it.each([
    ['Gắn với thực hiện 35-CT/TW của Bộ Chính trị.', true],
    ['Ban hành văn bản 39 / KH / HU về công tác dân vận.', true],
    ['Triển khai văn bản 99/2016/NĐ-CP của Chính phủ.', true],
    ['Tuyên truyền văn bản 100/2015/QH13 tới nhân dân.', true],
    ['Tiếp tục quán triệt các nghị quyết của Trung ương.', true],
    // a slash that is no symbol: a date, a ratio, a compound word
    ['Ngày 12/5/2024, Đảng bộ xã kết nạp 209/150 đảng viên.', false],
    ['Công tác phòng chống HIV/AIDS được đẩy mạnh.', false],
  ])('%s', (text, hit) => {
    expect(hitsCue(referenceExtractor, text)).toBe(hit);
  });

  it('a sentence whose slash is not a symbol yields no citation', () => {
    expect(references('Ngày 12/5/2024, Đảng bộ xã kết nạp 209/150 đảng viên, đạt 139% kế hoạch.')).toEqual([]);
  });
});

describe('reference: linear time', () => {
  it.each([
    ['symbols', '05-CT/TW của Ban '],
    ['dashes', '1-1-1-1-1 / '],
    ['kinds', 'Nghị quyết Đại hội Đảng bộ '],
    ['dates', 'Chỉ thị số 1-CT/TW ngày 1/1/2020 của '],
  ])('grows linearly on %s', (_name, unit) => {
    expectLinearTime(referenceExtractor, unit);
  });
});

runFixtures('reference', import.meta.dirname);
