import { spacedCues, WORD_GAPS } from '../shared/cues.js';

// The words without which a sentence holds no size (the framework shows the extractor only the sentences with one):
// every size counts a party's members or units, so its sentence names them ("đảng viên", "ĐV", "tổ chức cơ sở đảng",
// "TCCS", "chi bộ", "đảng bộ", "cán bộ, đảng viên"; the unit reader also takes "chi bộ" and "tổ chức cơ sở" across a
// wrapped line), except a series figure in a sentence that continues the one before ("… lên 284 đồng chí năm 2006"),
// which holds its year.
export const ORG_STAT_CUES: readonly string[] = [
  'đảng',
  'đv',
  'tccs',
  ...spacedCues('chi bộ'),
  ...spacedCues('tổ chức cơ sở'),
  ...WORD_GAPS.flatMap((gap) => [`năm${gap}19`, `năm${gap}20`]),
];

// What announces a stock rather than a flow: "hiện có 6.102 đảng viên", "tổng số hiện có 83 tổ chức cơ sở Đảng",
// "với tổng số 4.294 đảng viên", "gồm 69 tổ chức cơ sở đảng", "toàn Đảng bộ có 120 chi bộ",
// "Đảng bộ Khối các cơ quan và doanh nghiệp huyện có 64 chi, đảng bộ cơ sở", "Đảng ủy Quân sự tỉnh có 23 tổ chức cơ sở
// đảng", "Chi bộ ấp Phước Hòa có 38 đảng viên", "toàn tỉnh có 1.020 chi bộ".
// The unit's name before "có" is a run of words without digits or punctuation, so "Đảng bộ xã tổ chức hội nghị
// cho 120 đảng viên có mặt" is no trigger.
export const STOCK_TRIGGER =
  /(?:(?:hiện|hiện nay|hiện tại|đến nay)[ ,]+(?:[^\s,;.]+ ){0,5}?có|tổng số|có tổng cộng|tổng cộng có|gồm có|bao gồm|gồm|(?:đảng bộ|đảng ủy|đảng uỷ|chi bộ)(?: [^\s\d,;.()]+){0,8}? (?:đã |hiện |hiện nay )?có|toàn (?:tỉnh|huyện|thành phố|quận|thị xã|xã|khối)(?: [^\s\d,;.()]+){0,3}? (?:hiện |hiện nay )?có|sinh hoạt tại|sinh hoạt ở|đại diện cho)(?![\p{L}])/giu;

// A "tổng số" that counts a flow, not the organization: "tổng số đảng viên được kết nạp", "tổng số đảng viên mới kết nạp".
export const FLOW_TOTAL_AFTER =
  /^\s*(?:đảng viên|ĐV)?\s*(?:mới\s+)?(?:được\s+)?(?:kết nạp|phát triển|mới)(?![\p{L}])/iu;

// The entity named before its number: "tổng số đảng viên là 1.500", "nâng tổng số đảng viên toàn huyện lên 5.214 đồng chí",
// "nâng tổng số ĐV của huyện lên gần 6.050 đồng chí", "Số đảng viên của toàn Đảng bộ hiện là 2.385" — not a flow's
// total ("tổng số đảng viên kết nạp … lên 97"), a part ("số đảng viên nữ là …") or a rating ("số đảng viên được xếp loại … là").
export const TOTAL_BEFORE =
  /(?<![\p{L}])(?:tổng số|số|số lượng) (?<what>đảng viên|ĐV|tổ chức cơ sở đảng|tổ chức cơ sở Đảng|TCCSĐ|TCCS|tổ chức đảng|chi bộ|đảng bộ cơ sở|đảng bộ bộ phận)(?:(?!kết nạp|phát triển|mới|được|bị|vi phạm|kỷ luật|xếp loại|đạt|hoàn thành|dự|tham|nữ|dân tộc|tôn giáo|có đạo|trẻ|tuổi|là\s+[^\d\s])[^\d;.]){0,40}?(?:là|:|lên|đạt|có)\s*(?:(?:gần|hơn|trên|khoảng|xấp xỉ|ước)\s+)?$/iu;

// A sentence that may name a size before its number (TOTAL_BEFORE decides): "số đảng viên", "số lượng chi bộ".
export const NAMED_SIZE = /(?<![\p{L}])số(?: lượng)? (?:đảng viên|ĐV|tổ chức|TCCS|chi bộ|đảng bộ)/iu;

// The day the size is counted at, before the figure: "tính đến ngày 10-9-2018", "Đến tháng 5/2025", "đến cuối tháng 6/2024".
export const AS_OF_BEFORE = /(?:tính đến|đến|tới)(?:\s+(?:hết|cuối|thời điểm))?\s*$/iu;

