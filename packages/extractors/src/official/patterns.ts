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
  'Đậu',
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
  // Surnames of the northern and Central Highlands ethnic minorities: "Giàng A Tính", "Vàng A Lâm", "Y Thanh Hà Niê Kdăm".
  'Giàng',
  'Sùng',
  'Mùa',
  'Thào',
  'Lầu',
  'Hờ',
  'Cứ',
  'Quàng',
  'Cầm',
  'Điêu',
  'Lộc',
  'Bế',
  'Mông',
  'Nay',
  'Bạch',
  'Cù',
  'Chế',
  'Giang',
  'Ma',
  'Lù',
  'Hạng',
  'Chảo',
  'Tẩn',
  'Phàn',
  'Đèo',
  'Bàn',
  'Y',
  'Ka',
  'Pờ',
  'Cà',
  'Lừ',
  'Vừ',
  'Tráng',
  'Sằm',
  'Nùng',
  'Ngân',
  'Lang',
  // Rarer family names of the north and the centre: "Chẩu Văn Lâm", "Ngọc Kim Nam", "Hoàng Thị Hạnh".
  'Chẩu',
  'Ngọc',
  'Nhữ',
  'Khuất',
  'Cấn',
  'Đới',
  'Lỗ',
  'Mạch',
  'Biện',
  'Bạc',
  'Sình',
  'Hảng',
  'Lìu',
  'Điểu',
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
  'Thường trực Ban Bí thư',
  'Phó Bí thư Thường trực',
  'Bí thư Thường trực',
  'Phó Chủ tịch Thường trực',
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
  'Thượng úy',
  'Trung úy',
  'Thiếu úy',
  'Trợ lý',
  'Thư ký',
  'Tổng Thư ký',
  'Phó Tổng Thư ký',
  'chuyên viên',
  'giảng viên',
  'giáo viên',
  'Trưởng khoa',
  'Phó Trưởng khoa',
  'Trưởng thôn',
  'Trưởng ấp',
  'Trưởng bản',
  'Trưởng khu phố',
  'Tổ trưởng',
  'Đội trưởng',
  'Phó Đội trưởng',
  'Đồn trưởng',
  'Phó Đồn trưởng',
  'Tổng cục trưởng',
  'Phó Tổng cục trưởng',
  'Chi cục trưởng',
  'Phó Chi cục trưởng',
  'Đại sứ',
  'Tổng Lãnh sự',
  'Kế toán trưởng',
  'Người phát ngôn',
  'Tổng Thanh tra',
  'Phó Tổng Thanh tra',
  'Tổng Kiểm toán',
  'Phó Tổng Kiểm toán',
  'Thủ trưởng',
  'Phó Ban',
  'Phó ban',
  // The deputies and heads named after their unit: "Cục phó", "Vụ phó", "Hiệu phó", "Đội phó", "Trạm trưởng".
  'Phó Tổng tham mưu trưởng',
  'Tổng tham mưu trưởng',
  'Tham mưu trưởng',
  'Tổng cục phó',
  'Cục phó',
  'Chi cục phó',
  'Vụ phó',
  'Hiệu phó',
  'Đội phó',
  'Tổ phó',
  'Phó phòng',
  'Trạm trưởng',
  'Phó Trạm trưởng',
  'Trưởng ga',
  'Phó trưởng ga',
  'Trưởng chi nhánh',
  'Phó khoa',
  // Abbreviations of party ranks in lists: "Nguyễn Văn A, TUV, Phó Trưởng Ban ...", "UVTV", "UV.BTV".
  'UVBTV',
  'UV.BTV',
  'UV BTV',
  'UVTV',
  'UVBCH',
  'UVTW',
  'UVTƯ',
  'TUV',
  'HUV',
  'ThUV',
  'QUV',
  'ĐUV',
  'ĐBQH',
].sort((a, b) => b.length - a.length);

