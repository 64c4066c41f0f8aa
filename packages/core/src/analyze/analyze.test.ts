import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { analyze, decodeDocument } from './analyze.js';
import { findOrganizations } from './organizations.js';

const corpus = (name: string) => readFileSync(join(import.meta.dirname, '../../../../corpus', name));

describe('analyze: number mentions in context', () => {
  it.each([
    [
      'đã kết nạp 209/150 đảng viên, đạt 139,33% so nghị quyết',
      '209/150',
      { value: 209, kind: 'ratio', denominator: 150, unit: 'đảng viên' },
    ],
    ['đạt 139,33% so nghị quyết', '139,33%', { value: 139.33, kind: 'percent', unit: '%' }],
    [
      'với tổng số tiền trên 80,7 tỷ đồng',
      '80,7 tỷ',
      { value: 80_700_000_000, kind: 'money', unit: 'đồng', qualifier: 'trên' },
    ],
    [
      'Kết nạp từ 140 - 150 đảng viên mới',
      '140 - 150',
      { value: 140, max: 150, kind: 'range', qualifier: 'từ', unit: 'đảng viên' },
    ],
    ['đạt và vượt 09/10 chỉ tiêu', '09/10', { value: 9, denominator: 10, kind: 'ratio', unit: 'chỉ tiêu' }],
    ['có 81/81 chi bộ, đảng bộ đăng ký', '81/81', { kind: 'ratio', unit: 'chi bộ, đảng bộ' }],
    ['hội nghị Đảng ủy Khối lần thứ 17', '17', { value: 17, kind: 'ordinal' }],
    ['với tổng số 4.294 đảng viên', '4.294', { value: 4294, kind: 'count', unit: 'đảng viên' }],
    ['kết nạp 241 ĐV (đạt 160% kế hoạch)', '241', { kind: 'count', unit: 'đảng viên' }],
    ['93% TCCSĐ hoàn thành tốt nhiệm vụ', '93%', { kind: 'percent', value: 93 }],
    ['công tác xây dựng Đảng năm 2019', '2019', { kind: 'year', unit: null }],
    ['ít nhất 01 mô hình hiệu quả', '01', { value: 1, qualifier: 'ít nhất', unit: 'mô hình' }],
  ])('%s', (text, raw, expected) => {
    const doc = analyze(text, { id: 't' });
    const n = doc.numbers.find((m) => m.raw === raw);
    expect(n, JSON.stringify(doc.numbers)).toMatchObject(expected);
    expect(doc.text.slice(n!.start, n!.end)).toBe(raw);
  });

  it.each([
    ['Chiều ngày 02/01, Ban Thường vụ tổ chức hội nghị.', '02'],
    ['Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.', '05'],
    ['Quy định số 3286-QĐ/TU, ngày 18/10/2023 của Ban Thường vụ.', '3286'],
    ['Cập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)', '15'],
  ])('leaves out numbers that are parts of dates and symbols: %s', (text, digits) => {
    const doc = analyze(text, { id: 't', reference: '2024-01-05' });
    expect(doc.numbers.filter((n) => n.raw.startsWith(digits))).toEqual([]);
  });
});

