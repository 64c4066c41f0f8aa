import { WORD_GAPS } from '../shared/cues.js';
import type { MembershipAction } from './schema.js';

/** Each flow of members, the phrases that announce it, longest first. */
export const ACTIONS: readonly { action: MembershipAction; pattern: RegExp }[] = [
  // "tiếp nhận chuyển sinh hoạt Đảng đến cho 70 lượt đảng viên", "chuyển sinh hoạt đảng chính thức đến 12 đồng chí"
  {
    action: 'chuyển sinh hoạt đến',
    pattern: /(?:tiếp nhận\s+)?chuyển sinh hoạt (?:đảng |Đảng )?(?:chính thức |tạm thời )?(?:đến|về)/giu,
  },
  // "chuyển sinh hoạt Đảng đi cho 165 lượt đảng viên"
  {
    action: 'chuyển sinh hoạt đi',
    pattern: /chuyển sinh hoạt (?:đảng |Đảng )?(?:chính thức |tạm thời )?(?:đi|ra ngoài)/giu,
  },
  // "làm thủ tục chuyển sinh hoạt đảng cho 45 đảng viên": a transfer whose direction the text does not give
  // (after the two above, which take the phrase first when it has one)
  {
    action: 'chuyển sinh hoạt',
    pattern: /chuyển sinh hoạt (?:đảng|Đảng)(?: (?:chính thức|tạm thời))?(?! (?:đến|về|đi|ra ngoài)(?![\p{L}]))/giu,
  },
  // "xét chuyển đảng chính thức cho 132 đồng chí", "công nhận đảng viên chính thức cho 50 đồng chí"
  {
    action: 'chuyển chính thức',
    pattern: /(?:chuyển (?:đảng |Đảng )?chính thức|công nhận (?:đảng viên )?chính thức)/giu,
  },
  // "khai trừ ra khỏi Đảng 3 đảng viên", "khai trừ 2 đảng viên"
  { action: 'khai trừ', pattern: /khai trừ(?: ra khỏi (?:đảng|Đảng))?/giu },
  // "cho ra khỏi Đảng 2 đồng chí", "đưa ra khỏi Đảng 5 đảng viên"
  { action: 'ra khỏi Đảng', pattern: /(?:cho |đưa )?ra khỏi (?:đảng|Đảng)/giu },
  // "xóa tên 1 đảng viên" ("xoá" is folded to "xóa" by normalize)
  { action: 'xóa tên', pattern: /xóa tên(?: khỏi danh sách(?: đảng viên)?)?/giu },
  // "cấp thẻ đảng viên cho 148 đồng chí", "trao thẻ Đảng cho 45 đảng viên"
  { action: 'cấp thẻ', pattern: /(?:cấp|trao|phát) thẻ (?:đảng viên|đảng|Đảng)/giu },
  // "đổi thẻ Đảng cho 152 đồng chí" (a replacement card, not a first one)
  { action: 'đổi thẻ', pattern: /đổi thẻ (?:đảng viên|đảng|Đảng)/giu },
  // "nâng tổng số đảng viên kết nạp trong 9 tháng lên 40 đảng viên", "nâng tổng số đảng viên được kết nạp từ đầu năm lên 75"
  // (a running total of admissions: the number follows "lên")
  {
    action: 'kết nạp',
    pattern:
      /nâng (?:tổng )?số (?:đảng viên |ĐV |quần chúng )?(?:mới )?(?:được )?(?:kết nạp|phát triển)(?: (?:mới|vào Đảng))?(?: (?:trong|từ|của)[^\d,;.()]{0,30}?(?: \d+ tháng(?: đầu năm| cuối năm)?)?)? lên(?= \d)/giu,
  },
  // "64 quần chúng đã vinh dự đứng vào hàng ngũ của Đảng", "45 đoàn viên được gia nhập hàng ngũ Đảng" (no "kết nạp":
  // the count stands before, see IDIOM_BEFORE)
  { action: 'kết nạp', pattern: /(?:đứng vào|gia nhập) hàng ngũ (?:của )?(?:Đảng|đảng)/gu },
  // "kết nạp 209/150 đảng viên", "kết nạp được 99 đảng viên mới", "kết nạp mới 20 đảng viên", "17 đoàn viên ưu tú được
  // kết nạp Đảng" (not "kết nạp đảng viên": there the noun is what is counted)
  { action: 'kết nạp', pattern: /kết nạp(?: (?:được|mới|thêm))*(?: vào đảng| đảng(?! viên))?/giu },
  // "phát triển được 150 đảng viên mới", "phát triển mới 35 đảng viên" (the number must count members)
  // The words are taken greedily and the number must follow at once: the same matches as a lookahead that
  // skips the words again, without its quadratic backtracking on a long run of them.
  { action: 'kết nạp', pattern: /phát triển(?: (?:được|mới|thêm))*(?= \d)/giu },
];