// A change, not a size: "tăng 7 cơ sở đảng", "giảm 40 chi bộ", "thành lập mới 02 chi bộ", "kết nạp thêm 3 đảng viên".
export const CHANGE_BEFORE =
  /(?:^|[^\p{L}])(?:tăng|giảm|thêm|bớt|thành lập(?: mới| thêm)?|kết nạp(?: được)?|sáp nhập|giải thể|hợp nhất|chia tách)(?:\s+(?:được|thêm|đi|bớt))?\s*(?:(?:gần|hơn|trên|khoảng)\s+)?$/iu;

// A part of the figure before it: "(trong đó có 4 đảng viên …)", "(với 3.673 chi bộ trực thuộc)".
export const PART_BETWEEN = /trong đó|\([^)]*$/iu;

// The whole country, not the report's organization: "cả nước có gần 3 triệu đảng viên", "trên toàn quốc", "toàn Đảng có".
export const NATION = /cả nước|toàn quốc|toàn Đảng(?! bộ| ủy| uỷ)|chúng ta có/iu;

// A unit founded in the clause: its founding members are not the size of the committee that founded it
// ("Quận ủy ra mắt chi bộ mới gồm 4 đảng viên", "quyết định thành lập Đảng bộ Công ty X gồm 35 đảng viên").
export const NEW_UNIT = /(?:ra mắt|thành lập(?: mới| thêm)?)\s+(?:các\s+)?(?:chi bộ|đảng bộ)/iu;

// A named party unit standing as a subject: "Tổ đảng Công ty HONDA Việt Nam có 3 đảng viên", "Chi bộ Công ty X có".
export const NAMED_UNIT_HEAD = /(?:Chi bộ|Đảng bộ|Đảng ủy|Đảng uỷ|Tổ đảng|tổ đảng)(?= \p{Lu})/gu;

// A unit written with a capital, read as its kind: "386 Đảng bộ cơ sở", "215 Chi bộ cơ sở" (not "25 Đảng bộ xã": a name).
export const CAPITALIZED_UNIT =
  /^\s?(?<unit>(?:Đảng bộ|Chi bộ) (?:cơ sở|bộ phận|trực thuộc)|Tổ chức cơ sở [đĐ]ảng)(?![\p{L}])/u;