describe('analyze: dates', () => {
  it.each([
    [
      'Chiều ngày 02/01, Ban Thường vụ tổ chức hội nghị.',
      '2024-01-05',
      { value: '2024-01-02', inferred: true, partOfDay: 'chiều' },
    ],
    [
      'Sáng 2-8, Ban Thường vụ tổ chức Hội nghị sơ kết.',
      '2019-08-02T15:34',
      { value: '2019-08-02', partOfDay: 'sáng' },
    ],
    ['Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.', null, { value: '2016-05-15', inferred: false }],
  ])('%s', (text, reference, expected) => {
    const doc = analyze(text, { id: 't', reference });
    expect(doc.dates[0]).toMatchObject(expected);
  });

  it('infers a missing year from the headline when there is no dateline', () => {
    const doc = analyze(
      'Đảng ủy Khối: Triển khai nhiệm vụ năm 2020\n\nNgày 14-1, Đảng ủy Khối tổ chức Hội nghị tổng kết năm 2019.',
      {
        id: 't',
      },
    );
    expect(doc.dates[0]).toMatchObject({ value: '2020-01-14', inferred: true });
  });

  it.each([
    ['Huyện ủy tổng kết năm 2023\n\nSáng 22/12, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2023.', '2023-12-22'],
    ['Huyện ủy tổng kết năm 2023\n\nNgày 10-1, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2023.', '2024-01-10'],
    ['Sơ kết 6 tháng đầu năm 2019\n\nSáng 2-8, Ban Thường vụ tổ chức hội nghị sơ kết 6 tháng đầu năm.', '2019-08-02'],
    ['Sơ kết quý I/2024\n\nChiều 5/4, Đảng ủy tổ chức hội nghị sơ kết quý I.', '2024-04-05'],
    [
      'Thành ủy đánh giá chất lượng năm 2024\n\nNgày 24/12, Thành ủy tổ chức hội nghị kiểm điểm, xếp loại năm 2024.',
      '2024-12-24',
    ],
    [
      'Triển khai nhiệm vụ năm 2020\n\nNgày 14-1, Đảng ủy Khối tổ chức Hội nghị triển khai nhiệm vụ năm 2020.',
      '2020-01-14',
    ],
    [
      'Hội thi Bí thư chi bộ giỏi năm 2023\n\nSáng 15-6, Huyện ủy khai mạc Hội thi Bí thư chi bộ giỏi năm 2023.',
      '2023-06-15',
    ],
  ])('dates a yearless meeting by the period the report reviews: %s', (text, value) => {
    expect(analyze(text, { id: 't' }).dates[0]?.value).toBe(value);
  });

  it('reads "09/10 chỉ tiêu" as a ratio, not the 9th of October', () => {
    const doc = analyze('Đã thực hiện đạt và vượt 09/10 chỉ tiêu.', { id: 't', reference: '2024-01-05' });
    expect(doc.dates).toEqual([]);
  });
});

describe('analyze: site chrome and repeated paragraphs', () => {
  const text =
    'Tiêu đề bài\n\nĐảng ủy kết nạp 20 đảng viên.\n\nCác đại biểu tham dự hội nghị.\nCác đại biểu tham dự hội nghị.\n\nanh tin bai\n\nThống kê truy cập\n  • Đang online: 22\n  • Hôm nay: 201';
  const doc = analyze(text, { id: 't' });
  const skipOf = (s: string) => doc.sentences.filter((x) => x.text.includes(s)).map((x) => x.skip);

  it.each([
    ['Đảng ủy kết nạp', [null]],
    ['Các đại biểu tham dự', [null, 'duplicate']],
    ['anh tin bai', ['chrome']],
    ['Thống kê truy cập', ['chrome']],
    ['Đang online', ['chrome']],
    ['Hôm nay: 201', ['chrome']],
  ])('%s', (needle, skips) => {
    expect(skipOf(needle)).toEqual(skips);
  });

  it.each(['Trang chủ > Xây dựng Đảng', 'Trang chủ | Tin tức', 'Từ khóa: kết nạp đảng viên', 'Lượt xem: 1.234'])(
    'marks navigation "%s" as chrome, so its numbers and words yield nothing',
    (line) => {
      const d = analyze(`${line}\n\nĐảng ủy kết nạp 20 đảng viên.`, { id: 't' });
      expect(d.sentences[0]?.skip).toBe('chrome');
      expect(d.metadata.title).toBe('Đảng ủy kết nạp 20 đảng viên.');
    },
  );

  it('says what it skipped in the warnings', () => {
    expect(doc.warnings).toContain('1 repeated paragraph skipped');
    expect(doc.warnings.some((w) => /site chrome/.test(w))).toBe(true);
  });
});

describe('analyze: metadata of the seed articles', () => {
  it.each([
    [
      '000_65ce2756da1bbcb9.txt',
      {
        publishedAt: null,
        source: null,
        title: 'Đảng ủy Khối Cơ quan-Doanh nghiệp tỉnh: Triển khai nhiệm vụ năm 2020',
      },
    ],
    ['001_86274c714c503a99.txt', { publishedAt: null, source: 'Báo Trà Vinh', province: 'Trà Vinh' }],
    ['002_0dc449bf4ae97b1a.txt', { publishedAt: '2019-08-02T15:34', author: 'Duy Tiến' }],
    [
      '003_817ad7f92e42fc09.txt',
      {
        publishedAt: '2020-07-21T08:46',
        source: 'Baolangson.vn',
        province: 'Lạng Sơn',
        title: 'Đảng bộ Khối các cơ quan tỉnh: Một nhiệm kỳ nhiều dấu ấn',
      },
    ],
    ['004_a6fad28cec826af5.txt', { publishedAt: '2020-01-17T09:01', province: 'Lâm Đồng', author: 'Duy Nguyễn' }],
  ])('%s', (name, expected) => {
    expect(analyze(corpus(name), { id: name }).metadata).toMatchObject(expected);
  });

  it('finds no byline, source or province in plain body text', () => {
    const doc = analyze('Hội nghị đã thảo luận các giải pháp.\n\nCác đại biểu thống nhất cao.', { id: 't' });
    expect(doc.metadata).toMatchObject({ author: null, source: null, province: null, publishedAt: null });
  });
});

