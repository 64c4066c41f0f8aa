/** Units that count sessions: "56 cuộc", "01 lớp", "12 buổi", "3 đợt", "4 hội nghị". */
export const SESSION_UNITS = new Set(['cuộc', 'lớp', 'buổi', 'đợt', 'hội nghị', 'lớp học', 'phiên']);

/** Units that count attendants. */
export const ATTENDANT_UNITS = new Set([
  'đảng viên',
  'cán bộ, đảng viên',
  'cán bộ',
  'đồng chí',
  'người',
  'lượt người',
  'lượt',
  'lượt đảng viên',
  'đoàn viên',
  'hội viên',
  'học viên',
  'đại biểu',
  'quần chúng',
  'quần chúng ưu tú',
  'lượt cán bộ, đảng viên',
]);

/** Attendants that are party people: without a session count, only these make a study record. */
export const PARTY_ATTENDANTS = new Set([
  'đảng viên',
  'cán bộ, đảng viên',
  'cán bộ',
  'đồng chí',
  'lượt đảng viên',
  'học viên',
  'quần chúng ưu tú',
  'lượt cán bộ, đảng viên',
]);

// A study or training context: "học tập, quán triệt", "sinh hoạt chính trị", "bồi dưỡng", "tập huấn", "lớp".
export const STUDY_CONTEXT =
  /học tập|quán triệt|sinh hoạt chính trị|sinh hoạt chuyên đề|bồi dưỡng|tập huấn|lớp|chuyên đề|nghị quyết|chỉ thị|nghiên cứu/iu;

// After the attendants: "dự", "tham dự", "tham gia", "tham gia học tập", or ", đạt 99,07%".
// A short noun phrase may come first: "4.215/4.390 lượt cán bộ, đảng viên tham dự".
export const ATTENDED_AFTER =
  /^[\s,\p{L}]{0,30}?(?:(?:đã\s+)?(?:tham dự|dự|tham gia|học tập|được học tập))(?![\p{L}])/iu;

// Sessions held for people: "4 lớp bồi dưỡng kết nạp đảng cho 312 quần chúng ưu tú".
export const SESSIONS_FOR = /^[^.;\d]{0,80}?\scho\s+$/iu;

// The rate of attendance: ", đạt 99,07%", "(đạt 98%)".
export const RATE_AFTER = /^[^.;%]{0,80}?(?:đạt|bằng|chiếm)(?:\s+tỷ lệ)?\s+$/iu;

// The topic in quotes: “Học tập và làm theo tư tưởng…”.
export const QUOTED_TOPIC = /[“"](?<topic>[^”"]{8,300})[”"]/u;
