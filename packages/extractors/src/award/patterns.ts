// The form of a commendation: "Giấy khen", "Bằng khen của UBND tỉnh", "Cờ thi đua", "Huy hiệu 30 năm tuổi Đảng", "Kỷ niệm chương".
// "Huy hiệu 30, 40, 45 năm tuổi Đảng".
export const FORM =
  /(?<form>giấy khen|bằng khen|cờ thi đua|huy hiệu(?: [\d, và]{1,40} năm)?(?: tuổi)? đảng|kỷ niệm chương|huân chương|huy chương)/giu;

// A verb that gives it: "tặng", "trao", "trao tặng", "khen thưởng", "nhận", "đề nghị … tặng".
export const AWARD_VERB = /(?:tặng|trao|khen thưởng|nhận|được khen)(?![\p{L}])/iu;

// Before the recipients: "cho", "các", ":".
export const BEFORE_RECIPIENTS = /^[\s,:]*(?:(?:của [^,;]{0,60}?)?\s*(?:cho|tới|đến)\s*)?$/iu;

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
]);

/** Canonical spelling of a form. */
export function canonicalForm(written: string): string {
  const t = written.toLowerCase();
  if (t.startsWith('huy hiệu')) return 'Huy hiệu Đảng';
  return t.charAt(0).toUpperCase() + t.slice(1);
}