describe('analyze: bad input', () => {
  it.each([
    ['an empty string', ''],
    ['white space only', ' \n\u00a0\t '],
    ['zero bytes', new Uint8Array()],
  ])('rejects %s with an "empty" InputError, in analyze and in decodeDocument', (_name, input) => {
    expect(() => analyze(input, { id: 't' })).toThrowError(expect.objectContaining({ code: 'empty' }));
    expect(() => decodeDocument(input)).toThrowError(expect.objectContaining({ code: 'empty' }));
  });

  it("decodes as analyze does: its text is the analysis' source", () => {
    const bytes = new TextEncoder().encode('\uFEFFĐảng bộ xã Tân Phú kết nạp 12 đảng viên.');
    expect(decodeDocument(bytes).text).toBe(analyze(bytes).source);
    expect(decodeDocument(bytes).text).toBe('Đảng bộ xã Tân Phú kết nạp 12 đảng viên.');
  });

  it('rejects binary bytes with a "binary" InputError that says where', () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x03]);
    expect(() => analyze(bytes, { id: 't' })).toThrow(InputError);
    expect(() => analyze(bytes, { id: 't' })).toThrow(/NUL bytes at offset 4/);
  });

  it('maps offsets of CRLF, NBSP and NFD input back to the source', () => {
    const source = 'Đảng ủy\r\nkết\u00a0nạp 209/150 đả\u0301ng viên'.normalize('NFD');
    const doc = analyze(source, { id: 't' });
    const n = doc.numbers[0]!;
    const start = doc.normalized.map[n.start]!;
    const end = doc.normalized.map[n.end]!;
    expect(source.slice(start, end)).toBe('209/150');
  });
});

describe('findOrganizations', () => {
  it.each([
    ['Đảng bộ huyện Thới Lai kết nạp 241 ĐV', 'Đảng bộ huyện Thới Lai'],
    ['Ngày 14-1, Đảng ủy Khối Cơ quan-Doanh nghiệp tỉnh tổ chức Hội nghị', 'Đảng ủy Khối Cơ quan-Doanh nghiệp tỉnh'],
    ['Chiều 16/1/2020, Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng đã tổng kết', 'Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng'],
    ['các chi bộ, đảng bộ cơ sở trực thuộc', null],
    // A name ends at the end of its sentence, and before the person who heads the unit.
    ['Đoàn công tác làm việc với Tỉnh ủy tỉnh Sóc Trăng. Sau đó, đoàn đi thăm', 'Tỉnh ủy tỉnh Sóc Trăng'],
    ['Đồng chí Bí thư Thành ủy Đà Nẵng Trương Quang Nghĩa phát biểu', 'Thành ủy Đà Nẵng'],
    ['Phó Bí thư Huyện ủy Đức Trọng Nguyễn Văn Hải chủ trì', 'Huyện ủy Đức Trọng'],
    ['Bí thư Tỉnh ủy Phạm Văn Sáu dự và chỉ đạo hội nghị', 'Tỉnh ủy'],
    ['Bí thư Tỉnh ủy Lâm Đồng Trần Đức Quận dự hội nghị', 'Tỉnh ủy Lâm Đồng'],
    // Places named after people stay whole after their kind word or as the unit's first name.
    ['Đảng ủy phường Lê Lợi kết nạp 12 đảng viên', 'Đảng ủy phường Lê Lợi'],
    ['Huyện ủy Trần Văn Thời tổ chức hội nghị', 'Huyện ủy Trần Văn Thời'],
    ['Thành ủy TP Hồ Chí Minh tổ chức hội nghị', 'Thành ủy TP Hồ Chí Minh'],
    ['Tỉnh ủy Hà Giang ban hành kế hoạch', 'Tỉnh ủy Hà Giang'],
    ['Thành ủy TP. Hồ Chí Minh ban hành chỉ thị', 'Thành ủy TP. Hồ Chí Minh'],
    ['Ban Thường vụ Thành ủy Tp. Bảo Lộc họp', 'Thành ủy Tp. Bảo Lộc'],
    ['Thành ủy Hà Nội... Hội nghị cũng đã', 'Thành ủy Hà Nội'],
  ])('%s', (text, name) => {
    expect(findOrganizations(text)[0]?.name ?? null).toBe(name);
  });
});

