/**
 * Reading the name of a party or state unit that follows a title or a preposition
 * ("Bí thư |Đảng ủy Khối các cơ quan tỉnh| phát biểu", "của |Ban Thường vụ Tỉnh ủy| về ...").
 * Shared by the official, event and reference extractors. It reads a name from a given offset on, any unit
 * ("Bộ Chính trị", "Sở Văn hóa, Thể thao và Du lịch", "UBND TP.HCM"); core's `findOrganizations` finds the
 * party units a text names by their head ("Đảng bộ huyện Thới Lai") and serves `organizationBefore`
 * (./organization.ts). The text is normalized (core's `normalize` already folds the old tone placement).
 */

// Two-word units whose second word is lowercase even inside a capitalized name: "Bộ Chính trị",
// "Ban Chấp hành Trung ương", "Ban Thường vụ Tỉnh ủy", "Cơ quan-Doanh nghiệp", "Ủy ban nhân dân".
const COMPOUNDS = new Set([
  'hội nghị',
  'đại hội',
  'chính trị',
  'bí thư',
  'chấp hành',
  'trung ương',
  'thường vụ',
  'thường trực',
  'chính phủ',
  'quốc hội',
  'tỉnh ủy',
  'huyện ủy',
  'thành ủy',
  'quận ủy',
  'thị ủy',
  'đảng ủy',
  'đảng bộ',
  'chi bộ',
  'kiểm tra',
  'tuyên giáo',
  'tổ chức',
  'dân vận',
  'nội chính',
  'cơ quan',
  'doanh nghiệp',
  'nhân dân',
  'mặt trận',
  'tổ quốc',
  'quân sự',
  'biên phòng',
  'công an',
  'thành phố',
  'thị xã',
  'thị trấn',
  'cơ sở',
  'văn phòng',
  'dân tộc',
  'tôn giáo',
  'tài chính',
  'kế hoạch',
  'đầu tư',
  'giáo dục',
  'đào tạo',
  'y tế',
  'nội vụ',
  'tư pháp',
  'ủy ban',
  'hội đồng',
  'chỉ đạo',
  'thanh niên',
  'phụ nữ',
  'nông dân',
  'cựu chiến',
  'chiến binh',
  'lao động',
  'thương binh',
  'xã hội',
  'tài nguyên',
  'môi trường',
  'giao thông',
  'vận tải',
  'xây dựng',
  'công thương',
  'văn hóa',
  'thể thao',
  'du lịch',
  'khoa học',
  'công nghệ',
  'thông tin',
  'truyền thông',
  'ngoại vụ',
  'nông nghiệp',
  'phát triển',
  'nông thôn',
  'thanh tra',
  'kho bạc',
  'ngân hàng',
  'bảo hiểm',
  'kiểm sát',
  'tòa án',
  'viện kiểm',
  'kinh tế',
  'chính sách',
  'đại học',
  'quân khu',
  'bộ đội',
  'liên hiệp',
  'liên đoàn',
  'công đoàn',
  'khuyến học',
  'chữ thập',
  'thập đỏ',
  'cộng sản',
  'hồ chí',
  'chí minh',
  'tiền phong',
  'ban chỉ',
  'chỉ huy',
  'thủ tướng',
  'bộ trưởng',
  'giám đốc',
  'chủ tịch',
  'chủ nhiệm',
  'tổng cục',
  'cảnh sát',
  'phòng cháy',
  'biên tập',
  'tổng hợp',
  'phát thanh',
  'truyền hình',
  // "ĐH Quốc gia", "Trung tâm Y tế", "Học viện Chính trị", "Ban cán sự đảng", "Đảng đoàn Hội Nông dân",
  // "Ban Quản lý", "Công ty cổ phần", "Khoa Dự bị Đại học", "Bệnh viện Đa khoa", "Trường Mầm non".
  'quốc gia',
  'trung tâm',
  'học viện',
  'ban cán',
  'cán sự',
  'sự đảng',
  'đảng đoàn',
  'ban quản',
  'quản lý',
  'công ty',
  'cổ phần',
  'bệnh viện',
  'đa khoa',
  'dự bị',
  'mầm non',
  'tiểu học',
  'trung học',
  'phổ thông',
  'hành chính',
  'cán bộ',
  'thi đua',
  'khen thưởng',
  'đối ngoại',
  'ngoại giao',
  'thương mại',
  'dịch vụ',
  'xuất khẩu',
  'nhập khẩu',
  'hàng không',
  'quốc phòng',
  'an ninh',
  'lịch sử',
  'sư phạm',
  'nhà nước',
  'kiểm toán',
  'thống kê',
  'hải quan',
  'kiểm lâm',
  'thủy lợi',
  'thủy sản',
  'điện lực',
  'hợp tác',
  'tác xã',
  'đoàn thể',
  'nhà trường',
  'tổng công',
  'tổng liên',
  'viễn thông',
]);

