/** Patterns of the event extractor. */

// What may stand before the date that opens a meeting report: "Vừa qua (ngày ", "(LĐ online) - ", "LÂM ĐỒNG - ", "Sáng ",
// "Chiều ngày ", "Vào sáng ", "vào lúc ", "Ngày ", "Hôm nay (", "Trong 2 ngày ", a list bullet ("* ", "- ", "+ ") and a
// live tag ("Trực tiếp - ", "Cập nhật: ").
export const OPENER_PREFIX =
  /^(?:[*•+\-–] ?)?(?:(?:Trực tiếp|TRỰC TIẾP|Cập nhật|CẬP NHẬT|Tin mới|Video|Ảnh) ?[-–—:|] ?)?(?:\([^()]{1,40}\) ?[-–—:]? ?)?(?:[\p{Lu}. ]{2,30} ?[-–—] ?)?(?:(?:Vừa qua|Mới đây|Vừa rồi),? \(?)?(?:(?:Vào|vào|Trong|trong) (?:lúc )?(?:hai |2 |ba |3 )?(?:ngày )?)?(?:(?<part>[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối) (?:nay )?)?(?:(?:[Nn]gày|[Hh]ôm nay|[Hh]ôm qua) )?\(?(?:[Nn]gày )?$/u;

// An occasion or approval clause before the date of the main clause: "Chào mừng 93 năm Ngày thành lập Đảng, hôm nay
// (2-2), …", "Hướng tới Đại hội …, sáng 5/10, …", "Được sự đồng ý của Đảng ủy xã, vào lúc 8h ngày 20 tháng 2 năm 2023, …".
// Greedy up to the last comma before the date.
export const OCCASION_LEAD =
  /^(?:Chào mừng|Hướng tới|Hướng về|Nhân dịp|Nhân kỷ niệm|Thiết thực chào mừng|Thiết thực kỷ niệm|Được sự (?:đồng ý|phê chuẩn|chấp thuận|nhất trí|quan tâm))[^.;:!?]{3,200}, ?/u;

// A meeting held on a date written later in the sentence: "Hội nghị … được tổ chức vào sáng 28/12",
// "… diễn ra vào ngày 15/3", "… khai mạc chiều 2/8", "… sẽ diễn ra từ ngày 14/10/2020", "… tiến hành vào 2 ngày 19 và 20/5".
export const HELD_ON =
  /(?:tổ chức|diễn ra|khai mạc|bế mạc|họp|tiến hành)(?: vào| từ| trong)?(?: (?:hai|ba|2|3) ngày)?(?: (?:buổi )?(?<part>sáng|trưa|chiều|tối))?(?: ngày)? ?\(?$/u;

// A meeting named after "tại", then its date set off by commas, with no verb: "Phát biểu tại Hội nghị sơ kết … của
// Huyện ủy, ngày 12-7-2019, …", "Tại hội nghị tổng kết năm 2023 của Đảng ủy Khối, sáng 10/1, …". Nothing between the
// meeting and its date opens another clause (":", ";", quotes, "cách đây").
export const NAMED_THEN_DATED =
  /(?<![\p{L}])[Tt]ại (?:buổi )?(?<kind>[Hh]ội nghị|[Đđ]ại hội|[Hh]ội thảo|[Tt]ọa đàm|[Kk]ỳ họp|[Pp]hiên họp|[Cc]uộc họp|[Ll]ễ)(?<between>[^:;"“”]{0,120}), (?:vào )?$/u;

// A cited document before the date: "Kế hoạch số 45-KH/HU, ngày 5/3/2021", "Nghị quyết Hội nghị lần thứ tư, ngày …".
export const CITED_BEFORE =
  /(?<![\p{L}])(?:Nghị quyết|Chỉ thị|Kết luận|Quy định|Quyết định|Hướng dẫn|Kế hoạch|Thông báo|Công văn|số \d)/iu;

// A date that belongs to a session being prepared, not to the meeting reported: "họp … chuẩn bị Kỳ họp thứ 12, dự kiến
// khai mạc ngày 20/5".
export const PREPARING = /(?<![\p{L}])(?:chuẩn bị|dự kiến)(?![\p{L}])/iu;

// A press conference, a plenary debate or a festival day, not a meeting: "tổ chức họp báo", "buổi họp báo", "Quốc hội
// thảo luận", "tổ chức ngày hội … với các nội dung: … Hội thi hát" (a contest in its programme).
export const NOT_A_MEETING = /(?<![\p{L}])(?:họp báo|thảo luận tại hội trường|[Nn]gày hội)(?![\p{L}])/u;

// Part of the day before the date: "Sáng 2-8", "Chiều ngày 02/01", "tối 15/3", "Sáng nay (10-12)".
export const PART_OF_DAY = /(?<part>[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối)(?: nay)? \(?(?:ngày )?$/u;

// The kind of a meeting: "Hội nghị", "Đại hội" (not "Đại hội đồng"), "Hội thi", "Lễ kỷ niệm", "Lễ kết nạp", "buổi làm
// việc", "kỳ họp", "hội thảo" (not "Quốc hội thảo luận"); a meeting told by its verb: "tiến hành họp xét hồ sơ" (a
// "cuộc họp"; "họp" alone only before what the meeting does: "họp bàn", "họp xét", "họp phiên"), "tổ chức kết nạp
// đảng viên" (a "lễ kết nạp"). Not "lễ hội", "Tuần lễ", "đại lễ",
// nor a venue ("Trung tâm Hội nghị quốc tế").
export const MEETING_KIND =
  /(?<![\p{L}])(?:(?<kind>(?<![Tt]rung tâm )[Hh]ội nghị|[Đđ]ại hội(?! đồng)|[Hh]ội thi|[Hh]ội thảo(?! luận)|[Hh]ội diễn|[Tt]ọa đàm|[Bb]uổi làm việc|[Kk]ỳ họp|[Pp]hiên họp|[Cc]uộc họp|[Bb]uổi gặp mặt|[Gg]ặp mặt|[Ll]ễ kết nạp|(?<![Tt]uần |[Đđ]ại )[Ll]ễ(?! hội)|[Ll]ớp tập huấn|[Ll]ớp bồi dưỡng|[Bb]uổi sinh hoạt)|(?<meetingVerb>(?:tiến hành|tổ chức|đã|đang) họp(?! báo| mặt)|họp (?=bàn|xét|mở rộng|cho ý kiến|phiên|thường kỳ|định kỳ|thường niên|thống nhất|triển khai|đánh giá|nghe|thảo luận|kiểm điểm|lấy ý kiến))|(?<admissionVerb>tổ chức kết nạp))(?![\p{L}])/u;

// Activities reported of a meeting: "tổng kết", "sơ kết", "triển khai", "quán triệt", "học tập", "giao ban",
// "khai mạc", "bế mạc", "bầu", "kiểm điểm", "tập huấn", "kỷ niệm", "trao tặng", "lấy phiếu tín nhiệm".
export const ACTIVITY =
  /(?<![\p{L}])(?<activity>[Tt]ổng kết|[Ss]ơ kết|[Tt]riển khai|[Qq]uán triệt|[Hh]ọc tập|[Gg]iao ban|[Kk]hai mạc|[Bb]ế mạc|[Bb]ầu|[Kk]iểm điểm|[Tt]ập huấn|[Kk]ỷ niệm|[Tt]rao tặng|[Ll]ấy phiếu tín nhiệm)(?![\p{L}])/gu;

/**
 * Activities that make a sentence a meeting report even with no meeting word ("đã tổng kết công tác năm 2019"). Not
 * "khai mạc" or "bế mạc": fairs, tournaments and exhibitions open too.
 */
export const STRONG_ACTIVITIES = new Set(['tổng kết', 'sơ kết', 'giao ban', 'quán triệt']);

/**
 * The words without which a sentence reports no meeting, the extractor's cues: a meeting word of MEETING_KIND ("hội
 * nghị", "đại hội", "lễ", "cuộc họp", "tổ chức kết nạp" …) or a review that is a meeting by itself (STRONG_ACTIVITIES).
 * "lớp tập huấn", not "tập huấn": the activity alone makes no meeting. A meeting word may wrap onto the next line
 * ("tổ chức Hội⏎nghị"), so each space of a cue also stands for a line break.
 */
export const MEETING_CUES: readonly string[] = [
  'hội nghị',
  'đại hội',
  'hội thi',
  'hội thảo',
  'hội diễn',
  'tọa đàm',
  'buổi làm việc',
  'họp',
  'gặp mặt',
  'lễ',
  'lớp tập huấn',
  'lớp bồi dưỡng',
  'buổi sinh hoạt',
  'kết nạp',
  ...STRONG_ACTIVITIES,
].flatMap(wrapped);

/** A phrase as written on one line and wrapped at each of its spaces: "hội nghị" → also "hội⏎nghị". */
function wrapped(phrase: string): string[] {
  return phrase
    .split(' ')
    .reduce<string[]>(
      (heads, word, i) => (i === 0 ? [word] : heads.flatMap((h) => [`${h} ${word}`, `${h}\n${word}`])),
      [],
    );
}

// A document issued, not a meeting held: "ban hành Kế hoạch triển khai ...", "ký Quyết định ...".
export const ISSUING = /(?<![\p{L}])(?:ban hành|ký ban hành|đã ký|công bố quyết định)(?![\p{L}])/u;

// Where the organizer's name starts after the date: ", Ban Thường vụ ...", ", tại Hội trường ..., Đảng ủy ...".
export const ORGANIZER_LEAD = /^\)?,? ?(?:tại [^,]{1,80}, ?)?(?=[\p{Lu}])/u;

// A meeting word that names another meeting than the one the sentence reports: "chào mừng Đại hội X", "hướng tới Đại
// hội", "chuẩn bị cho kỳ họp", "thông báo kết quả hội nghị" (held before).
export const OTHER_MEETING_BEFORE = /(?:chào mừng|hướng tới|chuẩn bị(?: cho)?|kết quả(?: của)?) $/iu;

// The cost of a meeting, not a meeting reported: "bản quyết toán kinh phí tổ chức lễ đón nhận huân chương và gặp mặt …".
export const COST_BEFORE = /(?:kinh phí|chi phí|quyết toán|dự toán)(?: tổ chức)? $/iu;

// Attending a meeting to come: "Các thiết bị đoạt giải sẽ được chọn tham dự hội thi … cấp toàn quốc diễn ra từ ngày …".
export const TO_ATTEND = /(?<![\p{L}])sẽ(?: được)?(?: chọn| cử)?(?: tham dự| dự| tham gia)(?![\p{L}])/u;

// The date opening the sentence is a departure, not the meeting: "cử phái đoàn … sang dự lễ", "đã đến New York tham dự
// Hội nghị", "lên đường dự hội thi".
export const TRAVEL =
  /(?<![\p{L}])(?:lên đường|cử (?:một )?(?:phái )?đoàn|đã đến|đến thăm|sang Việt Nam|sang dự|tới dự)(?![\p{L}])/u;

// Words that make the head's year a goal or a bound, not the report's own time: "đến cuối năm 2007", "vào đầu năm
// 2008", "Đến năm 2004", "từ năm 1999".
export const GOAL_YEAR_BEFORE = /(?:đến|tới|trước|sau|vào|từ)\s+(?:(?:đầu|cuối|giữa)\s+)?$/iu;

// A year the head counts up to or aims at ("đến năm 2010", "tới cuối năm 2005"): not the report's own time.
export const TARGET_YEAR_BEFORE = /(?:đến|tới)\s+(?:(?:đầu|cuối|giữa)\s+)?$/iu;

// A review of N years of a law or programme whose year is not written: "tổng kết 1 năm thực hiện Luật Giao thông đường
// thủy nội địa" (the head's other years are then the time reviewed, not the meeting's).
export const UNDATED_PRACTICE =
  /(?:sơ kết|tổng kết)\s+\d{1,2}\s+năm\s+(?:thực hiện|triển khai|thi hành)(?![^.;\n]{0,200}?(?:19|20)\d\d)/iu;

// A meeting named with its own bare year: "Hội nghị cấp cao Á - Phi 2005", "Hội nghị doanh nghiệp Á - Phi 2005 đã khai
// mạc" (not "năm 2005", often the year reviewed, nor a term "khóa X", "nhiệm kỳ 2005-2010").
export const NAMED_YEAR =
  /^[^,.;:()"“”\n]{0,60}?(?<![Nn]ăm|[Kk]ỳ|[-–/] ?|\d) (?<year>(?:19|20)\d\d)(?![\d/.-]| ?[-–])/u;

// What makes a dated month a bound, a plan, a term or the end of a range, not a time the report tells of: "trước tháng
// 12/2010", "giai đoạn …", "nhiệm kỳ …", "từ 1-2005 -" (a date "tháng 7/2004" with none of these is a time of its own;
// "đến tháng 7/2004" is one too unless a goal is set in the sentence, see GOAL_IN_SENTENCE).
export const YEAR_NOT_REPORTED_BEFORE =
  /(?:(?:trước|sau|từ|giai đoạn|kế hoạch|dự kiến|mục tiêu|tầm nhìn|nhiệm kỳ|khóa|khoá|chiến lược)\s+(?:(?:đầu|cuối|giữa)\s+)?(?:năm\s+)?|\d\s?[-–]\s?)$/iu;

// An advertisement of a seminar to come, not a meeting reported: "sẽ diễn ra buổi hội thảo … Du học, học bổng",
// "sẽ có buổi hội thảo và phỏng vấn … dành cho quý vị phụ huynh", a phone number to call ("(04.7261938)").
export const FUTURE_BEFORE_KIND = /(?<![\p{L}])sẽ(?![\p{L}])/u;
export const ADVERTISING =
  /(?<![\p{L}])(?:du học|học bổng|tuyển sinh|quý vị|phụ huynh|ứng viên|đăng ký tham dự|miễn phí)(?![\p{L}])|\(0\d[\d. ]{6,}\)/iu;

// A goal set in the sentence, which makes "đến tháng 12/2010" a deadline: "sẽ", "phấn đấu", "dự kiến", "kế hoạch",
// "mục tiêu", "hoàn thành", "chậm nhất".
export const GOAL_IN_SENTENCE =
  /(?<![\p{L}])(?:sẽ|phấn đấu|dự kiến|kế hoạch|mục tiêu|hoàn thành|chậm nhất|phải)(?![\p{L}])/iu;

// A lunar new year written with its year, a time the report tells of: "Hội Báo Xuân Ất Dậu 2005", "Tết Bính Tuất 2006".
export const LUNAR_NEW_YEAR =
  /(?<![\p{L}])(?:Xuân|Tết)(?: [\p{Lu}][\p{Ll}]+ [\p{Lu}][\p{Ll}]+)? (?<year>(?:19|20)\d\d)(?![\d])/gu;

// A meeting on a programme or plan, to come: "Theo chương trình hoạt động năm 2006, cuộc hội thảo lần thứ hai … sẽ được
// tổ chức vào ngày 14.9" (not a meeting the report tells of).
export const PLANNED_MEETING =
  /(?<![\p{L}])[Tt]heo (?:chương trình|kế hoạch)(?![\p{L}])[^.;]{0,160}?(?<![\p{L}])(?:sẽ|dự kiến)(?![\p{L}])/u;

// "Ngày 14-15/4/2005 tới, … sẽ diễn ra …": a day still to come.
export const COMING_AFTER_DATE = /^\s*tới(?![\p{L}])/u;

// A seminar advertised to students and parents: "hội thảo giới thiệu chương trình học bổng du học", "Quý vị …".
export const STUDY_ABROAD_AD = /(?<![\p{L}])(?:du học|học bổng|quý vị)(?![\p{L}])/iu;

// A day of a congress or conference already under way, not a meeting of its own: "Đại hội tiếp tục làm việc",
// "đại biểu Đại hội làm việc tại đoàn", "bước vào ngày làm việc thứ hai".
export const CONTINUING =
  /(?<![\p{L}])(?:tiếp tục (?:làm việc|phiên)|làm việc tại (?:đoàn|tổ)|ngày làm việc thứ)(?![\p{L}])/u;

// A day that opens a span of months ("từ ngày 26-5 đến 12-8": a contest or campaign, not the day of a meeting).
export const SPAN_OF_MONTHS =
  /^\D{0,12}?\d{1,2}[-/.](?<first>\d{1,2})(?:[-/.](?:19|20)\d\d)?\s*(?:đến|tới)\s*(?:ngày\s*)?\d{1,2}[-/.](?<last>\d{1,2})(?!\d)/u;

// A quarter the text tells of, with its year: "trong quý I/2006 có 3.039 người …", "quý 2 năm 2005".
export const QUARTER_OF_YEAR = /(?<![\p{L}])quý\s+(?:IV|I{1,3}|[1-4])\s*(?:\/|năm)\s*(?<year>(?:19|20)\d\d)(?!\d)/giu;

// A meeting word right before a yearless day, read where core found no date: "cuộc họp diễn ra ngày 1/3".
export const OWN_DAY = /(?<![\p{L}])ngày (?=\d{1,2}[/.-]\d{1,2}(?![\d/.-]))/gu;

/** "tổ chức tổng kết …": a review held as a meeting. */
export const HELD_ACTIVITY_BEFORE = /(?<![\p{L}])(?:đã )?tổ chức $/u;
