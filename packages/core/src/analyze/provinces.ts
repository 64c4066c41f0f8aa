/** The 63 provinces and centrally run cities (before the 2025 merger), as written in the press. */
export const PROVINCES: readonly string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương',
  'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương',
  'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lạng Sơn',
  'Lào Cai', 'Lâm Đồng', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên',
  'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'TP. Hồ Chí Minh', 'Trà Vinh',
  'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/** Other spellings → the name in PROVINCES. */
export const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
  'Bà Rịa-Vũng Tàu': 'Bà Rịa - Vũng Tàu',
  'Bà Rịa – Vũng Tàu': 'Bà Rịa - Vũng Tàu',
  'Thành phố Hồ Chí Minh': 'TP. Hồ Chí Minh',
  'TP.HCM': 'TP. Hồ Chí Minh',
  'TP HCM': 'TP. Hồ Chí Minh',
  'TP Hồ Chí Minh': 'TP. Hồ Chí Minh',
  'Huế': 'Thừa Thiên Huế',
  'Đắc Lắc': 'Đắk Lắk',
  'Daklak': 'Đắk Lắk',
};