// The lowercase departments after "Ban" ("Ban tổ chức Tỉnh ủy", "Phó ban tuyên giáo", "Trưởng ban dân vận").
const DEPARTMENTS = new Set([
  'tổ chức',
  'tuyên giáo',
  'dân vận',
  'kiểm tra',
  'nội chính',
  'chỉ đạo',
  'quản lý',
  'thường vụ',
  'chấp hành',
  'kinh tế',
  'đối ngoại',
  'bảo vệ',
  'thi đua',
  'pháp chế',
  'văn hóa',
  'dân tộc',
  'tôn giáo',
  'tuyên huấn',
  'đại diện',
]);

// Lowercase words that may stand inside a unit's name: "các cơ quan tỉnh", "Đảng ủy Khối và Doanh nghiệp", "Chi bộ thôn 5".
const INNER_WORDS = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'các', 'và', 'khối', 'thôn', 'ấp', 'bản']);

// Lowercase two-word phrases that may open a stretch of a unit's name: "các cơ quan", "doanh nghiệp tỉnh".
const LOWER_PHRASES = new Set([
  'cơ quan',
  'doanh nghiệp',
  'thành phố',
  'thị xã',
  'thị trấn',
  'nhân dân',
  'chi bộ',
  'đảng bộ',
  'đảng ủy',
  'cơ sở',
  'ủy ban',
  'mặt trận',
  'hội đồng',
  'nông thôn',
  'khu vực',
]);

// A comma that stays inside a unit's name: "Sở Văn hóa, Thể thao và Du lịch".
const COMMA_IN_NAME = /, Thể thao và Du lịch(?![\p{L}])/uy;

// Words that cannot end a unit's name: "Đảng ủy Khối và" → "Đảng ủy Khối".
const WEAK_TAIL = new Set(['và', 'các']);

// One word of a name: letters (with a trailing dot for "TP."), digits for "Khối 1", or a hyphenated pair.
const WORD = /(?<word>[\p{L}\p{N}]+\.?)/uy;

interface Word {
  start: number;
  end: number;
  text: string;
}

const isCapital = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);

// A spaced dash inside a name, between capitalized words: "Khối Dân - Chính - Đảng", "Khoa Mác - Lênin",
// "Sở Giáo dục – Đào tạo" (what follows is checked by `joinsName`).
const NAME_DASH = / [-–] (?=\p{Lu})/uy;

// After a dash, what opens a new clause rather than going on with the name: a title ("- Phó Bí thư", "– Giám
// đốc") or a person ("- Nguyễn Văn A").
const NOT_AFTER_DASH =
  /(?:Phó|Bí thư|Chủ tịch|Giám đốc|Trưởng|Ủy viên|Tỉnh ủy viên|Huyện ủy viên|Chánh|Tổng|Thủ tướng|Bộ trưởng|Thứ trưởng|Đại biểu|Nguyên|Hiệu trưởng|Chỉ huy|Chính ủy|Tư lệnh|Cục trưởng|Vụ trưởng|Viện trưởng|Chuyên viên|Giảng viên|Trợ lý|Thư ký|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Thiếu tướng|Trung tướng|Ảnh|Báo|Nguồn|Theo|TTXVN|(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Lâm|Mai|Đoàn|Lưu|Hà|Cao|Lương|Tô|Triệu|Phùng|Đào|Chu|Nông|Kiều|Thái|Tạ|Châu|Quách|Lại|Lò|Vi|Giàng) \p{Lu})/uy;

/**
 * Reads the words of a unit's name from `from` on: capitalized words, the lowercase halves of known
 * compounds ("Bộ Chính trị"), and a few lowercase inner words ("các cơ quan tỉnh"). Stops at punctuation
 * other than a hyphen inside "Cơ quan-Doanh nghiệp", at a verb or any other lowercase word.
 *
 * @param stop a sticky pattern for words that open something else ("và Hướng dẫn ..." after an issuer)
 * @param keepCutDash keep one capitalized word after a dash even when a lowercase word follows ("Sở Giao thông -
 *   Công| chánh"), for a caller that mends the cut (`readWholeUnitName`)
 * @returns the offset where the name ends (equal to `from` when there is none)
 * @example
 * readUnitName('Bí thư Đảng ủy Khối các cơ quan tỉnh phát biểu', 7) // 36 (end of "tỉnh")
 */
