/** Lexicons and patterns of the reference extractor. */

/** Kinds of documents, as the press writes them before a number or a name. */
export const KINDS = [
  'Nghị quyết',
  'Chỉ thị',
  'Kết luận',
  'Quy định',
  'Quyết định',
  'Hướng dẫn',
  'Kế hoạch',
  'Thông báo',
  'Công văn',
  'Thông tư',
  'Nghị định',
  'Luật',
  'Thông tri',
  'Quy chế',
  'Đề án',
  'Chương trình hành động',
  'Chương trình',
  'Báo cáo',
  'Tờ trình',
  'Công điện',
  'Hiến pháp',
  'Pháp lệnh',
  'Thông tư liên tịch',
  'Nghị quyết liên tịch',
].sort((a, b) => b.length - a.length);

/** The kind a symbol's code stands for ("CT" in "05-CT/TW"); "QĐ" is "Quyết định" unless "Quy định" is written. */
export const KIND_OF_CODE: Record<string, string> = {
  NQ: 'Nghị quyết',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  QĐ: 'Quyết định',
  QYĐ: 'Quy định',
  QyĐ: 'Quy định',
  HD: 'Hướng dẫn',
  HĐ: 'Hướng dẫn',
  KH: 'Kế hoạch',
  TB: 'Thông báo',
  CV: 'Công văn',
  TT: 'Thông tư',
  NĐ: 'Nghị định',
  CTr: 'Chương trình',
  CTR: 'Chương trình',
  BC: 'Báo cáo',
  TTr: 'Tờ trình',
  QC: 'Quy chế',
  ĐA: 'Đề án',
  TTLT: 'Thông tư liên tịch',
  NQLT: 'Nghị quyết liên tịch',
  CĐ: 'Công điện',
};

/** Codes whose kind wins over the kind word written before the symbol ("Nghị định 05/2005/NQ-CP" is a Nghị quyết). */
export const STRICT_CODES = new Set(['NQ', 'NĐ', 'CT', 'TB']);

const kindAlternation = KINDS.join('|');

// A kind word, then optional "số": "Chỉ thị số ", "Quy định số ", "nghị quyết ", "Kết luận số ".
export const KIND_BEFORE = new RegExp(
  `(?<![\\p{L}])(?<kind>${kindAlternation}|${kindAlternation.toLowerCase()})(?:\\s+(?:số|Số))?\\s*$`,
  'u',
);

// Party symbols "05-CT/TW", "3286-QĐ/TU", "01-NQ/ĐUK", "100 - KL/TW", "21-KL/T.Ư", and with a slash for the dash
// ("39/KH/HU", "16/HD/BTCTU", party codes only); state symbols "123/QĐ-UBND",
// "99/2016/NĐ-CP", "05/CT-TTg"; laws "100/2015/QH13".
export const SYMBOL =
  /(?<![\p{L}\p{N}/.-])(?:(?<slashNum>\d{1,5}) ?\/ ?(?<slashCode>NQ|CT|KL|QĐ|HD|HĐ|KH|TB|CTr|BC|QC|ĐA|TTr) ?\/ ?(?<slashOrg>T\.Ư|TƯ|[A-ZĐ][A-ZĐƯ]{0,7}(?:-[A-ZĐ]{1,6})?)|(?<pNum>\d{1,5}[a-z]?) ?[-–] ?(?<pCode>[A-ZĐ][A-ZĐa-z]{0,4}) ?\/ ?(?<pOrg>T\.Ư|TƯ|[A-ZĐ][A-ZĐƯ]{0,7}(?:-[A-ZĐ]{1,6})?)|(?<sNum>\d{1,5})\/(?:(?<sYear>(?:19|20)\d\d)\/)?(?:(?<sCode>[A-ZĐ][A-ZĐa-z]{0,4})-(?<sOrg>[A-ZĐ][A-ZĐa-z0-9]{0,9})|(?<law>QH\d{1,2})))(?![\p{L}\p{N}])/gu;

