// A list marker at the start of a line or after a clause: "(1) Có trên 90% …", "2. Phấn đấu …".
export const LIST_MARKER = /(?:^|\n)[ \t]*(?:\((?<paren>\d{1,2})\)|(?<dot>\d{1,2})[.)](?=\s))[ \t]*/gu;

// An inline marker inside a paragraph: "…; (2) phấn đấu …".
// (The "(" comes before the look behind it: a pattern that opens with a lookbehind is tried at every character.)
export const INLINE_MARKER = /\((?<=[\s;:,.]\()(?<paren>\d{1,2})\)\s/gu;

// What introduces a list of targets: "đề ra 10 chỉ tiêu trọng tâm:", "các chỉ tiêu chủ yếu", "mục tiêu cụ thể"
// (not a bare "Chỉ tiêu", the quota column of an admissions table).
export const TARGET_INTRO =
  /(?:đề ra|xác định|thông qua|gồm|với|có)\s+(?:\d{1,2}\s+)?(?:nhóm\s+)?(?:chỉ tiêu|mục tiêu)|(?:các|những|một số)\s+(?:chỉ tiêu|mục tiêu)|(?:chỉ tiêu|mục tiêu)\s+(?:chủ yếu|cụ thể|trọng tâm|cơ bản|phấn đấu)|phấn đấu đạt\s+(?:các|những)?/iu;

// The words a target needs (the extractor's cues): a summary count holds "chỉ tiêu" or "mục tiêu", a plan sentence
// "phấn đấu", "mục tiêu" or "chỉ tiêu …" (PLAN_TARGET), a list's introduction one of them (TARGET_INTRO).
export const TARGET_CUES = ['chỉ tiêu', 'mục tiêu', 'phấn đấu'];

// Summary counts: "đề ra 10 chỉ tiêu", "đạt và vượt 09/10 chỉ tiêu", "hoàn thành 8/8 chỉ tiêu", "8 chỉ tiêu chủ yếu".
export const SUMMARY =
  /(?<verb>đề ra|xác định|thông qua|đạt và vượt|đạt|vượt|hoàn thành)\s+(?<n>\d{1,3})(?:\/(?<of>\d{1,3}))?\s+(?<what>chỉ tiêu|nhóm chỉ tiêu|mục tiêu)/giu;

// A plan sentence that sets targets: "phấn đấu kết nạp 130 đảng viên", "chỉ tiêu kết nạp 50 đảng viên",
// "mục tiêu có 90% chi bộ …".
// Not a bare "chỉ tiêu": "đạt 120,8% chỉ tiêu năm; xét chuyển …" reports a result.
export const PLAN_TARGET = /phấn đấu|mục tiêu|chỉ tiêu (?:kết nạp|đề ra|là|phấn đấu|năm \d{4} là)/giu;

// "phấn đấu" as a noun, not a plan: "30 năm phấn đấu và trưởng thành", "quá trình phấn đấu, rèn luyện",
// "sự phấn đấu của đảng viên". Checked on the words right before the cue and right after it.
export const STRIVING_NOUN_BEFORE = /(?:năm|quá trình|chặng đường|truyền thống|sự|những|nỗ lực)\s+$/iu;
export const STRIVING_NOUN_AFTER = /^\s*(?:và|,)\s*(?:trưởng thành|rèn luyện|cống hiến)/iu;

// The party work a planned measure must be about: "đảng viên", "chi bộ", "tổ chức cơ sở đảng", "TCCSĐ".
export const PARTY_WORDS =
  /đảng viên|chi bộ|đảng bộ|tổ chức (?:cơ sở )?đảng|cơ sở đảng|TCCS|ĐV\b|cấp ủy|quần chúng ưu tú/iu;

// After a number: "… trở lên" means at least, "… trở xuống" at most; also after a rated subject and its level
// ("95% chi bộ hoàn thành tốt nhiệm vụ trở lên").
export const OR_MORE =
  /^\s?(?:%\s*)?(?:(?:\p{L}+\s+){0,4}?|(?:\p{L}+\s+){0,5}?(?:đạt\s+)?hoàn thành\s+(?:xuất sắc\s+|tốt\s+)?nhiệm vụ\s+)trở lên/iu;
export const OR_LESS = /^\s?(?:%\s*)?(?:\p{L}+\s+){0,4}?trở xuống/iu;

// A time span or an anniversary, not a measure: "trong 5 năm tới", "hướng tới kỷ niệm 90 năm thành lập", "vươn tới
// 1.000 năm Thăng Long", "trong 6 tháng cuối năm".
export const TIME_UNITS = new Set(['năm', 'tháng', 'ngày', 'giờ', 'tuần', 'quý']);

// A multiplier written as a word: "tăng gấp đôi số chi bộ" (×2), "gấp ba" (×3), "gấp rưỡi" (×1.5).
export const MULTIPLIER = /gấp\s+(?<times>đôi|hai|ba|bốn|rưỡi)(?![\p{L}])/giu;

/** The factor of each multiplier word. */
export const MULTIPLIER_VALUES: Record<string, number> = { đôi: 2, hai: 2, ba: 3, bốn: 4, rưỡi: 1.5 };

// A bracketed aside that reports a stock or a past figure, not a target: "(toàn Đảng bộ hiện có 4.215 đảng viên)",
// "(tính đến nay 1.020 đảng viên)", "(năm trước đã kết nạp 80 đảng viên)"; checked from the "(" to the number.
export const STOCK_ASIDE = /\([^()]*(?:hiện (?:có|nay)|tính đến|đến nay|(?<![\p{L}])đã(?![\p{L}])|so với)[^()]*$/iu;

// What joins two shares into one planned range: "35% - 40%", "từ 10% – 12%", "60% đến 65%", "60% tới 65%".
export const PERCENT_RANGE_JOIN = /^\s*(?:-|–|—|đến|tới)\s*$/u;
