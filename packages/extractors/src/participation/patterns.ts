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
  'lượt cán bộ',
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
  'lượt cán bộ',
]);

// A study or training context: "học tập, quán triệt", "sinh hoạt chính trị", "bồi dưỡng", "tập huấn", "lớp".
export const STUDY_CUES = [
  'học tập',
  'quán triệt',
  'sinh hoạt chính trị',
  'sinh hoạt chuyên đề',
  'bồi dưỡng',
  'tập huấn',
  'lớp',
  'chuyên đề',
  'nghị quyết',
  'chỉ thị',
  'nghiên cứu',
];

// After the attendants: "dự", "tham dự", "tham gia học tập", "tham gia đầy đủ", or ", đạt 99,07%".
// A short noun phrase may come first: "4.215/4.390 lượt cán bộ, đảng viên tham dự". Not "tham gia công tác giảm
// nghèo" (taking part in work) nor "học viên theo học tập trung" (enrolled in a course).
export const ATTENDED_AFTER =
  /^(?:(?!theo\s)[\s,\p{L}]){0,30}?(?:(?:đã\s+)?(?:tham dự|dự|tham gia(?=\s*(?:học|lớp|hội nghị|buổi|sinh hoạt|đầy đủ|[,.;)]|$))|học tập|được học tập))(?![\p{L}])/iu;

// Sessions held for or with people: "4 lớp bồi dưỡng kết nạp đảng cho 312 quần chúng ưu tú", "03 đợt học tập, quán
// triệt … với 8.255 lượt cán bộ, đảng viên", "2 hội nghị với gần 540 đại biểu", "5 lớp có 165 học viên".
export const SESSIONS_FOR = /^[^.;\d]{0,80}?\s(?:cho|với|có)\s+(?:(?:gần|hơn|trên|khoảng)\s+)?$/iu;

// Study held for people without a session count, in the same clause: "quán triệt chủ trương của Đảng … cho gần 400
// lượt cán bộ", "mở lớp bồi dưỡng lý luận chính trị cho 90 đảng viên mới", "mở lớp nhận thức về Đảng cho 144 quần chúng".
export const STUDY_FOR =
  /(?:quán triệt|học tập|bồi dưỡng|tập huấn|mở lớp|thông tin thời sự|sinh hoạt chính trị)[^.;\d]{0,100}?\scho\s+(?:(?:gần|hơn|trên|khoảng)\s+)?$/iu;

// What makes a study the Party's (a farming course or a vocational class is not): "quán triệt", "nghị quyết",
// "lý luận chính trị", "nhận thức về Đảng", "chủ trương của Đảng", "cho 90 đảng viên".
export const PARTY_STUDY =
  /quán triệt|nghị quyết|chỉ thị|lý luận chính trị|LLCT|chính trị|Đảng|đảng viên|tư tưởng Hồ Chí Minh/u;

// A plan, not attendance: "phấn đấu đến năm 2026 bồi dưỡng … cho 300 đảng viên", "chỉ tiêu", "dự kiến", "sẽ".
export const PLANNED = /phấn đấu|(?:đến|tới) năm \d{4}|chỉ tiêu|dự kiến|mục tiêu|(?<![\p{L}])sẽ(?![\p{L}])/iu;

// The rate of attendance: ", đạt 99,07%", "(đạt 98%)".
export const RATE_AFTER = /^[^.;%]{0,80}?(?:đạt|bằng|chiếm)(?:\s+tỷ lệ)?\s+$/iu;

// The topic in quotes: “Học tập và làm theo tư tưởng…”.
export const QUOTED_TOPIC = /[“"](?<topic>[^”"]{8,300})[”"]/u;

// A course that takes students in, before the people: "chiêu sinh 3 lớp trung cấp lý luận chính trị với 240 học viên",
// "tuyển sinh", "khai giảng lớp … cho 65 đảng viên", "nhập học", "ghi danh", "bế giảng", "tốt nghiệp".
export const ENROLMENT = /chiêu sinh|tuyển sinh|khai giảng|nhập học|ghi danh|bế giảng|tốt nghiệp|trúng tuyển/iu;

// … or after them: "150 học viên theo học", "học viên đang theo học", "đăng ký học".
export const ENROLLED_AFTER =
  /^\s*(?:\p{L}+\s+){0,3}?(?:đang\s+)?(?:theo học|đăng ký học|nhập học|tốt nghiệp)(?![\p{L}])/iu;
