import { describe, expect, it } from 'vitest';
import { guessReportPeriod } from './report-period.js';

describe('guessReportPeriod: the period a headline and lede tell of', () => {
  it.each<[string, string | null]>([
    ['Huyện ủy Long Hồ tổng kết công tác xây dựng Đảng năm 2023', '2023-12-31'],
    ['Đảng ủy Khối sơ kết 6 tháng đầu năm 2019', '2019-06-30'],
    ['Sơ kết công tác quý III/2022', '2022-09-30'],
    // a headline in capitals: the first half still ends in June
    ['ĐẢNG ỦY KHỐI SƠ KẾT 6 THÁNG ĐẦU NĂM 2019', '2019-06-30'],
    ['Huyện ủy Sơ kết 6 Tháng Đầu Năm 2024', '2024-06-30'],
    ['Triển khai nhiệm vụ năm 2021', '2021-01-01'],
    // a review of N years of a document falls N years after it
    ['Tỉnh ủy sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị', '2021'],
    ['Tổng kết 10 năm thi hành Luật Cán bộ, công chức năm 2008', '2018'],
    // a congress opens its term
    ['Sáng 23/7, Đại hội đại biểu Đảng bộ huyện Cam Lâm lần thứ V, nhiệm kỳ 2020-2025 khai mạc', '2020'],
    ['Ngày 9/1, Đảng bộ phường 3 tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2025 – 2030', '2025'],
    // anniversaries: the later year of a range, a year plus the count, the Party's founding plus the count
    ['Lễ mít tinh kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2020)', '2020'],
    ['Hội thảo kỷ niệm 60 năm chiến thắng Điện Biên Phủ năm 1954', '2014'],
    ['Sáng 3-2, Thành ủy tổ chức lễ kỷ niệm 75 năm ngày thành lập Đảng', '2005'],
    ['Tối 30-4, mít tinh kỷ niệm 45 năm ngày giải phóng hoàn toàn miền Nam', '2020'],
    ['Gặp mặt nhân kỷ niệm 70 năm (6/1/1946) ngày Tổng tuyển cử', '2016'],
    // a year after the anniversary's own words is not its start
    ['Tại lễ kỷ niệm 60 năm thành lập Trường, ông Tư cho biết từ 2005 trường mở thêm ngành', null],
    ['Ngày 28/4, Ủy ban họp về Nghị quyết số 05 ban hành năm 1997', null],
    // history is not the report's own year
    ['Sáng 12-3, hội thảo kỷ niệm chiến thắng Buôn Ma Thuột năm 1975', null],
    ['Cách đây 70 năm, năm 1953, Chi bộ đầu tiên của xã được thành lập', null],
    ['Năm 2019, Đảng bộ kết nạp 120 đảng viên; kỷ niệm chiến thắng năm 1975', '2019-07-02'],
    ['Kỳ họp thứ 8 Hội đồng nhân dân tỉnh', null],
    ['Kể từ năm 1910, ngày 8-3 là ngày Quốc tế Phụ nữ. Đến năm 1977, Liên Hiệp Quốc công nhận ngày này', null],
    ['Chủ trương được hình thành từ năm 1999; tuyến đầu tiên hoạt động vào năm 2011', null],
    // an anniversary whose year cannot be told: the other years are history
    ['Lễ kỷ niệm 35 năm ngày đồng bào mang họ Hồ. Năm 1969, đồng bào đồng loạt đổi thành họ Hồ', null],
    // a year done is not a year planned; the anniversary tells the year
    [
      'Trao cờ cho 68 tập thể hoàn thành xuất sắc nhiệm vụ trong năm 2004. Sáng 3-2, mít tinh kỷ niệm 75 năm ngày thành lập Đảng',
      '2005',
    ],
  ])('%s → %s', (head, expected) => {
    expect(guessReportPeriod(head)).toBe(expected);
  });
});