// A year tied to a figure of a series: "255 đồng chí năm 2005", "288 đồng chí (năm 2007)".
export const YEAR_AFTER = /^\s*\(?(?:vào\s+)?(?:cuối\s+)?năm\s+(?<year>(?:19|20)\d\d)(?!\d)/iu;

// A year before a figure of a series: "năm 2005 có 255 đảng viên", "năm 2006 là 284", "Năm 2019 chi bộ thôn A có 41".
export const YEAR_BEFORE =
  /(?:^|[^\p{L}])(?:cuối\s+)?năm\s+(?<year>(?:19|20)\d\d),?(?: [^\s\d,;.()]+){0,6}? (?:có|là|:|đạt|còn)\s*(?:(?:gần|hơn|trên|khoảng)\s+)?$/iu;

// A series that counts the organization over years: "số đảng viên tăng từ 255 đồng chí năm 2005 lên 284 …",
// "số lượng đảng viên của Đảng bộ xã năm 2005 có …".
export const SERIES_CUE =
  /(?<![\p{L}])(?:số|số lượng|tổng số)\s+(?<what>đảng viên|ĐV|chi bộ|tổ chức cơ sở đảng|tổ chức cơ sở Đảng|TCCSĐ)/iu;

// Flows in a series are not sizes: "năm 2021 kết nạp 35 đảng viên, năm 2022 kết nạp 42".
export const SERIES_FLOW = /kết nạp|phát triển|chuyển sinh hoạt|chuyển đến|chuyển đi|xóa tên|khai trừ|mới/iu;

/** Units whose number is the size of the organization. */
export const STOCK_UNITS = new Set([
  'đảng viên',
  'tổ chức cơ sở đảng',
  'tổ chức đảng',
  'chi bộ',
  'chi bộ cơ sở',
  'chi bộ trực thuộc',
  'đảng bộ cơ sở',
  'đảng bộ bộ phận',
  'tổ chức đảng dưới cơ sở',
  'đảng bộ',
  'chi bộ, đảng bộ cơ sở',
  'chi bộ, đảng bộ',
]);

/** Units that name members only when a congress's delegates stand for them: "đại diện cho 82 nghìn cán bộ, đảng viên". */
export const REPRESENTED_UNITS = new Set(['cán bộ, đảng viên']);

// After a number, words that make it a flow, an activity or a part, not a stock: "đảng viên mới", "đảng viên dự",
// "được kết nạp", "tổ chức cơ sở đảng trực thuộc đã tiến hành đại hội", "đảng viên là nữ", "đảng viên người dân tộc
// thiểu số", "chi bộ chưa có …", "đảng viên chính thức", "đảng viên cao tuổi", "đảng viên đang công tác ở nước ngoài"
// (a part) — but "đảng viên tham gia sinh hoạt" is the stock itself.
export const NOT_STOCK_AFTER =
  /^\s*(?:trực thuộc\s+)?(?:mới|dự bị|dự|tham dự|tham gia(?! sinh hoạt)|được|đạt|hoàn thành|xếp loại|không|đã|vi phạm|bị|trong sạch|vững mạnh|tiến hành|tổ chức|nữ|là|người dân tộc|dân tộc|có đạo|theo đạo|tôn giáo|có tôn giáo|so với|chính thức|chưa|có|còn|cao tuổi|lớn tuổi|trẻ|trẻ tuổi|nghỉ hưu|hưu trí|đang công tác|công tác|làm việc|người Hoa|người Khmer|miễn sinh hoạt|được miễn|tuổi đảng)(?![\p{L}])/iu;

// A sector that makes the figure a part of the unit's size: "688 đảng viên đang sinh hoạt tại 80 chi bộ … khu vực ngoài
// quốc doanh", "tổng số đảng viên khu vực ngoài quốc doanh là 169", "đảng viên trong các doanh nghiệp tư nhân".
// A unit named for its sector before the figure ("Đảng bộ khối doanh nghiệp ngoài quốc doanh có …") is the unit itself.
export const SECTOR_PART =
  /(?:khu vực|thành phần|lĩnh vực)(?: kinh tế)? (?:ngoài quốc doanh|tư nhân|ngoài nhà nước|có vốn (?:đầu tư )?nước ngoài)|(?:trong|tại|ở) (?:các )?(?:doanh nghiệp|DN) (?:ngoài quốc doanh|tư nhân|ngoài nhà nước|có vốn (?:đầu tư )?nước ngoài)/iu;

// A named party unit standing as the subject of a stock phrase, its name read up to the verb: "Đảng bộ khối doanh nghiệp
// ngoài quốc doanh quận Tân Bình hiện có", "Chi bộ Công ty cổ phần Sông Đà đã có" (the name reader stops at lowercase words).
export const UNIT_SUBJECT =
  /(?<![\p{L}])(?<name>(?:Đảng bộ|Chi bộ|Đảng ủy|Đảng uỷ)(?: [^\s\d,;.()"“”]+){1,10}?) (?:đã |hiện |hiện nay |hiện tại )?có(?![\p{L}])/gu;

// A ministry's name cut after its first word by the name reader ("Đảng bộ cơ quan Bộ Ngoại" + "giao"): the lowercase
// word after "Bộ Ngoại" ends the name unless it starts the next phrase ("Bộ Quốc phòng có", "lần thứ", "nhiệm kỳ").
export const MINISTRY_CUT = /(?<![\p{L}])Bộ \p{Lu}[\p{L}\p{M}]*$/u;
export const NAME_GOES_ON = /^ (?<word>\p{Ll}[\p{L}\p{M}]*)(?![\p{L}\p{M}])/u;
export const NOT_NAME_WORD = new Set(
  'có đã đang hiện vừa sẽ gồm với và là lần nhiệm khóa khoá tại của trong cho được năm ngày tổ tiến đến từ nay luôn cũng đều thì mà về ở'.split(
    ' ',
  ),
);

// A sector anywhere in a clause: "khu vực ngoài quốc doanh", "các doanh nghiệp tư nhân", "DN có vốn đầu tư nước ngoài".
export const SECTOR_ANY =
  /(?:khu vực|thành phần|lĩnh vực)(?: kinh tế)? (?:ngoài quốc doanh|tư nhân|ngoài nhà nước|có vốn (?:đầu tư )?nước ngoài)|(?<![\p{L}])(?:doanh nghiệp|DN|DNTN) (?:ngoài quốc doanh|tư nhân|ngoài nhà nước|có vốn (?:đầu tư )?nước ngoài)/giu;

// The head of a party unit named for its sector, right before the sector: "Đảng bộ khối doanh nghiệp ngoài quốc doanh",
// "Chi bộ doanh nghiệp tư nhân", "Đảng ủy khối các".
export const UNIT_HEAD_BEFORE =
  /(?:Đảng bộ|Đảng ủy|Đảng uỷ|Chi bộ|đảng bộ|đảng ủy|chi bộ)(?: (?:khối|Khối|cơ sở))?(?: các)?\s+$/u;
