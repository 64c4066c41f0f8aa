import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';

const texts = (input: string): string[] => splitSentences(input).map((s) => s.text);

describe('splitSentences: cuts at sentence ends', () => {
  it.each<[string, string, string[]]>([
    [
      'period then capital',
      'Ngày 14-1, Đảng ủy Khối tổ chức hội nghị. Nổi bật, công tác giáo dục được chú trọng.',
      ['Ngày 14-1, Đảng ủy Khối tổ chức hội nghị.', 'Nổi bật, công tác giáo dục được chú trọng.'],
    ],
    [
      'question and exclamation marks',
      'Vì sao chỉ tiêu chưa đạt? Cấp ủy phải làm rõ! Đây là yêu cầu bắt buộc.',
      ['Vì sao chỉ tiêu chưa đạt?', 'Cấp ủy phải làm rõ!', 'Đây là yêu cầu bắt buộc.'],
    ],
    [
      'ellipsis "..." then capital',
      'Hội thi Bí thư chi bộ giỏi năm 2023... Tiếp tục chỉ đạo triển khai các cuộc vận động.',
      ['Hội thi Bí thư chi bộ giỏi năm 2023...', 'Tiếp tục chỉ đạo triển khai các cuộc vận động.'],
    ],
    [
      'ellipsis "…" then capital',
      'nâng cao chất lượng sinh hoạt Đảng… Qua đó, chất lượng được nâng lên.',
      ['nâng cao chất lượng sinh hoạt Đảng…', 'Qua đó, chất lượng được nâng lên.'],
    ],
    [
      'ellipsis glued to the next sentence',
      'được tổ chức kịp thời…Lĩnh vực giáo dục - đào tạo tiếp tục được quan tâm.',
      ['được tổ chức kịp thời…', 'Lĩnh vực giáo dục - đào tạo tiếp tục được quan tâm.'],
    ],
    [
      'period inside a closing quote',
      'góp phần xây dựng Đảng ngày càng trong sạch, vững mạnh.” Tổ chức 01 lớp bồi dưỡng.',
      ['góp phần xây dựng Đảng ngày càng trong sạch, vững mạnh.”', 'Tổ chức 01 lớp bồi dưỡng.'],
    ],
    [
      'period then an opening quote',
      'Thực hiện phong trào thi đua. “Dân vận khéo” được nhân rộng.',
      ['Thực hiện phong trào thi đua.', '“Dân vận khéo” được nhân rộng.'],
    ],
    [
      'period then a digit',
      'Đảng bộ hiện có 69 tổ chức cơ sở đảng. 251 chi bộ đã đăng ký mô hình.',
      ['Đảng bộ hiện có 69 tổ chức cơ sở đảng.', '251 chi bộ đã đăng ký mô hình.'],
    ],
    [
      'multi-letter Roman numeral then capital',
      'Đại hội Đảng bộ tỉnh lần thứ XI. Tiến tới Đại hội toàn quốc lần thứ XIII của Đảng.',
      ['Đại hội Đảng bộ tỉnh lần thứ XI.', 'Tiến tới Đại hội toàn quốc lần thứ XIII của Đảng.'],
    ],
    [
      'one-letter Roman numeral after "lần thứ"',
      'Nghị quyết Đại hội lần thứ X. Tổng kết công tác năm 2019.',
      ['Nghị quyết Đại hội lần thứ X.', 'Tổng kết công tác năm 2019.'],
    ],
    [
      'inline numbered list "(1) … (2) …"',
      '(1) Có trên 90% tổ chức cơ sở Đảng hoàn thành chỉ tiêu. (2) Phấn đấu có 100% cơ quan đạt chuẩn văn hóa.',
      ['(1) Có trên 90% tổ chức cơ sở Đảng hoàn thành chỉ tiêu.', '(2) Phấn đấu có 100% cơ quan đạt chuẩn văn hóa.'],
    ],
    [
      'year then period then capital',
      'Tổng kết công tác năm 2019. Trong đó, 62/66 TCCS Đảng đạt hoàn thành tốt nhiệm vụ.',
      ['Tổng kết công tác năm 2019.', 'Trong đó, 62/66 TCCS Đảng đạt hoàn thành tốt nhiệm vụ.'],
    ],
    [
      'web address at a sentence end',
      'Xem chi tiết tại www.baolangson.vn. Tin liên quan được cập nhật.',
      ['Xem chi tiết tại www.baolangson.vn.', 'Tin liên quan được cập nhật.'],
    ],
    [
      'caption then a spaced photo credit',
      'tặng giấy khen cho 19 TCCSĐ tiêu biểu năm 2019. Ảnh: D. My',
      ['tặng giấy khen cho 19 TCCSĐ tiêu biểu năm 2019.', 'Ảnh: D. My'],
    ],
    [
      '"v.v." ending a sentence',
      'Duy trì các hoạt động văn hóa, thể thao v.v. Tổng số tiền vận động đạt 80,7 tỷ đồng.',
      ['Duy trì các hoạt động văn hóa, thể thao v.v.', 'Tổng số tiền vận động đạt 80,7 tỷ đồng.'],
    ],
    [
      'ellipsis inside a closing quote',
      'xây dựng mô hình “chi bộ 4 tốt” và “đảng bộ 4 tốt…” Dịp này, Ban Thường vụ tổ chức hội nghị.',
      ['xây dựng mô hình “chi bộ 4 tốt” và “đảng bộ 4 tốt…”', 'Dịp này, Ban Thường vụ tổ chức hội nghị.'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('splitSentences: does not cut inside numbers, names and abbreviations', () => {
  it.each<[string, string]>([
    ['thousands separator', 'có 5.990/6.046 đảng viên dự, đạt 99,07%.'],
    ['millions separator', 'với tổng số tiền 1.234.567 đồng được trao tận tay hộ nghèo.'],
    ['date with slashes', 'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.'],
    ['TP.HCM glued', 'Đoàn công tác làm việc tại TP.HCM và các tỉnh lân cận.'],
    ['TP. Hồ Chí Minh with a space', 'Hội nghị diễn ra tại TP. Hồ Chí Minh trong hai ngày.'],
    ['host name', 'Nguồn: Baolangson.vn'],
    ['www host', 'Mời xem tại www.x.vn nhé.'],
    ['photo credit initial', 'Ảnh: D.My'],
    ['photo credit initial with a space', 'Ảnh: D. My'],
    ['spaced initials before a surname', 'Ảnh: Đ. Văn Hùng'],
    ['Th.S title', 'Báo cáo viên Th.S Nguyễn Văn An trình bày chuyên đề.'],
    ['v.v. mid-sentence', 'các hoạt động văn hóa, thể thao v.v. được duy trì.'],
    ['page abbreviation', 'Xem Văn kiện Đại hội, Tr. 45 và các trang tiếp theo.'],
    ['PGS.TS. before a name', 'Đồng chí PGS.TS. Nguyễn Văn An, Giám đốc Học viện, phát biểu.'],
    ['ThS. before a name', 'Tham dự có ThS. Lê Thị Hoa, Phó Trưởng ban.'],
    ['initials N.V.A', 'Đảng viên N.V.A bị xử lý kỷ luật khiển trách.'],
    ['spaced initial in a name', 'Đồng chí Nguyễn V. An phát biểu chỉ đạo hội nghị.'],
    ['semicolon', 'công tác xây dựng Đảng có nhiều chuyển biến; chất lượng cấp ủy được nâng lên.'],
    ['period before lowercase', 'đạt 99,61%. trong đó có 50 đảng viên mới.'],
    ['colon inside a headline', 'Đảng ủy Khối Cơ quan-Doanh nghiệp tỉnh: Triển khai nhiệm vụ năm 2020'],
    ['list marker "1." at line start', '1. Tổng kết công tác xây dựng Đảng năm 2019'],
    ['Roman list marker at line start', 'II. Nhiệm vụ, giải pháp trọng tâm năm 2020'],
  ])('%s', (_name, input) => {
    expect(texts(input)).toEqual([input]);
  });
});

describe('splitSentences: lines', () => {
  it.each<[string, string, string[]]>([
    [
      'headline and dateline are sentences',
      'Đảng ủy Khối các cơ quan tỉnh triển khai nhiệm vụ cuối năm 2019\nCập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)\n.\n\nSáng 2-8, Ban Thường vụ tổ chức Hội nghị.',
      [
        'Đảng ủy Khối các cơ quan tỉnh triển khai nhiệm vụ cuối năm 2019',
        'Cập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)',
        'Sáng 2-8, Ban Thường vụ tổ chức Hội nghị.',
      ],
    ],
    [
      'a line wrapped inside a quoted rating',
      '(6) Có 100% tổ chức cơ sở đảng được đánh giá xếp loại “Hoàn thành nhiệm\nvụ”, trong đó, có trên 90% tổ chức cơ sở Đảng được đánh giá “Hoàn thành tốt nhiệm vụ” trở lên.\n\n(7) Có trên 90% đảng viên được đánh giá.',
      [
        '(6) Có 100% tổ chức cơ sở đảng được đánh giá xếp loại “Hoàn thành nhiệm\nvụ”, trong đó, có trên 90% tổ chức cơ sở Đảng được đánh giá “Hoàn thành tốt nhiệm vụ” trở lên.',
        '(7) Có trên 90% đảng viên được đánh giá.',
      ],
    ],
    [
      'a wrapped caption followed by a photo credit',
      'Đồng chí Hồ Văn Hùng, Bí thư Đảng ủy Khối tặng giấy khen\ncho 19 TCCSĐ thuộc Đảng bộ Khối đạt trong sạch, vững mạnh tiêu biểu năm 2019. Ảnh: D.My',
      [
        'Đồng chí Hồ Văn Hùng, Bí thư Đảng ủy Khối tặng giấy khen\ncho 19 TCCSĐ thuộc Đảng bộ Khối đạt trong sạch, vững mạnh tiêu biểu năm 2019.',
        'Ảnh: D.My',
      ],
    ],
    [
      'list items on their own lines after a colon',
      'Ban Thường vụ Đảng ủy Khối đề ra 10 chỉ tiêu trọng tâm:\n(1) Có trên 90% tổ chức cơ sở Đảng hoàn thành chỉ tiêu.\n(2) Phấn đấu có 100% cơ quan đạt chuẩn.',
      [
        'Ban Thường vụ Đảng ủy Khối đề ra 10 chỉ tiêu trọng tâm:',
        '(1) Có trên 90% tổ chức cơ sở Đảng hoàn thành chỉ tiêu.',
        '(2) Phấn đấu có 100% cơ quan đạt chuẩn.',
      ],
    ],
    [
      'a line ending in a colon is not joined even before lowercase',
      'Đồng chí Nguyễn Văn Tám đề nghị:\ncác chi bộ nghiêm túc xây dựng kế hoạch.',
      ['Đồng chí Nguyễn Văn Tám đề nghị:', 'các chi bộ nghiêm túc xây dựng kế hoạch.'],
    ],
    [
      'a line without punctuation before a capitalized line is its own sentence',
      'Quang cảnh hội nghị\nĐồng chí Nguyễn Văn Triết phát biểu chỉ đạo.',
      ['Quang cảnh hội nghị', 'Đồng chí Nguyễn Văn Triết phát biểu chỉ đạo.'],
    ],
    [
      'a blank line ends the sentence even before lowercase',
      'tặng giấy khen\n\ncho 19 TCCSĐ thuộc Đảng bộ Khối',
      ['tặng giấy khen', 'cho 19 TCCSĐ thuộc Đảng bộ Khối'],
    ],
    [
      'whitespace-only lines and punctuation-only pieces are skipped',
      '  \nNguồn: Báo Trà Vinh\n \n,\n\n  ',
      ['Nguồn: Báo Trà Vinh'],
    ],
    ['empty input', '', []],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('splitSentences: offsets', () => {
  it.each<[string]>([
    ['  Ngày 14-1, Đảng ủy Khối tổ chức hội nghị.  Có 5.990 đảng viên dự.\n\n   Ảnh: D.My  '],
    ['tặng giấy khen\ncho 19 TCCSĐ thuộc Đảng bộ Khối. (1) Có trên 90%.\n(2) Phấn đấu.'],
  ])('every span is a trimmed slice of the input: %j', (input) => {
    const spans = splitSentences(input);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) {
      expect(input.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    spans.slice(1).forEach((span, i) => {
      expect(span.start).toBeGreaterThanOrEqual(spans[i]?.end ?? Number.POSITIVE_INFINITY);
    });
  });
});

// Hostile inputs must finish (a catastrophic pattern would hit the test timeout); speed is measured by `pnpm bench`.
describe('splitSentences: large and hostile input', () => {
  const paragraph =
    'Qua đánh giá xếp loại cuối năm, toàn Đảng bộ khối có 93% TCCSĐ hoàn thành tốt nhiệm vụ (HTTNV), trong đó có 20% TCCSĐ HTXSNV; 5.990/6.046 đảng viên dự, đạt 99,07%. Ảnh: D.My\n\n';

  it.each<[string, string]>([
    ['50,000 characters of report text', paragraph.repeat(Math.ceil(50_000 / paragraph.length))],
    ['1 MB of dots', '.'.repeat(1_000_000)],
    ['1 MB of ". " pairs', '. '.repeat(500_000)],
    ['1 MB of parentheses', '('.repeat(500_000) + ')'.repeat(500_000)],
    ['1 MB of capital initials "A. "', 'A. '.repeat(350_000)],
    ['1 MB of one wrapped line', 'a\n'.repeat(500_000)],
  ])('%s', (_name, input) => {
    const spans = splitSentences(input);
    for (const s of spans.slice(0, 50)) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits the 50,000-character input into the expected number of sentences', () => {
    const repeats = Math.ceil(50_000 / paragraph.length);
    const input = paragraph.repeat(repeats);
    expect(input.length).toBeGreaterThanOrEqual(50_000);
    expect(splitSentences(input)).toHaveLength(repeats * 2);
  });
});
