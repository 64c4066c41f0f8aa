/** Lexicons and patterns of the official extractor. */

/** Vietnamese family names that open a person's name ("Nguyễn Văn Tám", "Lữ Công Tạo"). */
export const SURNAMES = new Set([
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Lữ',
  'Lã',
  'Đinh',
  'Trương',
  'Lâm',
  'Mai',
  'Trịnh',
  'Đoàn',
  'Lưu',
  'Hà',
  'Tạ',
  'Châu',
  'Thái',
  'Cao',
  'Lương',
  'Tô',
  'Kiều',
  'Quách',
  'Triệu',
  'Thạch',
  'La',
  'Vương',
  'Tăng',
  'Tôn',
  'Từ',
  'Mạc',
  'Khổng',
  'Hứa',
  'Lục',
  'Nông',
  'Kim',
  'Đào',
  'Đàm',
  'Phùng',
  'Chu',
  'Âu',
  'Doãn',
  'Hàn',
  'Hầu',
  'Khúc',
  'Kha',
  'Lại',
  'Lò',
  'Lường',
  'Mẫn',
  'Ninh',
  'Nghiêm',
  'Phí',
  'Tiêu',
  'Thân',
  'Thiều',
  'Tống',
  'Trình',
  'Ứng',
  'Vi',
  'Viên',
  'Diệp',
  'Du',
  'Đường',
  'Giáp',
  'Khương',
  'Lạc',
  'Lăng',
  'Lều',
  'Mã',
  'Nhâm',
  'Ôn',
  'Quản',
  'Sầm',
  'Thịnh',
  'Tòng',
  'Uông',
  'Vàng',
  'Vòng',
  'Ksor',
  'Rơ',
  'Siu',
]);

/** Title words, longest first so that "Phó Bí thư" wins over "Bí thư". */
export const TITLE_WORDS = [
  'Ủy viên dự khuyết Ban Chấp hành Trung ương',
  'Ủy viên Trung ương Đảng',
  'Ủy viên Bộ Chính trị',
  'Ủy viên Ban Bí thư',
  'Ủy viên',
  'Tỉnh ủy viên',
  'Huyện ủy viên',
  'Thành ủy viên',
  'Quận ủy viên',
  'Thị ủy viên',
  'Đảng ủy viên',
  'Chi ủy viên',
  'Tổng Bí thư',
  'Phó Bí thư',
  'Bí thư',
  'Phó Chủ tịch',
  'Chủ tịch',
  'Phó Trưởng ban',
  'Phó Trưởng Ban',
  'Trưởng ban',
  'Trưởng Ban',
  'Phó Giám đốc',
  'Giám đốc',
  'Phó Chủ nhiệm',
  'Chủ nhiệm',
  'Phó Thủ tướng',
  'Thủ tướng',
  'Bộ trưởng',
  'Thứ trưởng',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Chánh văn phòng',
  'Phó Trưởng phòng',
  'Trưởng phòng',
  'Đại biểu Quốc hội',
  'Phó Chỉ huy trưởng',
  'Chỉ huy trưởng',
  'Chính ủy',
  'Phó Chính ủy',
  'Tư lệnh',
  'Phó Tư lệnh',
  'Hiệu trưởng',
  'Phó Hiệu trưởng',
  'Viện trưởng',
  'Phó Viện trưởng',
  'Chánh án',
  'Phó Chánh án',
  'Tổng Giám đốc',
  'Phó Tổng Giám đốc',
  'Cục trưởng',
  'Phó Cục trưởng',
  'Vụ trưởng',
  'Phó Vụ trưởng',
  'Chủ tịch nước',
  'Phó Chủ tịch nước',
  'Trưởng Đoàn',
  'Phó Trưởng Đoàn',
  'Thường trực',
  'Tổng Biên tập',
  'Phó Tổng Biên tập',
  'Chánh Thanh tra',
  'Phó Chánh Thanh tra',
  'Giám đốc Sở',
  'Trưởng Công an',
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đại úy',
].sort((a, b) => b.length - a.length);

const alternation = TITLE_WORDS.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

// A title word at a given offset: "Bí thư", "Phó Bí thư", "Tỉnh ủy viên", "Chủ tịch" (sticky, not followed by a letter).
export const TITLE_AT = new RegExp(`(?<title>${alternation})(?![\\p{L}])`, 'uy');

// Every title word in a stretch of text: "của Tổng Bí thư Nguyễn Phú Trọng", "Bí thư Đảng ủy Khối ... Trần Đình Quế".
export const TITLE_ANY = new RegExp(`(?<![\\p{L}])(?<title>${alternation})(?![\\p{L}])`, 'gu');

// A word of text with its offsets: "Nguyễn", "Văn", "UBND", "quan-Doanh" is two words.
export const WORD_ANY = /(?<word>[\p{L}]+)/gu;

// A name's syllable: "Nguyễn", "Tám" or ALL CAPS "NGUYỄN" (no digits, at most 7 letters).
export const NAME_SYLLABLE = /^(?:\p{Lu}\p{Ll}{0,6}|\p{Lu}{2,7})$/u;

// Right before a name, the words that make it a person: "đồng chí", "Các đồng chí", "đ/c", "ông", "bà".
export const PERSON_CUE = /(?:^|[^\p{L}])(?<cue>đồng chí|Đồng chí|ĐỒNG CHÍ|đ\/c|Đ\/c|ông|Ông|bà|Bà)\s$/u;

// Right before a capitalized run, words saying it is a place or a doctrine: "đường Nguyễn Huệ", "TP. Hồ Chí Minh",
// "tư tưởng Hồ Chí Minh", "phong cách Hồ Chí Minh", "Ảnh: D.My", "huyện Lâm Hà", "Trường THPT Lê Quý Đôn".
export const NOT_A_PERSON_BEFORE =
  /(?:^|[^\p{L}])(?:TP\.?|[Tt]hành phố|[Đđ]ường|[Pp]hố|[Tt]ư tưởng|[Pp]hong cách|[Tt]ấm gương|[Ảả]nh\s?:|[Ll]ăng|[Bb]ảo tàng|[Tt]rường|[Cc]ông viên|[Cc]ầu|[Cc]hợ|[Ss]ố|[Nn]gõ|[Hh]ẻm|[Kk]hu phố|[Tt]heo)\s?$/u;

// Right before a capitalized run, a place word: the run opens with a place name of about two syllables
// ("tỉnh Lâm Đồng Nguyễn Văn A", "huyện Lâm Hà").
export const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|ấp|thôn|bản|khu vực)\s$/u;

// The term closing a title: " khóa XV", " khoá XIII".
export const TERM_AFTER = /^ (?:khóa|khoá) (?<term>[IVXL]{1,6})(?![\p{L}])/u;

/** Names that are never a report's officials (historical figures and doctrines the press cites). */
export const NOT_OFFICIALS = new Set(['hồ chí minh', 'mác lênin', 'các mác', 'võ thị sáu']);