// A citation by its number alone, without a symbol: "Chỉ thị 05 của Bộ Chính trị", "Quy định số 102".
// Not a duration: "Kế hoạch 5 năm phát triển …" is a five-year plan ("Chỉ thị 05 năm 2005" keeps its number); nor a
// share ("Quy định 20% đại biểu tán thành …": the verb "quy định").
export const BARE_NUMBERED =
  /(?<![\p{L}])(?<kind>Chỉ thị|Nghị quyết|Kết luận|Quy định|Quyết định|Hướng dẫn|Kế hoạch|Thông báo)(?: số)? (?<num>\d{1,4})(?![\p{L}\p{N}/%-]|[.,]\d| ?[-–/%]| (?:năm|tháng)(?![\p{L}])(?! (?:19|20)\d\d))/gu;

// Right after a symbol, the date of issue: ", ngày 18/10/2023", " ngày 15-5-2009", " ngày 15 tháng 5 năm 2016".
// Also in brackets: " (ngày 9/3/2004)", " (ban hành ngày 16.7.1996)".
export const ISSUE_DATE =
  /^,? ?\(?(?:ban hành )?ngày (?<day>\d{1,2})(?:(?<sep>[/.-])(?<month>\d{1,2})\k<sep>|(?: tháng (?<monthW>\d{1,2}) năm ))(?<year>(?:19|20)\d\d)(?!\d)/u;

// What every citation holds: a "/" (its symbol, "05-CT/TW", "123/QĐ-UBND") or a capitalized kind word ("Nghị quyết
// Trung ương 4", "Chỉ thị 05"). A sentence without either cites nothing, and is not looked at further. Case-sensitive
// ("nghị quyết" alone is no citation), so it stays beside the extractor's cues.
export const REFERENCE_CUE = new RegExp(`/|${kindAlternation}`, 'u');

/**
 * The extractor's cues, narrower than any "/" (a date "12/5" has one): a kind word, or a symbol's code beside its
 * slash, which is where a citation with no kind word takes its kind ("35-CT/TW", "39 / KH / HU", "99/2016/NĐ-CP",
 * the law "100/2015/QH13").
 */
export const REFERENCE_CUES = [
  ...KINDS,
  ...Object.keys(KIND_OF_CODE).flatMap((code) => [`${code}/`, `${code} /`, `/${code}-`]),
  '/QH',
];

// A kind word opening the next citation, where an issuer's name stops: "của Ban Bí thư và |Hướng dẫn ...".
export const KIND_AT = new RegExp(`(?:${kindAlternation})(?![\\p{L}])`, 'uy');

// Right after a citation, its issuer: " của Bộ Chính trị", ", của Ban Thường vụ Tỉnh ủy".
export const ISSUER_LEAD = /^,? ?của (?=[\p{Lu}])/u;

// The Central Committee's term: " khóa XII", " (khóa XII)", " khoá XIII"; two terms: " khóa XI, khóa XII",
// " (khóa XI, XII)", " khóa XI và XII".
export const TERM =
  /^,? ?\(?(?:khóa|Khóa|khoá|Khoá) (?<term>[IVXL]{1,6})(?:(?:, ?| và )(?:khóa |khoá )?(?<term2>[IVXL]{1,6}))?\)?(?![\p{L}])/u;

// A sentence that opens with the day a document was issued: "Ngày 5/9/2021, Huyện ủy đã ban hành Kế hoạch số …",
// "Ngày 12 tháng 3 năm 2022, Ban Thường vụ Tỉnh ủy ký ban hành Chỉ thị số …" (a written year only).
export const OPENING_ISSUE_DATE =
  /^(?:\([^()]{1,40}\) ?[-–]? ?)?(?:[Nn]gày|[Vv]ào ngày) (?<day>\d{1,2})(?:(?<sep>[/.-])(?<month>\d{1,2})\k<sep>|(?: tháng (?<monthW>\d{1,2}) năm ))(?<year>(?:19|20)\d\d),/u;

// Between that day and the citation: the issuer and the verb, nothing cited in between: ", Huyện ủy Chợ Mới đã ban
// hành ", ", Ban Thường vụ Tỉnh ủy ký ban hành ".
export const ISSUED_BY_VERB = /^ [^\d/;:]{2,100}?(?:đã |vừa )?(?:ký )?ban hành (?:các |một )?$/u;

// Unnumbered references by name: "Nghị quyết Trung ương 4", "Nghị quyết Trung ương 6 (lần 2)" and "Nghị quyết Trung
// ương 6-2" (the plenum's second session), "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung
// ương Đảng", "Nghị quyết Hội nghị lần thứ sáu BCH Trung ương", "Nghị quyết Hội nghị Trung ương lần thứ sáu", "Nghị
// quyết Hội nghị Ban Chấp hành Trung ương lần thứ tư", "Nghị quyết Hội nghị Trung ương 8", "Nghị quyết Đại hội lần thứ VIII", "Nghị quyết Đại hội Đảng bộ
// tỉnh lần thứ XI", "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII".
export const NAMED = new RegExp(
  `(?<![\\p{L}])(?<kind>${kindAlternation}) (?:(?:Hội nghị )?(?<tw>Trung ương|TW|T\\.Ư) (?<twNo>\\d{1,2}|[IVX]{1,5})(?: \\((?:lần|Lần) (?<session>2|hai|3|ba)\\)|-(?<sessionDash>[23])(?![\\p{N}]))?(?![\\p{L}\\p{N}])|Hội nghị (?:lần thứ )?(?<plenum>[\\p{L}]{2,6}|\\d{1,2}|[IVX]{1,5}) (?:Ban Chấp hành|BCH) Trung ương(?: Đảng)?|Hội nghị (?:(?:Ban Chấp hành|BCH) )?Trung ương (?:Đảng )?lần thứ (?<plenumAfter>[\\p{L}]{2,6}|\\d{1,2}|[IVX]{1,5})(?![\\p{L}\\p{N}])|(?<congress>Đại hội(?: đại biểu)?(?: (?:Đảng bộ|Đảng|toàn quốc)(?: [\\p{L}]{1,10}){0,8}?)? (?:lần thứ )?(?<cNo>[IVXL]{1,6})(?![\\p{L}])))`,
  'gu',
);

/** "lần thứ tư" → 4: the ordinals written out in plenum names. */
export const ORDINAL_WORDS: Record<string, number> = {
  nhất: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

/** Roman numerals of plenums ("Trung ương IV") to numbers. */
export const ROMAN: Record<string, number> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  V: 5,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
  X: 10,
  XI: 11,
  XII: 12,
  XIII: 13,
  XIV: 14,
  XV: 15,
};

// What may continue a state symbol past its office code: "215/GD-ĐT|-TC", "118/2004/QĐ-UB|-QLĐT", "15/2005/QĐ-BGD|&ĐT"
// (also written "&amp;ĐT" in HTML-escaped archives), "27-CV/TH|.U".
export const SYMBOL_CONTINUED =
  /(?:(?:-|&amp;|&)[A-ZĐ][A-ZĐa-z0-9]{0,9}|\.[A-ZĐ]{1,2}(?![\p{L}\p{N}]))+(?![\p{L}\p{N}])/uy;

// An issuer read up to a head word whose lowercase rest was not read: "Tổng cục| hải quan", "Bộ Công| nghiệp", "Ban|
// bí thư". Its lowercase words follow up to a word that ends a name ("ban hành", "về", "cũng", …).
export const ISSUER_HEAD_END = /(?:^|\s)(?:Ban|Bộ|Cục|Tổng cục|Sở|Ủy ban|Uỷ ban|Văn phòng|Hội đồng|Công)$/u;
export const ISSUER_LOWER_REST =
  /(?: (?!(?:về|ban hành|đã|và|cũng|là|quy định|nhận|cho|có|được|tại|ngày|khóa|khoá|năm|số|của|theo|để|với|trong|hôm|vừa|sẽ|thì|mà|nay|đề|nêu|chỉ|giao|không)(?![\p{L}]))\p{Ll}[\p{L}]*){1,3}/uy;