export function readUnitName(text: string, from: number, maxWords = 14, stop?: RegExp, keepCutDash = false): number {
  const words: Word[] = [];
  let pos = from;
  let prev: Word | null = null;
  // Where the words after the last spaced dash start ("Khối Dân - |Chính - |Đảng"), or -1.
  let dashAt = -1;
  while (words.length < maxWords) {
    let at = pos;
    let lowerAfterDash = false;
    COMMA_IN_NAME.lastIndex = at;
    if (prev?.text === 'hóa' && COMMA_IN_NAME.test(text)) {
      const end = COMMA_IN_NAME.lastIndex;
      const last: Word = { start: end - 'lịch'.length, end, text: 'lịch' };
      words.push(last);
      prev = last;
      pos = end;
      continue;
    }
    if (prev?.text.endsWith('.') && /[\p{Lu}\p{N}]/u.test(text.charAt(at))) {
      // "TP.HCM", "P.27": an abbreviation's dot joins the next word.
    } else if (prev) {
      const sep = text.charAt(at);
      NAME_DASH.lastIndex = at;
      lowerAfterDash = sep === ' ' && lowerCompoundAfterDash(text, at);
      if (lowerAfterDash) at += 3;
      else if (sep === ' ' && NAME_DASH.test(text)) {
        NOT_AFTER_DASH.lastIndex = at + 3;
        if (NOT_AFTER_DASH.test(text)) break;
        at += 3;
        dashAt = words.length;
      } else if (sep !== ' ' && sep !== '-') break;
      else at += 1;
    }
    if (stop && prev) {
      stop.lastIndex = at;
      if (stop.test(text)) break;
    }
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    if (!m?.groups) break;
    let w = m.groups.word ?? '';
    // "Ban Tổ chức Trung ương107. Ksor Phước": a list's number glued to the last word ends the name there.
    const glued = /^(\p{Lu}?\p{Ll}+)\p{N}+\.?$/u.exec(w)?.[1];
    if (glued) w = glued;
    const bare = w.replace(/\.$/, '');
    const lower = bare.toLowerCase();
    const next = nextWord(text, at + w.length);
    let take = 0;
    if (lowerAfterDash && next) take = 2;
    else if (isCapital(w)) take = 1;
    else if (prev && COMPOUNDS.has(`${prev.text.replace(/\.$/, '').toLowerCase()} ${lower}`)) take = 1;
    else if (next && LOWER_PHRASES.has(`${lower} ${next.text.toLowerCase()}`)) take = 2;
    else if (next && DEPARTMENTS.has(`${lower} ${next.text.toLowerCase()}`) && afterBan(text, at)) take = 2;
    else if (INNER_WORDS.has(lower)) take = 1;
    if (!take) break;
    // A dot belongs to a short abbreviation followed by more ("TP. Hồ Chí Minh"); else it ends the sentence.
    const keepDot =
      w.endsWith('.') &&
      bare.length <= 3 &&
      bare === bare.toUpperCase() &&
      /[ \p{Lu}\p{N}]/u.test(text.charAt(at + w.length));
    const end = w.endsWith('.') && !keepDot ? at + bare.length : at + w.length;
    const first: Word = { start: at, end, text: text.slice(at, end) };
    words.push(first);
    prev = first;
    pos = end;
    if (take === 2 && next) {
      words.push(next);
      prev = next;
      pos = next.end;
    }
    if (end < at + w.length || glued) break;
  }
  // "Sở Giao thông - Công| chánh": one capitalized word after a dash, then a lowercase word that is no verb, is
  // a name cut in two; the dash and what follows go.
  if (!keepCutDash && dashAt >= 0 && dashAt === words.length - 1) {
    const after = /^ (\p{Ll}+)/u.exec(text.slice(words[dashAt]!.end, words[dashAt]!.end + 20))?.[1];
    if (after && !NOT_A_NAME_END.test(after)) words.length = dashAt;
  }
  while (words.length && WEAK_TAIL.has(words[words.length - 1]!.text.toLowerCase())) words.pop();
  return words.length ? words[words.length - 1]!.end : from;
}

// Pairs that a unit's name written half in lowercase is often cut inside: "Công ty Cấp| nước ...", "Chi cục
// Phòng| chống tệ nạn xã hội ...", "Vụ Đất| đai" (with the compounds above).
const CUT_PAIRS = new Set([
  'cấp nước',
  'phòng chống',
  'đất đai',
  'điều độ',
  'bảo trợ',
  'cứu hộ',
  'cứu nạn',
  'vệ sinh',
  'ngân sách',
  'dân số',
  'viễn thông',
  // "Phòng Đăng| ký kinh doanh", "Chi cục Thú| y", "Trung tâm Khí| tượng thủy văn", "Cục Khảo| thí".
  'đăng ký',
  'thú y',
  'khí tượng',
  'khảo thí',
  'xuất khẩu',
  'nhập khẩu',
  'thương mại',
  'dịch vụ',
  'khai thác',
  'kinh doanh',
  'kỹ thuật',
  'lương thực',
  'thực phẩm',
  'kiến trúc',
  'đoàn thanh',
  'quan sát',
  'khảo sát',
  'dịch tễ',
  'lữ hành',
  'nạn nhân',
  'cây xanh',
  'bán công',
  'dân lập',
]);

