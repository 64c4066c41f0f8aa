import { analyze } from '@vnpr/core';
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { cuePattern } from '../resolver/visit.js';
import { expectLinearTime } from '../testing/linear-time.js';
import { runFixtures } from '../testing/run-fixtures.js';
import { officialExtractor } from './index.js';
import { TITLE_WORDS } from './patterns.js';

const ctx = { publishedAt: null, isClaimed: () => false };

function officials(text: string) {
  const doc = analyze(text, { id: 'x', reference: '2024-01-05' });
  return officialExtractor.extract(doc, ctx).map((c) => ({ ...c.fields, quote: doc.text.slice(c.start, c.end) }));
}

describe('official: people and their titles', () => {
  it.each([
    [
      'Đồng chí Nguyễn Văn Triết, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBMTTQ Việt Nam tỉnh chỉ đạo hội nghị.',
      [{ name: 'Nguyễn Văn Triết', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch UBMTTQ Việt Nam tỉnh'] }],
    ],
    [
      'Các đồng chí Nguyễn Văn Tám, Tỉnh ủy viên, Bí thư Đảng ủy Khối; Trần Thị Kim Phượng, Phó Bí thư Thường trực Đảng ủy Khối; Lữ Công Tạo, Phó Bí thư Đảng ủy Khối cùng chủ trì hội nghị.',
      [
        { name: 'Nguyễn Văn Tám', titles: ['Tỉnh ủy viên', 'Bí thư Đảng ủy Khối'] },
        { name: 'Trần Thị Kim Phượng', titles: ['Phó Bí thư Thường trực Đảng ủy Khối'] },
        { name: 'Lữ Công Tạo', titles: ['Phó Bí thư Đảng ủy Khối'] },
      ],
    ],
    [
      'Bí thư Đảng ủy Khối các cơ quan tỉnh Trần Đình Quế phát biểu kết luận hội nghị.',
      [{ name: 'Trần Đình Quế', titles: ['Bí thư Đảng ủy Khối các cơ quan tỉnh'] }],
    ],
    [
      'Tổ chức học tập tác phẩm “Kiên quyết, kiên trì đấu tranh phòng, chống tham nhũng” của Tổng Bí thư Nguyễn Phú Trọng.',
      [{ name: 'Nguyễn Phú Trọng', titles: ['Tổng Bí thư'] }],
    ],
    [
      'Đồng chí Hồ Văn Hùng, Bí thư Đảng ủy Khối Cơ quan-Doanh nghiệp tỉnh tặng giấy khen cho 19 TCCSĐ.',
      [{ name: 'Hồ Văn Hùng', titles: ['Bí thư Đảng ủy Khối Cơ quan-Doanh nghiệp tỉnh'] }],
    ],
    [
      'Phát biểu tại hội nghị, ông Phạm Văn Hai, Giám đốc Sở Nội vụ cho biết sẽ rà soát.',
      [{ name: 'Phạm Văn Hai', titles: ['Giám đốc Sở Nội vụ'] }],
    ],
    [
      'Phó Chủ tịch UBND tỉnh Lâm Đồng Đặng Trí Dũng dự và phát biểu.',
      [{ name: 'Đặng Trí Dũng', titles: ['Phó Chủ tịch UBND tỉnh Lâm Đồng'] }],
    ],
    [
      'Dự hội nghị có đồng chí Nguyễn Quỳnh Thiện, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; đại diện lãnh đạo các ban Đảng.',
      [{ name: 'Nguyễn Quỳnh Thiện', titles: ['Tỉnh ủy viên', 'Phó Chủ tịch UBND tỉnh'] }],
    ],
    ['ĐỒNG CHÍ TRẦN VĂN AN phát biểu.', [{ name: 'Trần Văn An', titles: [] }]],
    [
      'Bà Lê Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh phát biểu.',
      [{ name: 'Lê Thị Mai', titles: ['Chủ tịch Hội Liên hiệp Phụ nữ tỉnh'] }],
    ],
    // The old tone placement ("Uỷ", "hoà", "khoá") is folded once, by core's normalize, before any extractor reads.
    [
      'Đồng chí Hoàng Văn Hoà, Uỷ viên Ban Thường vụ Tỉnh uỷ, Bí thư Đảng uỷ Khối các cơ quan tỉnh phát biểu.',
      [{ name: 'Hoàng Văn Hòa', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Bí thư Đảng ủy Khối các cơ quan tỉnh'] }],
    ],
  ])('%s', (text, want) => {
    expect(officials(text).map(({ name, titles }) => ({ name, titles }))).toEqual(want);
  });

  it('keeps one record per person, titles merged, span at the first mention', () => {
    const rs = officials(
      'Đồng chí Nguyễn Văn Tám, Tỉnh ủy viên chủ trì. Phát biểu kết luận, đồng chí Nguyễn Văn Tám đề nghị. Đồng chí Nguyễn Văn Tám, Bí thư Đảng ủy Khối phát biểu.',
    );
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ name: 'Nguyễn Văn Tám', titles: ['Tỉnh ủy viên', 'Bí thư Đảng ủy Khối'] });
    expect(rs[0]?.quote).toBe('Nguyễn Văn Tám, Tỉnh ủy viên');
  });
});

describe('official: not people', () => {
  it.each([
    'Tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
    'Công tác tuyên truyền chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh được quan tâm.',
    'Đoàn công tác đến thăm TP. Hồ Chí Minh và trụ sở trên đường Nguyễn Huệ.',
    'Trao giấy khen cho 19 tổ chức cơ sở đảng. Ảnh: D.My',
    'Chủ tịch UBND huyện Lâm Hà phát biểu.',
    'Duy Tiến',
    'DUY NGUYỄN',
    'Các đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối; Bí thư các chi bộ, đảng bộ cơ sở trực thuộc dự hội nghị.',
  ])('%s', (text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe('official: linear time', () => {
  it.each([
    ['names', 'Nguyễn '],
    ['titled names', 'đồng chí Nguyễn Văn An, Bí thư Đảng ủy Khối, '],
    ['titles', 'Bí thư Đảng ủy '],
    ['dates', 'ngày 1/1/2020 của '],
  ])('grows linearly on %s', (_name, unit) => {
    expectLinearTime(officialExtractor, unit);
  });
});

runFixtures('official', import.meta.dirname);

describe('official: the declared examples and cues', () => {
  // One per wording the extractor knows, in the order of `officialExtractor.examples`.
  const want = [
    { name: 'Lê Văn Hùng', titles: [] },
    { name: 'Trần Minh Đức', titles: [] },
    { name: 'Phạm Thị Hạnh', titles: [] },
    { name: 'Nguyễn Hữu Phước', titles: ['Bí thư Tỉnh ủy'] },
    { name: 'Hồ Thị Lan', titles: ['Phó Chủ tịch UBND huyện'] },
    { name: 'Trần Quốc Bảo', titles: ['Trưởng Ban Dân vận Huyện ủy'] },
    { name: 'Lương Văn Thắng', titles: ['Phó Chủ tịch UBND xã'] },
    { name: 'Đỗ Thị Hoa', titles: ['Bí thư Chi bộ thôn Đông Hải'] },
    { name: 'Vi Văn Sơn', titles: ['Chủ tịch Hội Nông dân xã'] },
    { name: 'Lò Văn Hải', titles: ['Phó Bí thư'] },
  ];
  const examples = officialExtractor.examples ?? [];

  it('has one expected person per example', () => {
    expect(examples).toHaveLength(want.length);
  });

  it.each(examples.map((e, i) => [e, want[i]] as const))('%s', (text, person) => {
    expect(officials(text).map(({ name, titles }) => ({ name, titles }))[0]).toEqual(person);
  });

  it('cues every title word and person word, in any case', () => {
    const cue = cuePattern(officialExtractor.cues);
    for (const t of [...TITLE_WORDS, 'ĐỒNG CHÍ', 'Đ/c', 'Bà', 'nguyên bí thư', 'TỈNH ỦY VIÊN']) {
      expect(cue?.test(t), t).toBe(true);
    }
    expect(cue?.test('Hội nghị tổng kết công tác năm')).toBe(true); // "ông" in "công": a cue is necessary, not sufficient
    expect(cue?.test('Tỉnh đạt 98% kế hoạch đề ra.')).toBe(false);
  });

  it('declares no cue that holds another at the start of a word (it would hit no other sentence)', () => {
    const cues = officialExtractor.cues ?? [];
    expect(officialExtractor.cuesStartWords).toBe(true);
    expect(cues).toContain('bí thư');
    expect(cues).not.toContain('phó bí thư');
    // "trưởng công an" stays: it holds "ông" only inside "công", where a cue at a word's start does not count.
    expect(cues).toContain('trưởng công an');
    for (const c of cues) {
      const held = cues.filter((o) => o !== c && c.split(' ').some((_, i, w) => w.slice(i).join(' ').startsWith(o)));
      expect(held, c).toEqual([]);
    }
  });

  it('finds no one in a document without a cue, through the whole pipeline', () => {
    const text = 'Nguyễn Văn An Lê Thị Hoa dự lễ. Tỉnh đạt 98% kế hoạch đề ra.';
    expect(extract(text, { only: ['official'] }).filter((r) => r.type === 'official')).toEqual([]);
  });
});

describe('official: titles before and after the name', () => {
  it.each([
    [
      'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Tuệ Hiền phát biểu chỉ đạo.',
      'Trần Tuệ Hiền',
      ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'],
    ],
    ['Tổng Bí thư Tô Lâm và Thủ tướng Phạm Minh Chính đã gửi thư chúc mừng.', 'Phạm Minh Chính', ['Thủ tướng']],
    [
      'Ông Nguyễn Văn Sơn - Giám đốc Sở Nội vụ cho biết, năm nay tỉnh tuyển dụng 120 công chức.',
      'Nguyễn Văn Sơn',
      ['Giám đốc Sở Nội vụ'],
    ],
    ['Dự hội nghị có ông Giàng A Tính, Phó Bí thư Tỉnh ủy.', 'Giàng A Tính', ['Phó Bí thư Tỉnh ủy']],
  ])('%s', (text, name, titles) => {
    const doc = analyze(text, { id: 't' });
    const found = officialExtractor.extract(doc, { publishedAt: null, isClaimed: () => false });
    expect(found.find((c) => c.fields.name === name)?.fields.titles).toEqual(titles);
  });
});

describe('official: passages without a cue', () => {
  it('still reads a title whose words a line break parts, with no other cue in the sentence', () => {
    const names = extract('Hội nghị tổng kết.\n\nTham dự có Nguyễn Văn An, Phó Bí\nthư Huyện ủy Di Linh.', {
      id: 'w',
      only: ['official'],
    })
      .filter((r) => r.type === 'official')
      .map((r) => [r.name, r.titles]);
    expect(names).toEqual([['Nguyễn Văn An', ['Phó Bí thư Huyện ủy Di Linh']]]);
  });

  it('passes over "không" and "công tác": they hold "ông" only inside a word', () => {
    expect(officials('Công tác cán bộ không có gì thay đổi so với năm trước.')).toEqual([]);
  });
});
