/** Each flow of members, the phrases that announce it, longest first. */
export const ACTIONS: readonly { action: string; pattern: RegExp }[] = [
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
  // "kết nạp 209/150 đảng viên", "kết nạp được 99 đảng viên mới", "kết nạp mới 20 đảng viên"
  { action: 'kết nạp', pattern: /kết nạp(?: (?:được|mới|thêm))*(?: vào (?:đảng|Đảng))?/giu },
  // "phát triển được 150 đảng viên mới", "phát triển mới 35 đảng viên" (the number must count members)
  // The words are taken greedily and the number must follow at once: the same matches as a lookahead that
  // skips the words again, without its quadratic backtracking on a long run of them.
  { action: 'kết nạp', pattern: /phát triển(?: (?:được|mới|thêm))*(?= \d)/giu },
];

// A word that every flow above holds: "chuyển sinh hoạt", "chính thức", "khai trừ", "ra khỏi", "xóa tên", "thẻ",
// "kết nạp", "phát triển". A sentence without one has no flow, and is not looked at further.
export const ACTION_CUE = /chuyển sinh hoạt|chính thức|khai trừ|ra khỏi|xóa tên|thẻ|kết nạp|phát triển/iu;

// Words between a flow and its number: "cho", "được", "mới", "tổng số", ":" ("kết nạp được 99", "cấp thẻ đảng viên cho 148").
// "kết nạp đảng viên mới đạt 120 đồng chí", "kết nạp đảng viên mới: 120 đồng chí".
export const GAP_AFTER =
  /^(?:\s|cho|được|mới|tổng số|tổng cộng|thêm|là|đạt|:|,|đối với|các|vào đảng|vào Đảng|đảng viên|Đảng viên|đảng|Đảng|quần chúng)*$/u;

// A count of people before the flow: "120 quần chúng ưu tú được kết nạp vào Đảng", "có 45 đảng viên mới được kết nạp".
export const PASSIVE_BEFORE = /^\s*(?:mới\s+)?(?:đã\s+)?được\s+$/u;

// A flow that is planned, not done: "phấn đấu kết nạp 150 đảng viên", "chỉ tiêu kết nạp", "kế hoạch kết nạp".
export const PLANNED =
  /(?:(?:phấn đấu|chỉ tiêu|kế hoạch|dự kiến|mục tiêu|đề ra|sẽ|cần|tiếp tục)\s+(?:\S+\s+){0,3}|(?:bồi dưỡng|lớp|đối tượng|cảm tình|nhận thức về)\s+(?:\S+\s+){0,2})$/iu;

// The share of the plan: "(đạt 115,7% chỉ tiêu)", ", đạt 139,33% so nghị quyết", "đạt 160% kế hoạch", "bằng 120% KH".
export const PERCENT_OF_TARGET =
  /^[\s,(]*(?:mới[\s,(]*)?(?:đạt|bằng|vượt)\s+(?<pct>\d+(?:[.,]\d+)?)\s?%\s*(?:so\s+(?:với\s+)?)?(?<what>chỉ tiêu|kế hoạch|KH|nghị quyết|NQ|mục tiêu|chỉ tiêu được giao|chỉ tiêu trên giao)/iu;

// After a ratio "209/150 đảng viên", a bare share is the share of the plan: ", đạt 105,25%".
export const SHARE_AFTER_RATIO = /^[\s,(]*(?:đạt|bằng)\s+(?<pct>\d+(?:[.,]\d+)?)\s?%/iu;

// A written plan after the count: "(chỉ tiêu 150)", "/chỉ tiêu 150 đảng viên", "so với chỉ tiêu 150".
export const TARGET_AFTER =
  /^[\s,(/]*(?:so với\s+)?(?:chỉ tiêu|kế hoạch)(?: được giao| năm)?\s*(?:là\s+)?(?<target>\d+(?:\.\d{3})*)/iu;