/**
 * True when a unit's name ends with a capitalized word that opens a known pair with the lowercase word after
 * it ("Công ty Cấp| nước Hà Đông", "Chi cục Phòng| chống tệ nạn"): the name is cut and its rest is lowercase.
 */
export function endsInsidePair(text: string, unitEnd: number): boolean {
  const start = lastWordStart(text, unitEnd);
  if (!/\p{Lu}/u.test(text.charAt(start))) return false;
  const next = nextWord(text, unitEnd);
  if (!next || !/^\p{Ll}/u.test(next.text)) return false;
  const pair = `${text.slice(start, unitEnd).toLowerCase()} ${next.text}`;
  return COMPOUNDS.has(pair) || CUT_PAIRS.has(pair);
}

// A spaced dash before a lowercase pair: "Bộ Giáo dục - đào tạo", "Bộ Bưu chính - viễn thông".
const LOWER_DASH = / [-–] (?<first>\p{Ll}+) (?<second>\p{Ll}+)/uy;

/** True when " - " and a known lowercase pair ("đào tạo", "viễn thông", "xã hội") go on with a unit at `at`. */
function lowerCompoundAfterDash(text: string, at: number): boolean {
  LOWER_DASH.lastIndex = at;
  const m = LOWER_DASH.exec(text);
  return !!m?.groups && COMPOUNDS.has(`${m.groups.first} ${m.groups.second}`);
}

/** True when "ban " / "Ban " stands right before `at`. */
function afterBan(text: string, at: number): boolean {
  return text.slice(Math.max(0, at - 4), at).toLowerCase() === 'ban ';
}

// A lowercase word that cannot finish a unit's name cut at a capitalized word: a reporting verb or function word.
const NOT_A_NAME_END =
  /^(?:cho|nói|phát|khẳng|nhấn|chia|đã|đang|sẽ|được|bị|là|cùng|với|và|trao|tặng|dự|chủ|chỉ|đề|yêu|thông|báo|trình|kết|trả|giải|nhận|đánh|vừa|cũng|khi|thì|mà|đến|về|tham|lưu|ký|khai|bế|hướng|tiếp|kiểm|có|không|chưa|rất|như|trong|tại|này|đó|ông|bà|anh|chị|của|ở|từ|năm|ngày|sáng|chiều|tối|hôm|lúc)$/u;

/**
 * A unit's name as `readUnitName` reads it, mended when it is cut inside a phrase at a capitalized word: "Bộ
 * Ngoại| giao," → "Bộ Ngoại giao", "Công ty Dã| ngoại Hoa Sen" → "Công ty Dã ngoại Hoa Sen", "Bệnh viện Phụ| sản
 * Trung ương", "Khoa Tâm| lý-Giáo dục". The lowercase word is taken when punctuation, a hyphen or a capitalized word
 * (not a family name) follows it.
 */
export function readWholeUnitName(text: string, from: number, maxWords = 14, surnames?: ReadonlySet<string>): number {
  const end = readUnitName(text, from, maxWords, undefined, true);
  if (end === from || !/\p{Lu}/u.test(text.charAt(lastWordStart(text, end)))) return end;
  const tail = /^ (?<word>\p{Ll}+)(?<after>[,;:.)(]|$| [-–] |-(?<joined>\p{Lu})| (?<capital>\p{Lu}\p{Ll}*))/u.exec(
    text.slice(end, end + 40),
  );
  const word = tail?.groups?.word;
  if (!tail?.groups || !word || NOT_A_NAME_END.test(word)) return end;
  const mended = end + 1 + word.length;
  // "Khoa Tâm| lý-Giáo dục": the name goes on after the hyphen.
  if (tail.groups.joined) return Math.max(mended, readUnitName(text, mended + 1, maxWords));
  const capital = tail.groups.capital;
  if (!capital) return mended;
  if (surnames?.has(capital)) return end;
  const more = readUnitName(text, mended + 1, maxWords);
  return more > mended + 1 ? more : end;
}

/** Where the letters (and digits) of the word ending at `end` start. */
export function lastWordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}]/u.test(text.charAt(i - 1))) i--;
  return i;
}

/** The lowercase-or-not word after one space at `at`, if any. */
function nextWord(text: string, at: number): Word | null {
  if (text.charAt(at) !== ' ') return null;
  WORD.lastIndex = at + 1;
  const m = WORD.exec(text);
  if (!m?.groups) return null;
  const w = (m.groups.word ?? '').replace(/\.$/, '');
  return { start: at + 1, end: at + 1 + w.length, text: w };
}
