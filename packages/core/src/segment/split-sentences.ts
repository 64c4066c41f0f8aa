/**
 * Sentence segmentation for Vietnamese Party and state news reports.
 *
 * The splitter works in two linear passes:
 *  1. lines are grouped into blocks: a blank line always ends a block, a single "\n" ends it
 *     too unless the line was wrapped mid-sentence (no terminal punctuation at its end and the
 *     next line starts with a lowercase letter, e.g. "xếp loại “Hoàn thành nhiệm\nvụ”");
 *  2. each block is cut after terminal punctuation (". ", "! ", "? ", "… ", "... ") that is
 *     followed by an uppercase letter, a digit or an opening quote/bracket, except after
 *     titles and abbreviations ("TP. Hồ Chí Minh", "PGS.TS. Nguyễn"), personal initials
 *     ("Nguyễn V. An") and list markers at line start ("1. Tổng kết", "II. Nhiệm vụ").
 *
 * Every loop advances monotonically and every look-back is bounded, so the work is linear
 * in the input length even for pathological input (a megabyte of dots or parentheses).
 */

export interface SentenceSpan {
  /** Offset of the first character (whitespace trimmed). */
  start: number;
  /** Offset just past the last character. */
  end: number;
  text: string;
}

/** Khoảng trắng (kể cả NBSP còn sót) quanh "Nguồn: Baolangson.vn" và giữa các câu. */
const WHITESPACE_RE = /^\s$/u;
/** Chữ hoa mở đầu câu: "Tổng", "Ảnh", "Đảng", "Ủy". */
const UPPERCASE_RE = /^\p{Lu}$/u;
/** Chữ thường mở đầu dòng bị ngắt giữa câu: "vụ”, trong đó", "cho 19 TCCSĐ". */
const LOWERCASE_RE = /^\p{Ll}$/u;
/** Chữ số mở đầu câu: "2. Phấn đấu", "93% TCCSĐ". */
const DIGIT_RE = /^\p{Nd}$/u;
/** Có ít nhất một chữ hoặc số; loại các mảnh chỉ có dấu như "." hay ",". */
const HAS_WORD_CHAR_RE = /[\p{L}\p{N}]/u;
/** Số La Mã: "XII" trong "khóa XII.", "VIII" trong "lần thứ VIII.". */
const ROMAN_NUMERAL_RE = /^[IVXLCDM]+$/;
/** Mục đánh số đầu dòng: "1." "12." "II." "a." trong "1. Tổng kết công tác". */
const LIST_MARKER_RE = /^(?:\d{1,3}|[IVXLCDM]{1,6}|\p{L})$/u;
/** Từ chỉ thứ tự đứng trước số La Mã một chữ: "lần thứ X.", "khóa V.", "Phần I.". */
const ORDINAL_WORD_RE = /^(?:thứ|khóa|khoá|lần|phần|chương|mục|kỳ|đợt)$/iu;

/** Sentence-ending punctuation that starts a cut: "hội nghị.", "sao?", "vững mạnh!", "v.v…". */
const TERMINAL_CHARS = new Set(['.', '!', '?', '…']);
/** Closing quotes/brackets that stay with the sentence they close: "vững mạnh.” Tiếp". */
const CLOSING_CHARS = new Set(['”', '’', '"', '»', "'"]);
/** Characters that may open a new sentence besides letters and digits: "“Dân vận khéo”", "(2)". */
const OPENING_CHARS = new Set(['“', '"', '‘', '«', '(', '[', "'"]);
/** Punctuation that ends a line as a complete unit (the next line is a new sentence). */
const LINE_TERMINAL_CHARS = new Set(['.', '!', '?', ':', ';', '”', '"', '…', '’', '»']);

/**
 * Tokens that end with a period but do not end a sentence: titles and place prefixes
 * ("TP. Hồ Chí Minh", "PGS.TS. Nguyễn Văn A", "ThS. Lê", "Tr. 5"). Matched against the
 * last dot-separated component of the token before the period.
 */
