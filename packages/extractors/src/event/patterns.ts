/** Patterns of the event extractor. */

// What may stand before the date that opens a meeting report: "Vừa qua (ngày ", "(LĐ online) - ", "LÂM ĐỒNG - ", "Sáng ",
// "Chiều ngày ", "Vào sáng ", "Ngày ", "Hôm nay (", "Trong 2 ngày ".
export const OPENER_PREFIX =
  /^(?:\([^()]{1,40}\) ?[-–—:]? ?)?(?:[\p{Lu}. ]{2,30} ?[-–—] ?)?(?:(?:Vừa qua|Mới đây|Vừa rồi),? \(?)?(?:(?:Vào|vào|Trong|trong) (?:hai |2 |ba |3 )?(?:ngày )?)?(?:(?<part>[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối) (?:nay )?)?(?:(?:[Nn]gày|[Hh]ôm nay|[Hh]ôm qua) )?\(?(?:[Nn]gày )?$/u;

// A meeting held on a date written later in the sentence: "Hội nghị … được tổ chức vào sáng 28/12",
// "… diễn ra vào ngày 15/3", "… khai mạc chiều 2/8".
export const HELD_ON =
  /(?:tổ chức|diễn ra|khai mạc|bế mạc|họp)(?: vào)?(?: (?:buổi )?(?<part>sáng|trưa|chiều|tối))?(?: ngày)? ?\(?$/u;

// A day and month at a given offset (used when core found no date there): "14-1", "02/01", "2-8", "16/1/2020",
// "ngày 14 tháng 1 năm 2020".
export const DAY_MONTH =
  /(?<day>\d{1,2})(?:(?<sep>[/.-])(?<month>\d{1,2})(?:\k<sep>(?<year>(?:19|20)\d\d))?|(?: tháng (?<monthW>\d{1,2})(?: năm (?<yearW>(?:19|20)\d\d))?))(?![\d/.-]\d)/uy;

// Part of the day before the date: "Sáng 2-8", "Chiều ngày 02/01", "tối 15/3", "Sáng nay (10-12)".
export const PART_OF_DAY = /(?<part>[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối)(?: nay)? \(?(?:ngày )?$/u;

// The kind of a meeting: "Hội nghị", "Đại hội", "Hội thi", "Lễ kỷ niệm", "buổi làm việc", "kỳ họp", "hội thảo".
export const MEETING_KIND =
  /(?<![\p{L}])(?<kind>[Hh]ội nghị|[Đđ]ại hội|[Hh]ội thi|[Hh]ội thảo|[Hh]ội diễn|[Tt]ọa đàm|[Bb]uổi làm việc|[Kk]ỳ họp|[Pp]hiên họp|[Cc]uộc họp|[Bb]uổi gặp mặt|[Gg]ặp mặt|[Ll]ễ|[Ll]ớp tập huấn|[Ll]ớp bồi dưỡng|[Bb]uổi sinh hoạt)(?![\p{L}])/u;

// Activities reported of a meeting: "tổng kết", "sơ kết", "triển khai", "quán triệt", "học tập", "giao ban",
// "khai mạc", "bế mạc", "bầu", "kiểm điểm", "tập huấn", "kỷ niệm", "trao tặng", "lấy phiếu tín nhiệm".
export const ACTIVITY =
  /(?<![\p{L}])(?<activity>[Tt]ổng kết|[Ss]ơ kết|[Tt]riển khai|[Qq]uán triệt|[Hh]ọc tập|[Gg]iao ban|[Kk]hai mạc|[Bb]ế mạc|[Bb]ầu|[Kk]iểm điểm|[Tt]ập huấn|[Kk]ỷ niệm|[Tt]rao tặng|[Ll]ấy phiếu tín nhiệm)(?![\p{L}])/gu;

/** Activities that make a sentence a meeting report even with no meeting word ("đã tổng kết công tác năm 2019"). */
export const STRONG_ACTIVITIES = new Set(['tổng kết', 'sơ kết', 'giao ban', 'khai mạc', 'bế mạc', 'quán triệt']);

// A document issued, not a meeting held: "ban hành Kế hoạch triển khai ...", "ký Quyết định ...".
export const ISSUING = /(?<![\p{L}])(?:ban hành|ký ban hành|đã ký|công bố quyết định)(?![\p{L}])/u;

// Where the organizer's name starts after the date: ", Ban Thường vụ ...", ", tại Hội trường ..., Đảng ủy ...".
export const ORGANIZER_LEAD = /^\)?,? ?(?:tại [^,]{1,80}, ?)?(?=[\p{Lu}])/u;
