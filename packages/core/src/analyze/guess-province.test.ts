import { describe, expect, it } from 'vitest';
import { foldPlaceName, guessProvince } from './guess-province.js';

describe('guessProvince', () => {
  it.each([
    ['Huyện ủy Krông Búk tổ chức hội nghị; Đảng bộ huyện Krông Búk kết nạp 40 đảng viên.', null, 'Đắk Lắk', '66'],
    ['ĐẢNG BỘ TỈNH CAO BẰNG TỔNG KẾT NĂM 2021', null, 'Cao Bằng', '04'],
    ['Thành ủy Huế sơ kết; thành phố Huế có 2 quận.', '2025-03-10', 'Huế', '46'],
    ['Tỉnh ủy Thừa Thiên Huế sơ kết công tác quý I.', '2019-04-02', 'Thừa Thiên Huế', '46'],
    ['Ban Thường vụ Tỉnh ủy Hà Nam họp phiên thường kỳ.', '2025-09-01', 'Ninh Bình', '37'],
    ['Theo baoninhthuan.vn, toàn tỉnh kết nạp 187 đảng viên.', null, 'Ninh Thuận', '58'],
    ['Thị ủy Buôn Hồ tổng kết; thị xã Buôn Hồ có 12 xã, phường.', null, 'Đắk Lắk', '66'],
    ['TỈNH ỦY HÀ GIANG HỌP PHIÊN THƯỜNG KỲ', null, 'Hà Giang', '02'],
  ])('%s (%s)', (text, asOf, province, provinceCode) => {
    expect(guessProvince(text, asOf)).toMatchObject({ province, provinceCode });
  });

  it.each([
    'Đảng bộ huyện Châu Thành kết nạp 80 đảng viên.',
    'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
    'Đoàn công tác của tỉnh Sơn La và tỉnh Lai Châu dự hội nghị.',
    'Cơ quan Quảng Nam Tiến Group tổ chức tất niên.',
  ])('no province: %s', (text) => {
    expect(guessProvince(text)).toBeNull();
  });

  it('folds case, marks and dashes', () => {
    expect(foldPlaceName('BÀ RỊA – VŨNG TÀU')).toBe('ba ria vung tau');
    expect(foldPlaceName('Đăk Glei')).toBe('dak glei');
  });
});