const NON_TERMINAL_ABBREVIATIONS = new Set([
  'TP',
  'Tp',
  'tp',
  'TX',
  'Tx',
  'Tr',
  'tr',
  'TS',
  'ThS',
  'Ths',
  'PGS',
  'GS',
  'BS',
  'KS',
  'NGƯT',
  'NSƯT',
  'NGND',
  'NSND',
  'Đ/c',
  'đ/c',
  'St',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
]);

/** Longest token looked at before a period (keeps the look-back bounded). */
const MAX_TOKEN_LOOKBACK = 48;
/** Longest run of indentation looked at when deciding whether a token starts its line. */
const MAX_INDENT_LOOKBACK = 32;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && WHITESPACE_RE.test(ch);
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPERCASE_RE.test(ch);
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && LOWERCASE_RE.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && DIGIT_RE.test(ch);
}

/** Pushes `text.slice(start, end)` trimmed, unless it has no letter or digit. */
function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (s >= e) return;
  const piece = text.slice(s, e);
  if (!HAS_WORD_CHAR_RE.test(piece)) return;
  out.push({ start: s, end: e, text: piece });
}

/** Strips leading opening quotes and brackets: "(TP" → "TP", "“PGS.TS" → "PGS.TS". */
function stripOpeners(token: string): string {
  let i = 0;
  while (i < token.length && OPENING_CHARS.has(token[i] as string)) i++;
  return token.slice(i);
}

/** True when only indentation separates `pos` from the start of its line (or block). */
function startsLine(text: string, pos: number, blockStart: number): boolean {
  let p = pos - 1;
  const limit = Math.max(blockStart, pos - MAX_INDENT_LOOKBACK) - 1;
  while (p > limit && text[p] !== '\n' && isSpace(text[p])) p--;
  return p < blockStart || text[p] === '\n';
}

/** The word just before `end` (exclusive), without a trailing space; bounded look-back. */
function previousWord(text: string, end: number, blockStart: number): string {
  let e = end;
  while (e > blockStart && isSpace(text[e - 1])) e--;
  let s = e;
  const limit = Math.max(blockStart, e - MAX_TOKEN_LOOKBACK);
  while (s > limit && !isSpace(text[s - 1])) s--;
  return text.slice(s, e);
}

/**
 * Decides whether the single period at `dot` ends a sentence, from the token before it.
 * Only called when the period is followed by whitespace and a sentence opener.
 */
function periodEndsSentence(text: string, dot: number, blockStart: number): boolean {
  let s = dot;
  const limit = Math.max(blockStart, dot - MAX_TOKEN_LOOKBACK);
  while (s > limit && !isSpace(text[s - 1])) s--;
  const rawToken = text.slice(s, dot);
  const token = stripOpeners(rawToken);
  if (token.length === 0) return true;

  // List marker at line start: "1. Tổng kết", "II. Nhiệm vụ", "a. Về chính trị".
  if (token === rawToken && LIST_MARKER_RE.test(token) && startsLine(text, s, blockStart)) {
    return false;
  }

  const lastDot = token.lastIndexOf('.');
  const last = lastDot >= 0 ? token.slice(lastDot + 1) : token;
  if (NON_TERMINAL_ABBREVIATIONS.has(last)) return false;

  // A single capital is an initial ("Nguyễn V. An", "N.V. An") unless it is a one-letter
  // Roman numeral after an ordinal word ("lần thứ X. Tổng", "khóa V. Sau").
  if (last.length === 1 && isUpper(last)) {
    if (lastDot < 0 && ROMAN_NUMERAL_RE.test(last)) {
      const before = previousWord(text, s, blockStart);
      if (ORDINAL_WORD_RE.test(before)) return true;
    }
    return false;
  }
  return true;
}