/** The first words of all title words (and "Nguyên", "Cựu"), so that the title pattern runs only where one can start. */
export const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...TITLE_WORDS.map((t) => t.split(' ')[0] ?? t),
  ...TITLE_WORDS.map((t) => titleCaseWord(t.split(' ')[0] ?? t)),
  'Nguyên',
  'Cựu',
]);

function titleCaseWord(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

const alternation = TITLE_WORDS.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

// A former office opens the title: "nguyên Bí thư Tỉnh ủy", "Nguyên Ủy viên Bộ Chính trị", "cựu Chủ tịch".
const FORMER = '(?:nguyên|cựu|quyền) ';

// A title word at a given offset, in any case: "Bí thư", "Phó Bí thư", "phó giám đốc", "bí thư chi bộ",
// "nguyên Ủy viên Bộ Chính trị", "Tỉnh ủy viên" (sticky, not followed by a letter).
export const TITLE_AT = new RegExp(`(?<title>(?:${FORMER})?(?:${alternation}))(?![\\p{L}])`, 'iuy');

// A title word at a given offset as written (so that a name such as "Đỗ Trung Tá" is not the rank "Trung tá"):
// where a capitalized run of words ends.
export const TITLE_EXACT = new RegExp(`(?<title>(?:(?:Nguyên|Cựu) )?(?:${alternation}))(?![\\p{L}])`, 'uy');

// Every title word in a stretch of text, in any case: "của Tổng Bí thư Nguyễn Phú Trọng", "Bí thư Đảng ủy Khối
// ... Trần Đình Quế", "tổng bí thư Lê Văn A", "nguyên Bí thư Tỉnh ủy Lê Văn A".
// Not after a letter: searched with `matchAllNotAfter(text, TITLE_ANY, isLetter)` (no leading lookbehind).
export const TITLE_ANY = new RegExp(`(?<title>(?:${FORMER})?(?:${alternation}))(?![\\p{L}])`, 'giu');

// A number of people with one title, before the list of their names: "bầu 3 Phó Bí thư gồm: đồng chí ...", "các
// Phó Chủ tịch UBND tỉnh là các ông ..." (the title; the unit and "gồm"/"là" are read after it). Not after a letter:
// searched with `matchAllNotAfter(text, LIST_TITLE, isLetter)` (a leading lookbehind makes V8 try every character).
export const LIST_TITLE = new RegExp(
  `(?:\\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các) (?<title>${alternation})(?![\\p{L}])`,
  'giu',
);

// After a list's title (and unit): " gồm: ", " gồm các đồng chí: ", " là các ông ", " gồm 4 đồng chí: ".
export const LIST_LEAD = /^ (?:gồm|là)(?: các| \d{1,2})?(?: đồng chí| ông| bà)?:? /u;

/** The words of `PERSON_CUE`, in any case: "đồng chí", "đ/c", "ông", "bà". */
export const PERSON_CUE_WORDS = ['đồng chí', 'đ/c', 'ông', 'bà'];

/**
 * The extractor's cues: a person is named only after a person cue (`PERSON_CUE`) or with a title word before or
 * after the name (`TITLE_ANY`, `TITLE_AT`), so a passage without one of these words names no one. A cue is a
 * case-insensitive substring, so a word that holds another ("Phó Bí thư", "Trưởng Công an" with "ông") adds nothing
 * and is left out: the same sentences hit, with a shorter pattern.
 */
export const OFFICIAL_CUES: readonly string[] = withoutContained([...PERSON_CUE_WORDS, ...TITLE_WORDS]);

/**
 * The words, in lowercase, less those that begin a word with another of them ("phó bí thư" holds "bí thư" at a
 * word's start; "trưởng công an" holds "ông" only inside "công", so it stays: the cues count at word starts).
 */
function withoutContained(words: readonly string[]): string[] {
  const lower = [...new Set(words.map((w) => w.toLowerCase()))];
  const startsAWordIn = (w: string, other: string) =>
    w.split(' ').some((_, i, parts) => parts.slice(i).join(' ').startsWith(other));
  return lower.filter((w) => !lower.some((other) => other !== w && startsAWordIn(w, other)));
}

// Right before a name, the words that make it a person: "đồng chí", "Các đồng chí", "đ/c", "ông", "bà".
export const PERSON_CUE = /(?:^|[^\p{L}])(?<cue>đồng chí|Đồng chí|ĐỒNG CHÍ|đ\/c|Đ\/c|ông|Ông|bà|Bà)\s$/u;

// Right before a capitalized run, words saying it is a place or a doctrine: "đường Nguyễn Huệ", "TP. Hồ Chí Minh",
// "tư tưởng Hồ Chí Minh", "phong cách Hồ Chí Minh", "Ảnh: D.My", "huyện Lâm Hà", "Trường THPT Lê Quý Đôn".
export const NOT_A_PERSON_BEFORE =
  /(?:^|[^\p{L}])(?:TP\.?|[Tt]hành phố|[Tt]ư tưởng|[Pp]hong cách|[Tt]ấm gương|[Ảả]nh\s?:|[Ss]ố|[Kk]hu phố|[Tt]heo|[Pp]hường|[Qq]uận)\s?$/u;

// Right before a capitalized run, even after a title: schools, streets, hospitals, awards and monuments named
// after people ("Hiệu trưởng Trường THPT Nguyễn Du", "đường Trường Chinh", "Bệnh viện Trưng Vương", "Giải thưởng
// Trần Văn Giàu", "đại lộ Võ Văn Kiệt", "Huân chương Hồ Chí Minh"); not "Môi trường", "thành phố", "yêu cầu",
// "gia đình".
export const NAMED_AFTER_PERSON =
  /(?:^|[^\p{L}])(?:[Đđ]ường|(?<![Tt]hành |[Kk]hu )[Pp]hố|[Ll]ăng|[Bb]ảo tàng|(?<![Mm]ôi |[Tt]hị |[Hh]iện |[Cc]hiến |[Qq]uảng |[Tt]hương )[Tt]rường|[Cc]ông viên|(?<![Yy]êu )[Cc]ầu|[Cc]hợ|[Nn]gõ|[Hh]ẻm|THPT|THCS|PTTH|PTCS|[Tt]iểu học|[Mm]ầm non|ĐH|[Đđ]ại học|CĐ|[Cc]ao đẳng|[Hh]ọc viện|[Gg]iải thưởng|[Bb]ệnh viện|[Đđ]ại lộ|[Qq]uảng trường|[Dd]i tích|[Đđ]ền|[Cc]hùa|(?<![Gg]ia )[Đđ]ình|[Tt]ượng đài|[Hh]uân chương|[Hh]uy chương|[Ss]ân vận động|[Kk]hu đô thị|[Cc]hung cư)\s?$/u;

// A unit that needs a lowercase complement after the title: "Trung tâm kiểm soát bệnh tật tỉnh ...", "Công ty
// cổ phần ...", "Ban quản lý dự án ...", "Phòng quản lý đô thị ...", "Hợp tác xã ...", "Sở giao thông công chính".
export const HEAD_NOUN_END =
  /^(?:Trung tâm|Công ty|Tổng công ty|Ban quản lý|Ban Quản lý|Chi cục|Cục|Tổng cục|Vụ|Sở|Bộ|Phòng|Khoa|Bộ môn|Hợp tác xã|Viện|Quỹ|Hội|Chi nhánh|Văn phòng|Trạm|Đội|Tổ|Ban|Trường|Tổng hội|Tổng liên đoàn|Liên đoàn)$/u;

// Where a lowercase complement of a unit stops: a reporting verb or a function word ("cho biết", "nói", "phát
// biểu", "đã", "cùng", "với", "và", "trao", "dự" but not "dự án"); not a syllable of a unit's word: "tham mưu",
// "đăng ký", "thư ký", "hàng không", "thiết bị".
export const REPORTING_STOP =
  /(?:cho|nói|phát(?! triển| hành| thanh| sóng)|khẳng|nhấn|chia|đã|đang|sẽ|được|(?<![Tt]hiết |[Cc]huẩn )bị|là|cùng|với|trao|tặng|dự(?! án| thảo| toán| báo| kiến| trữ| bị| phòng)|chủ trì|chỉ đạo|đề nghị|yêu cầu|thông tin|thông báo|báo cáo|trình bày|kết luận|trả lời|giải thích|nhận định|đánh giá|vừa|cũng|khi|thì|mà|đến|về|và|tham(?! mưu)|lưu ý|(?<![Đđ]ăng |[Tt]hư )ký|khai mạc|bế mạc|hướng dẫn|tiếp|kiểm tra|có|(?<![Hh]àng )không|chưa|rất|như|trong|tại|này|đó|ông|bà|anh|chị|khẳng định)(?![\p{L}])/uy;

// Places (besides the provinces) that open with a family name: "Hàn Quốc", "Thái Lan", "Hà Lan".
export const PLACES_NOT_PEOPLE = new Set([
  'hàn quốc',
  'thái lan',
  'triều tiên',
  'trung quốc',
  'hà lan',
  'mông cổ',
  'hà đông',
  'tô châu',
  'thái bình dương',
]);

// Capitalized words that open a sentence and are never part of a name: "Nguyễn Văn An Sau 1 năm ...",
// "... Lê Thị Bình Trong khi đó ...", "Tại", "Theo", "Ngày", "Khi", "Với", "Để", "Các", "Những".
export const NOT_A_NAME_WORD = new Set([
  'Sau',
  'Trong',
  'Theo',
  'Tại',
  'Ngày',
  'Khi',
  'Với',
  'Để',
  'Các',
  'Những',
  'Này',
  'Nhưng',
  'Nếu',
  'Qua',
  'Cũng',
  'Và',
  'Cho',
  'Về',
  'Ảnh',
  'Tháng',
  'Hôm',
  'Chiều',
  'Tối',
  'Trưa',
  'Đêm',
  'Sở',
  'Bộ',
  'UBND',
  'HĐND',
]);

// Right before a capitalized run, a place word: the run opens with a place name of about two syllables
// ("tỉnh Lâm Đồng Nguyễn Văn A", "huyện Lâm Hà", "bến xe Lương Yên").
export const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|ấp|thôn|bản|khu vực|bến|bến xe|bến tàu|bến phà)\s$/u;

