// What announces a stock rather than a flow: "hiện có 6.102 đảng viên", "tổng số hiện có 83 tổ chức cơ sở Đảng",
// "với tổng số 4.294 đảng viên", "gồm 69 tổ chức cơ sở đảng", "toàn Đảng bộ có 120 chi bộ".
export const STOCK_TRIGGER =
  /(?:(?:hiện|hiện nay|hiện tại|đến nay)[ ,]+(?:[^\s,;.]+ ){0,5}?có|tổng số|có tổng cộng|tổng cộng có|gồm có|bao gồm|gồm|(?:đảng bộ|Đảng bộ)(?: [^\s,;.]+){0,3} có|sinh hoạt tại|đại diện cho)(?![\p{L}])/giu;

// The entity named before its number: "tổng số đảng viên là 1.500", "nâng tổng số đảng viên toàn huyện lên 5.214 đồng chí".
export const TOTAL_BEFORE =
  /tổng số (?<what>đảng viên|tổ chức cơ sở đảng|tổ chức cơ sở Đảng|TCCSĐ|TCCS|tổ chức đảng|chi bộ|đảng bộ cơ sở|đảng bộ bộ phận)[^\d;.]{0,40}?(?:là|:|lên|đạt|có)\s*$/u;

// "tính đến 31/12/2019", "đến nay", "đến thời điểm này".
export const AS_OF = /(?:tính đến|đến ngày|tính đến ngày|đến hết)\s+(?:ngày\s+)?/iu;

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

// After a number, words that make it a flow or an activity, not a stock: "đảng viên mới", "đảng viên dự", "được kết nạp".
export const NOT_STOCK_AFTER =
  /^\s*(?:mới|dự bị|dự|tham dự|tham gia|được|đạt|hoàn thành|xếp loại|không|đã|vi phạm|bị|trong sạch|vững mạnh)(?![\p{L}])/iu;
