// A plan anywhere earlier in the sentence: "phấn đấu …", "Mục tiêu năm 2005 của Đảng bộ là …", "dự kiến …",
// "sẽ kết nạp …", "phương hướng …", "nhiệm vụ năm tới …".
const PLAN_IN_SENTENCE =
  /phấn đấu|mục tiêu|dự kiến|(?<![\p{L}])sẽ(?![\p{L}])|phương hướng|(?:năm|thời gian|nhiệm kỳ) tới/iu;

// A plan in the same clause: "chỉ tiêu đề ra …", "kế hoạch năm 2024 là …", "đề ra …", "cần …", "phải đạt …".
const PLAN_IN_CLAUSE =
  /chỉ tiêu (?:đề ra|phấn đấu|kết nạp)|kế hoạch (?:đề ra|năm \d{4} là)|đề ra|(?<![\p{L}])cần(?![\p{L}])|phải (?:đạt|có)/iu;

/**
 * True when the words before `at` make what follows a plan or a target rather than a reported result
 * ("Đảng bộ khối phấn đấu trong nhiệm kỳ mới …; 20% chi bộ đạt hoàn thành nhiệm vụ"). "(đạt 120,8% chỉ tiêu năm);
 * xét chuyển đảng chính thức cho 132 đồng chí" is a result: a plan word must be a strong one, or stand in the
 * same clause.
 *
 * @example
 * isPlanned('Mục tiêu năm 2005 của Đảng bộ là kết nạp 14 đảng viên', 37) // true
 */
export function isPlanned(sentenceText: string, at: number): boolean {
  const before = sentenceText.slice(0, Math.max(0, at));
  if (PLAN_IN_SENTENCE.test(before)) return true;
  const clause = before.slice(before.lastIndexOf(';') + 1);
  return PLAN_IN_CLAUSE.test(clause);
}