// The term closing a title: " khóa XV", " khoá XIII".
export const TERM_AFTER = /^ (?:khóa|khoá) (?<term>[IVXL]{1,6})(?![\p{L}])/u;

/** Names that are never a report's officials (historical figures and doctrines the press cites). */
export const NOT_OFFICIALS = new Set(['hồ chí minh', 'mác lênin', 'các mác', 'võ thị sáu']);

// Historical names that wards, streets and schools carry: after a place word ("phường Phạm Ngũ Lão", "đường Lê
// Lợi", "Q.Trần Hưng Đạo") they are the place, even after a title ("Chủ tịch UBND phường Phạm Ngũ Lão").
export const HISTORIC_NAMES = new Set([
  'phạm ngũ lão',
  'trần hưng đạo',
  'lê lợi',
  'nguyễn du',
  'nguyễn trãi',
  'lý thường kiệt',
  'nguyễn huệ',
  'quang trung',
  'lê thánh tông',
  'lê quý đôn',
  'chu văn an',
  'nguyễn thái học',
  'phan chu trinh',
  'phan bội châu',
  'nguyễn đình chiểu',
  'nguyễn cư trinh',
  'nguyễn thị minh khai',
  'hoàng diệu',
  'phạm hồng thái',
  'lương thế vinh',
  'trần quốc toản',
  'trần phú',
  'lê hồng phong',
  'nguyễn văn cừ',
  'trường chinh',
  'lê duẩn',
  'tôn đức thắng',
  'võ văn tần',
  'nguyễn văn trỗi',
  'lý tự trọng',
  'ngô quyền',
  'đinh tiên hoàng',
  'trần nhân tông',
  'hàm nghi',
  'hai bà trưng',
  'bà triệu',
]);
