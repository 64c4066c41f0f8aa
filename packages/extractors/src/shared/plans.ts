// A plan, not a result: "phấn đấu …", "Mục tiêu năm 2005 của Đảng bộ là …", "dự kiến …", "chỉ tiêu đề ra …",
// "phương hướng, nhiệm vụ năm 2025 …", "sẽ kết nạp …".
const PLAN_WORDS =
  /phấn đấu|mục tiêu|dự kiến|chỉ tiêu (?:đề ra|phấn đấu|kết nạp|năm)|kế hoạch (?:đề ra|năm \d{4} là)|(?<![\p{L}])sẽ(?![\p{L}])|phương hướng|nhiệm vụ (?:năm|thời gian|nhiệm kỳ) tới|trong (?:năm|thời gian|nhiệm kỳ) tới|đề ra|cần (?:phải )?|phải (?:đạt|có)/iu;

/**
 * True when the words of the sentence before `at` make what follows a plan or a target rather than a reported
 * result ("Đảng bộ khối phấn đấu trong nhiệm kỳ mới … 20% chi bộ đạt hoàn thành nhiệm vụ").
 *
 * @example
 * isPlanned('Mục tiêu năm 2005 của Đảng bộ là kết nạp 14 đảng viên', 37) // true
 */
export function isPlanned(sentenceText: string, at: number): boolean {
  return PLAN_WORDS.test(sentenceText.slice(0, Math.max(0, at)));
}