// The words without which a sentence holds no flow (the framework shows the extractor only the sentences with one),
// matched case-insensitively as the flows are: a phrase of each flow above, "phát triển" with what the flows allow right
// after it ("phát triển được", "phát triển mới", "phát triển 35", "… phát triển trong 9 tháng lên"), and the list
// openers with their comma or colon ("Trong đó, Thạnh Phú 121 …" continues the flow of the sentence before).
export const MEMBERSHIP_CUES: readonly string[] = [
  'chuyển sinh hoạt',
  'chuyển chính thức',
  'chuyển đảng chính thức',
  'công nhận chính thức',
  'công nhận đảng viên chính thức',
  'khai trừ',
  'ra khỏi đảng',
  'xóa tên',
  'cấp thẻ đảng',
  'trao thẻ đảng',
  'phát thẻ đảng',
  'đổi thẻ đảng',
  'kết nạp',
  'đứng vào hàng ngũ',
  'gia nhập hàng ngũ',
  ...['được', 'mới', 'thêm', 'vào đảng', 'trong', 'từ', 'của', 'lên', ...'0123456789'].map((w) => `phát triển ${w}`),
  ...['trong đó', 'trong số đó', 'cụ thể'].flatMap((opener) =>
    ['', ...WORD_GAPS].flatMap((gap) => [',', ':'].map((mark) => `${opener}${gap}${mark}`)),
  ),
];

// Words between a flow and its number: "cho", "được", "mới", "tổng số", ":" ("kết nạp được 99", "cấp thẻ đảng viên cho 148").
// "kết nạp đảng viên mới đạt 120 đồng chí", "kết nạp đảng viên mới: 120 đồng chí", "kết nạp gần 640 đảng viên",
// "kết nạp được nhiều đảng viên nhất với 74 đảng viên", "số đảng viên được kết nạp trong năm là 245 đồng chí",
// "chuyển đảng chính thức đúng thời hạn cho 98 đồng chí".
export const GAP_AFTER =
  /^(?:\s|cho|được|mới|tổng số|tổng cộng|thêm|là|đạt|:|,|đối với|các|vào đảng|vào Đảng|đảng viên|Đảng viên|đảng|Đảng|quần chúng|gần|hơn|trên|khoảng|nhiều|nhất|với|trong năm|trong kỳ|trong quý|trong nhiệm kỳ|năm qua|từ đầu năm|đến nay|đúng thời hạn|đúng hạn)*$/u;

// A count of people before the flow: "120 quần chúng ưu tú được kết nạp vào Đảng", "có 45 đảng viên mới được kết nạp".
// "52 quần chúng đã vinh dự được kết nạp vào Đảng", "52 quần chúng ưu tú được xét kết nạp", "98 đảng viên dự bị được
// công nhận chính thức".
export const PASSIVE_BEFORE =
  /^\s*(?:(?:mới|ưu tú|thanh niên|tiêu biểu|dự bị)\s+)*(?:đã\s+)?(?:vinh dự\s+)?được\s+(?:xét\s+)?$/u;

// A count right before a transfer: "tiếp nhận 125 đảng viên chuyển sinh hoạt đến", "80 đảng viên đã chuyển sinh hoạt đi".
export const TRANSFER_BEFORE = /^\s*(?:đã\s+)?(?:được\s+)?$/u;

// A count before an idiom of joining: "có 64 quần chúng đã vinh dự đứng vào hàng ngũ của Đảng", "45 đoàn viên được đứng vào".
export const IDIOM_BEFORE = /^\s*(?:(?:mới|ưu tú|thanh niên|tiêu biểu)\s+)*(?:đã\s+)?(?:vinh dự\s+)?(?:được\s+)?$/u;

// People who join the Party when the phrase itself says so ("30 đoàn viên ưu tú được kết nạp vào Đảng", "… đứng vào hàng ngũ
// của Đảng"): a Youth Union member then becomes a party member.
export const JOINING_PEOPLE = new Set(['đoàn viên', 'hội viên', 'học sinh', 'sinh viên', 'công nhân', 'thanh niên']);

// A phrase that names the Party as what is joined: "kết nạp vào Đảng", "được kết nạp Đảng", "đứng vào hàng ngũ của Đảng".
export const INTO_PARTY = /(?:vào|nạp) (?:Đảng|đảng)(?! viên)|hàng ngũ/u;