describe('analyze: datelines', () => {
  it.each([
    ['28/12/2023 16:20', '2023-12-28T16:20'],
    ['Thứ Năm, 28/12/2023 - 16:20', '2023-12-28T16:20'],
    ['(Cập nhật lúc: 09:15 ngày 17/01/2020)', '2020-01-17T09:15'],
    ['Thứ hai, 13/01/2020, 08:30 (GMT+7)', '2020-01-13T08:30'],
    ['Cập nhật: 14:05 | 12/07/2022', '2022-07-12T14:05'],
    ['Bắc Ninh, 08:15 | 25/12/2024', '2024-12-25T08:15'],
  ])('%s', (line, expected) => {
    const doc = analyze(`Tiêu đề bài\n${line}\n\nNgày 14-1, Đảng ủy Khối tổ chức Hội nghị tổng kết năm 2019.`, {
      id: 't',
    });
    expect(doc.metadata.publishedAt).toBe(expected);
    expect(doc.metadata.title).toBe('Tiêu đề bài');
  });
});

describe('analyze: bylines', () => {
  it.each([
    ['HOÀNG LAN (Báo Lai Châu)', { author: 'Hoàng Lan', source: 'Báo Lai Châu' }],
    ['Minh Anh - TTXVN', { author: 'Minh Anh', source: 'TTXVN' }],
    ['DUY NGUYỄN', { author: 'Duy Nguyễn', source: null }],
    ['Nguồn: Báo Trà Vinh', { author: null, source: 'Báo Trà Vinh' }],
    ['Theo Báo Nghệ An', { author: null, source: 'Báo Nghệ An' }],
    ['(Theo baonghean.vn)', { author: null, source: 'baonghean.vn' }],
    ['Tin, ảnh: THU HÀ', { author: 'Thu Hà', source: null }],
    ['Nguyễn Văn Thắng - Ban Tuyên giáo Huyện ủy', { author: 'Nguyễn Văn Thắng', source: null }],
    ['Ngày đăng: 15/01/2020', { author: null, publishedAt: '2020-01-15' }],
  ])('%s', (line, expected) => {
    const doc = analyze(
      `Tiêu đề\n\nĐảng ủy tổ chức hội nghị tổng kết công tác năm 2023 với nhiều nội dung quan trọng.\n\n${line}`,
      { id: 't' },
    );
    expect(doc.metadata).toMatchObject(expected);
  });
});

describe('analyze: dates, numbers, abbreviations and the reference date are read on first use', () => {
  const text =
    'Ngày 15/01/2024, Đảng ủy Khối Cơ quan tỉnh tổng kết công tác năm 2023.\n\nNăm qua, 45 tổ chức cơ sở đảng (TCCSĐ) kết nạp 120/100 đảng viên mới, đạt 120% chỉ tiêu.';

  it('gives the same values as plain properties: spread, JSON and keys in the documented order', () => {
    const doc = analyze(text, { id: 'a.txt' });
    const copy = { ...doc };
    expect(Object.keys(copy)).toEqual([
      'id',
      'source',
      'text',
      'normalized',
      'encoding',
      'sentences',
      'numbers',
      'dates',
      'abbreviations',
      'metadata',
      'reference',
      'warnings',
    ]);
    expect(copy.numbers.map((n) => n.raw)).toEqual(['2023', '45', '120/100', '120%']);
    expect(copy.dates.map((d) => d.value)).toEqual(['2024-01-15']);
    expect(copy.abbreviations.map((a) => a.abbr)).toEqual(['TCCSĐ']);
    expect(JSON.parse(JSON.stringify(doc)).numbers).toHaveLength(4);
    // Read once: the same array each time.
    expect(doc.numbers).toBe(doc.numbers);
  });

  it('can be set, like any property (a test or a caller that supplies its own)', () => {
    const doc = analyze(text, { id: 'a.txt' });
    doc.numbers = [];
    doc.reference = '2020-06-30';
    expect(doc.numbers).toEqual([]);
    expect(doc.reference).toBe('2020-06-30');
  });
});