/** True for the code of a {@link TERMINAL_CHARS} character. */
function isTerminalCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** Cuts one block (lines already joined) into sentences. */
function splitBlock(text: string, blockStart: number, blockEnd: number, out: SentenceSpan[]): void {
  let sentenceStart = blockStart;
  let i = blockStart;
  while (i < blockEnd) {
    // Most characters end nothing: compare codes, without making a one-character string for each.
    if (!isTerminalCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const ch = text[i] as string;
    // Consume the whole run of terminal punctuation: "...", "?!", "…".
    let j = i;
    while (j < blockEnd && TERMINAL_CHARS.has(text[j] as string)) j++;
    const run = j - i;
    const isEllipsis = ch === '…' || run >= 3 || text[j - 1] === '…';
    // Closing quotes stay with the sentence: "vững mạnh.” Tiếp theo".
    let k = j;
    while (k < blockEnd && CLOSING_CHARS.has(text[k] as string)) k++;

    let next = k;
    while (next < blockEnd && isSpace(text[next])) next++;
    const hadSpace = next > k;
    const opener = text[next];
    const opensSentence =
      next < blockEnd && (isUpper(opener) || isDigit(opener) || OPENING_CHARS.has(opener as string));

    let cut = false;
    if (opensSentence && hadSpace) {
      if (run === 1 && ch === '.') cut = periodEndsSentence(text, i, blockStart);
      else cut = true;
    } else if (opensSentence && isEllipsis && k === j && isUpper(opener)) {
      // "kịp thời…Lĩnh vực giáo dục": an ellipsis glued to the next sentence.
      cut = true;
    }

    if (cut) {
      pushTrimmed(text, sentenceStart, k, out);
      sentenceStart = next;
      i = next;
    } else {
      i = k > i ? k : i + 1;
    }
  }
  pushTrimmed(text, sentenceStart, blockEnd, out);
}

/**
 * Splits normalized report text into sentences, with offsets into the input.
 *
 * A headline, a dateline, a caption and a list item "(1) …" each make their own sentence;
 * a line wrapped mid-sentence is joined with the next one (the "\n" stays in the text).
 * Numbers ("5.990", "15/5/2016"), hosts ("Baolangson.vn"), titles ("PGS.TS.", "TP.")
 * and initials ("D.My", "N.V.A") never cause a cut. Semicolons never cut.
 *
 * @example
 * splitSentences('Ngày 14-1, Đảng ủy Khối tổ chức hội nghị. Có 5.990 đảng viên dự.\nẢnh: D.My')
 * // → [
 * //   { start: 0, end: 41, text: 'Ngày 14-1, Đảng ủy Khối tổ chức hội nghị.' },
 * //   { start: 42, end: 64, text: 'Có 5.990 đảng viên dự.' },
 * //   { start: 65, end: 74, text: 'Ảnh: D.My' },
 * // ]
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  let blockStart = -1;
  let blockEnd = -1;
  let pos = 0;
  while (pos <= n) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = n;
    let ls = pos;
    let le = lineEnd;
    while (ls < le && isSpace(text[ls])) ls++;
    while (le > ls && isSpace(text[le - 1])) le--;

    if (ls === le) {
      // Blank line: always ends the current block.
      if (blockStart >= 0) splitBlock(text, blockStart, blockEnd, out);
      blockStart = -1;
    } else if (blockStart >= 0 && !LINE_TERMINAL_CHARS.has(text[blockEnd - 1] as string) && isLower(text[ls])) {
      // Wrapped line: "“Hoàn thành nhiệm\nvụ”", "tặng giấy khen\ncho 19 TCCSĐ".
      blockEnd = le;
    } else {
      if (blockStart >= 0) splitBlock(text, blockStart, blockEnd, out);
      blockStart = ls;
      blockEnd = le;
    }
    pos = lineEnd + 1;
  }
  if (blockStart >= 0) splitBlock(text, blockStart, blockEnd, out);
  return out;
}
