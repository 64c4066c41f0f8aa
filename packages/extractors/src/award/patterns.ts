// The form of a commendation: "Giấy khen", "Bằng khen của UBND tỉnh", "Cờ thi đua", "Huy hiệu 30 năm tuổi Đảng", "Kỷ niệm chương".
// "Huy hiệu 30, 40, 45 năm tuổi Đảng".
// A bare "cờ" only right after a giving verb and before its recipients: "tặng cờ cho 4 đơn vị", "trao cờ xuất sắc cho
// 8 đơn vị" (not "cờ Tổ quốc").
export const FORM =
  /(?<form>giấy khen|bằng khen|cờ thi đua|huy hiệu(?: [\d, và]{1,40} năm)?(?: tuổi)? đảng|kỷ niệm chương|huân chương|huy chương|(?<=(?:tặng|trao)\s)cờ(?=(?:\s+(?:xuất sắc|dẫn đầu))?(?:\s+(?:cho|và)\s|\s*,)))/giu;

/**
 * The words of every form and of the formless verbs (`FORM`, `FORMLESS_VERB`): a sentence without one of them gives no
 * commendation. The extractor's cues.
 */
export const FORM_CUES = [
  'giấy khen',
  'bằng khen',
  'cờ',
  'huy hiệu',
  'kỷ niệm chương',
  'huân chương',
  'huy chương',
  'khen thưởng',
  'biểu dương',
  'tuyên dương',
];

// Between two forms given to one list of recipients: "bằng khen, trao cờ thi đua cho …", "bằng khen và giấy khen cho …",
// "bằng khen, tặng giấy khen cho …".
export const FORMS_JOINED = /^\s*(?:,|và|,\s*và)\s*(?:(?:trao|tặng|trao tặng)\s+)?$/u;

// A form given with its verb a few words before: "trao bằng khen", "trao tiền thưởng và bằng khen", "tặng giấy khen".
export const GIVEN_BEFORE = /(?<![\p{L}])(?:trao|tặng)(?:\s+[^\s,.;:]+){0,3}\s+$/iu;

// What makes a bare "cờ" a commendation rather than a flag handed out: "thi đua", "khen", "thành tích", "dẫn đầu".
export const COMMENDATION_CONTEXT = /thi đua|khen|thành tích|xuất sắc|tiêu biểu|dẫn đầu/iu;

// A commendation without a form, right before its counted recipients: "khen thưởng 14 tập thể", "biểu dương
// 8 đảng viên", "tuyên dương khen thưởng 89 tập thể, cá nhân", "khen thưởng cho 12 cá nhân".
export const FORMLESS_VERB = /(?:khen thưởng|biểu dương|tuyên dương)(?:\s+cho)?\s+(?=\d)/giu;

// A verb that gives it: "tặng", "trao", "trao tặng", "khen thưởng", "nhận", "đề nghị … tặng".
export const AWARD_VERB = /(?:tặng|trao|khen thưởng|nhận|được khen)(?![\p{L}])/iu;

// Before the first counted recipients: "cho", ":", a modifier of the form ("của UBND tỉnh cho", "xuất sắc giai đoạn
// 2016–2021 cho"), units named before the counted ones ("cho các Đảng bộ xã Phú Lộc, Công an huyện, 26 …").
export const BEFORE_RECIPIENTS =
  /^[\s,:]*(?:[^,;]{0,60}?(?<![\p{L}])(?:cho|tới|đến)\s+(?:(?:các\s+)?[^,;\d]{2,60},\s*)*)?$/iu;

// Between two recipient groups of one list, after the first one's description: "…, 27 đảng viên", "…; 9 đảng viên",
// "… và 41 đảng viên".
export const LIST_JOIN = /[,;]\s*(?:và\s+)?$|\svà\s+$/u;

// Recipients the unit table does not read as one noun: "9 bí thư chi bộ", "12 chi bộ trực thuộc đảng ủy cơ sở".
export const RECIPIENT_VARIANTS: [RegExp, string][] = [
  [/^bí thư chi bộ(?![\p{L}])/iu, 'bí thư chi bộ'],
  [/^chi bộ trực thuộc(?: [Đđ]ảng ủy(?: cơ sở)?)?(?![\p{L}])/u, 'chi bộ'],
];

// The second half of "30 cá nhân, tập thể", "51 tập thể, cá nhân", "5 tập thể và cá nhân": both kinds are counted.
export const RECIPIENT_PAIR = /^(?:,\s*|\s+và\s+)(?<other>tập thể|cá nhân)(?![\p{L}])/u;

// What the recipients are recognized for: "đạt tiêu chuẩn “Trong sạch vững mạnh tiêu biểu” năm 2019",
// "đạt trong sạch, vững mạnh tiêu biểu năm 2019", "có thành tích xuất sắc trong công tác xây dựng Đảng".
export const TITLE_AFTER =
  /^(?:\s+thuộc [^,;“"]{1,60}?)?\s+(?:đã\s+)?(?:đạt|có|vì)\s+(?:tiêu chuẩn\s+|danh hiệu\s+)?[“"]?(?<title>[^“”";]{3,120}?)[”"]?(?=\s+(?:năm|trong năm|giai đoạn)\s+\d|\s+\d+\s+năm|[,;.]\s*\d|[;.]|$)/iu;

/** Units that receive commendations. */
export const RECIPIENT_UNITS = new Set([
  'tổ chức cơ sở đảng',
  'tổ chức đảng',
  'đảng viên',
  'tập thể',
  'cá nhân',
  'chi bộ',
  'chi bộ cơ sở',
  'đảng bộ',
  'đảng bộ cơ sở',
  'đồng chí',
  'đơn vị',
  'cơ quan',
  'gia đình',
  'hộ',
  'cán bộ',
  'cán bộ, đảng viên',
  'đoàn viên',
  'hội viên',
  'chi bộ, đảng bộ cơ sở',
  'chi bộ trực thuộc',
]);

/** Canonical spelling of a form. */
export function canonicalForm(written: string): string {
  const t = written.toLowerCase();
  if (t.startsWith('huy hiệu')) return 'Huy hiệu Đảng';
  return t.charAt(0).toUpperCase() + t.slice(1);
}