// A flow that is planned, not done: "phấn đấu kết nạp 150 đảng viên", "chỉ tiêu kết nạp", "kế hoạch kết nạp".
export const PLANNED =
  /(?:(?:phấn đấu|chỉ tiêu|kế hoạch|dự kiến|mục tiêu|đề ra|sẽ|cần|tiếp tục)\s+(?:\S+\s+){0,3}|(?:bồi dưỡng|lớp|đối tượng|cảm tình|nhận thức về)\s+(?:\S+\s+){0,2})$/iu;

// "Cần" before a capitalized word is part of a place's name, not "need": "Cần Thơ", "Cần Giờ", "Cần Giuộc", "Cần Đước"
// (case-sensitive on purpose; masked before PLANNED is tested).
export const PLACE_NOT_NEED = /(?<![\p{L}])Cần(?= \p{Lu})/gu;

// The share of the plan: "(đạt 115,7% chỉ tiêu)", ", đạt 139,33% so nghị quyết", "đạt 160% kế hoạch", "bằng 120% KH".
// Also after an abbreviation in brackets ("410 đảng viên (ĐV) mới, đạt 91,2% chỉ tiêu năm") and of a registered number
// ("đạt 57% so với số lượng đăng ký năm 2019").
export const PERCENT_OF_TARGET =
  /^(?:\s*\(\p{L}{1,6}\))?[\s,(]*(?:mới[\s,(]*)?(?<verb>đạt|bằng|vượt)\s+(?<pct>\d+(?:[.,]\d+)?)\s?%\s*(?:so\s+(?:với\s+)?)?(?<what>chỉ tiêu|kế hoạch|KH|nghị quyết|NQ|mục tiêu|chỉ tiêu được giao|chỉ tiêu trên giao|số lượng đăng ký|số đăng ký|đăng ký)/iu;

// After a ratio "209/150 đảng viên", a bare share is the share of the plan: ", đạt 105,25%"; so is one in a list whose
// earlier item named the plan ("huyện A kết nạp 30 ĐV mới, đạt 120% chỉ tiêu; huyện B kết nạp 41 ĐV mới, đạt 82%").
export const SHARE_AFTER_RATIO =
  /^(?:\s*\(\p{L}{1,6}\))?[\s,(]*(?:mới[\s,(]*)?(?:đạt|bằng)\s+(?<pct>\d+(?:[.,]\d+)?)\s?%(?!\s*(?:là|đảng viên|ĐV|nữ|trở lên))/iu;

// A written plan after the count: "(chỉ tiêu 150)", "/chỉ tiêu 150 đảng viên", "so với chỉ tiêu 150".
export const TARGET_AFTER =
  /^[\s,(/]*(?:so với\s+)?(?:chỉ tiêu|kế hoạch)(?: được giao| năm)?\s*(?:là\s+)?(?<target>\d+(?:\.\d{3})*)/iu;

// A list that opens a sentence after a flow: "Trong đó, Thạnh Phú 121 đảng viên, Mỏ Cày Nam 121, …", "Cụ thể: …".
export const LIST_OPENER = /^(?:Trong đó|Trong số đó|Cụ thể)\s*[,:]\s*/u;

// A list announced by the flow itself: "các đơn vị kết nạp nhiều: Thạnh Phú 121, …", "kết nạp được nhiều đảng viên là: …".
export const LIST_HEAD =
  /kết nạp (?:được )?nhiều(?: (?:đảng viên|ĐV))?(?: (?:mới|nhất))*(?:\s*(?:là|gồm|như))?\s*:\s*/gu;

// Between two items of a list of units: ", ", "; ", ", , " (an empty item), " và ".
export const LIST_SEPARATOR = /(?:\s*[,;]\s*|\s+và\s+)+/uy;

// Lowercase words that belong inside a unit's name in a list: "Bộ đội Biên phòng tỉnh", "Đảng bộ Khối Các cơ quan - Doanh
// nghiệp tỉnh", "xã Phú An", "thị xã Hồng Ngự", "Bộ Chỉ huy Quân sự tỉnh".
export const UNIT_NAME_WORDS = new Set(
  (
    'huyện xã thị trấn thành phố quận phường tỉnh khối các cơ quan doanh nghiệp đảng bộ ủy uỷ chi đội biên phòng huy quân sự ' +
    'công an dân nhân vũ trang trường ban ngành cục viện bệnh và'
  ).split(' '),
);

// The kind of a territorial unit before its proper name: "huyện Ninh Giang", "thị xã Kinh Môn", "TP. Bến Tre".
export const UNIT_KIND =
  /^(?:huyện|thị xã|xã|thành phố|TP\.?|quận|phường|thị trấn|Huyện|Thị xã|Xã|Thành phố|Quận|Phường|Thị trấn)\s+\p{Lu}/u;

// Capitalized words that open a clause, not a unit's name: "Toàn tỉnh", "Trong năm", "Tháng 5", "Năm 2024".
export const NOT_A_NAME =
  /^(?:Toàn|Cả|Các|Trong|Tháng|Năm|Quý|Ngày|Nhiệm|Giai|Đến|Tính|Từ|Sau|Qua|Với|Có|Tổng|Riêng|Ngoài|Bên|Đồng|Số|Nữ|Đây|Đó|Như|Cùng)(?![\p{L}])/u;

// A past term without its years: "nhiệm kỳ qua", "nhiệm kỳ vừa qua", "từ đầu nhiệm kỳ", "cả nhiệm kỳ", "5 năm qua",
// "Trong nhiệm kỳ, …" (not "trong nhiệm kỳ tới/mới").
export const PAST_TERM =
  /trong nhiệm kỳ(?! (?:tới|mới|\d))|nhiệm kỳ (?:vừa )?qua|nhiệm kỳ trước|đầu nhiệm kỳ|cả nhiệm kỳ|suốt nhiệm kỳ|\d+ năm (?:vừa )?qua/iu;

// What ends a count written without its noun: "kết nạp 87, xã B 84", "(khai trừ 16, xóa tên 9)", "… Mỏ Cày Bắc 23."
export const BARE_COUNT_END = /^(?:\s*[,;.)(]|\s*$|\s+và\s)/u;

// A sentence about the Party ("đảng viên", "ĐV", "Đảng bộ", "vào Đảng"), where a bare count after "kết nạp" counts members …
export const PARTY_CONTEXT = /đảng viên|Đảng viên|ĐV|Đảng/u;
// … unless it is also about the Youth Union, a trade union, the Pioneers or an association ("Đoàn xã kết nạp 87, …",
// "Công đoàn kết nạp 230", "đội viên", "hội viên").
export const NOT_PARTY =
  /đoàn viên|hội viên|đội viên|công đoàn|(?<![\p{L}])(?:Đoàn|Hội|Đội|Huyện đoàn|Thành đoàn|Tỉnh đoàn|Công đoàn|Liên đoàn)(?![\p{L}])/u;

// The rest of a planned range after a ratio: "7.979/8.000 - 8.500 đảng viên" (the plan is 8.000 to 8.500).
export const TARGET_RANGE_END = /^\s*[-–]\s*\d+(?:\.\d{3})*\s+/u;

// A territorial unit right before a flow: "thị xã Kinh Môn kết nạp 98", "huyện Ninh Giang đã kết nạp 87".
export const UNIT_KIND_NAME_BEFORE =
  /(?<![\p{L}])(?<name>(?:thị xã|thị trấn|thành phố|huyện|xã|quận|phường|TP\.?|Thị xã|Thị trấn|Thành phố|Huyện|Xã|Quận|Phường)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*)\s+(?:đã\s+)?$/u;

// The year a figure is compared with, not its period: "so với cùng kỳ năm 2018", "cùng kỳ 2022".
export const COMPARED_YEAR = /cùng kỳ(?: năm)? (?:19|20)\d\d/giu;

// After the counted members, a kind of people that makes the count a part of the flow: "kết nạp 25 đảng viên là công
// nhân, 10 đảng viên là tiểu thương", "18 đảng viên mới là người dân tộc thiểu số", "30 đảng viên nữ" (not ", là đơn vị
// dẫn đầu", which speaks of the unit).
export const CATEGORY_AFTER =
  /^\s*(?:mới\s+)?(?:là\s+(?!\d)\p{Ll}|nữ(?![\p{L}])|người dân tộc|dân tộc thiểu số|có đạo|theo đạo|người Hoa|người Khmer)/u;

// A size in the sentence: "Chi bộ Công ty B có 8 đảng viên", "từ chỗ chỉ có 4 đảng viên".
export const SIZE_IN_SENTENCE =
  /(?<![\p{L}])có\s+(?:(?:gần|hơn|trên|khoảng)\s+)?\d[\d.]*\s+(?:đảng viên|ĐV)(?![\p{L}])/u;

// "the Đảng bộ" by its kind only, neither named nor a territorial or sector kind: "trong Đảng bộ", "của Đảng bộ", "toàn
// Đảng bộ" (not "Đảng bộ huyện …", "Đảng bộ khối …", "Đảng bộ Công ty …").
export const BACK_REFERENCE =
  /(?<![\p{L}])(?:trong|của|toàn) Đảng bộ(?! (?:\p{Lu}|huyện|tỉnh|xã|phường|quận|thị|thành|khối|cơ quan|cơ sở|bộ phận|trường|công ty|doanh nghiệp))(?![\p{L}])/u;
