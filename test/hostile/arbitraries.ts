// fast-check generators of hostile input for the property tests: arbitrary Unicode, text built from
// the genre's vocabulary (with NBSP, CRLF, NFD, control characters), and mutated seed articles
// (slices deleted, duplicated, swapped; control characters injected; re-encoded bytes).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { encodeTcvn3, encodeVni } from '../../packages/core/src/text/legacy-codec.js';

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** The seed articles of `corpus/*.txt`, as text. */
export const SEEDS: readonly string[] = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(CORPUS + name, 'utf8'));

/** Words and phrases of the genre, including the shapes that are hard to read (ratios, dates, symbols). */
export const VOCABULARY = [
  'kết nạp',
  'đảng viên',
  'đảng viên mới',
  'hoàn thành tốt nhiệm vụ',
  'hoàn thành xuất sắc nhiệm vụ',
  'không hoàn thành nhiệm vụ',
  'HTXSNV',
  'HTTNV',
  'trở lên',
  '(1)',
  '(2)',
  '3.',
  '5.990/6.046',
  '209/150',
  '139,33%',
  '98,5 %',
  '80,7 tỷ đồng',
  'Chiều ngày 02/01',
  'Sáng 14-1',
  'ngày 15 tháng 3 năm 2024',
  'năm 2023',
  '6 tháng đầu năm 2019',
  'nhiệm kỳ 2015 - 2020',
  'Chỉ thị 05-CT/TW',
  'Nghị quyết số 3286-QĐ/TU',
  'Nghị quyết Trung ương 4 khóa XII',
  'Bộ Chính trị',
  'Ban Thường vụ Tỉnh ủy',
  'Đảng bộ huyện Thới Lai',
  'chi bộ',
  'tổ chức cơ sở đảng',
  'Đồng chí Nguyễn Văn Tám',
  'Phó Bí thư Thường trực Tỉnh ủy',
  'Bí thư Huyện ủy',
  'tổ chức hội nghị tổng kết',
  'đạt 109% chỉ tiêu',
  'phấn đấu',
  'chỉ tiêu',
  'từ 140 - 150',
  'ít nhất 01 mô hình',
  'Bằng khen',
  'Giấy khen',
  'Huy hiệu 30, 40 năm tuổi Đảng',
  'trong sạch, vững mạnh tiêu biểu',
  '56 cuộc',
  'lượt cán bộ, đảng viên tham dự',
  'chuyển sinh hoạt đến',
  'xóa tên',
  'Uỷ ban',
  'hoà',
  'ĐV',
  'TCCSĐ',
  'Báo Trà Vinh',
  'Lâm Đồng',
  'Theo',
  'Lượt xem: 1.234',
  '1.000.000',
  '1,5',
  '10-15%',
  'trên 90%',
  '"',
  '(',
  ')',
  '-',
  '–',
  ':',
  ';',
  '/',
  '…',
];

/** Separators between pieces: spaces of every kind, line breaks of every kind, punctuation. */
export const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  '\u00a0',
  '\r\n',
  '\n',
  '\n\n',
  '\r',
  '\t',
  ', ',
  '. ',
  '.\n\n',
  ': ',
  '; ',
  ' - ',
  '\u200b',
  '\u00ad',
  '\ufeff',
  '\u2028',
  '',
];

/** Characters that break naive readers: C0 controls, NUL, DEL, lone surrogates, combining marks, RTL marks. */
export const CONTROL = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u007f',
  '\u0085',
  '\ud800',
  '\udc00',
  '\u0301',
  '\u0323',
  '\u0300\u0301\u0309',
  '\u202e',
  '\ufffd',
  '\ufffe',
  '😀',
];

/** A string built from the genre's vocabulary, numbers and separators; sometimes decomposed (NFD). */
export const vietnameseText = (maxPieces = 60): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(
        fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...VOCABULARY) },
          { weight: 2, arbitrary: fc.integer({ min: 0, max: 100_000 }).map(String) },
          { weight: 1, arbitrary: fc.constantFrom(...CONTROL) },
          { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
        ),
        { maxLength: maxPieces },
      ),
      fc.array(fc.constantFrom(...SEPARATORS), { minLength: maxPieces, maxLength: maxPieces }),
      fc.constantFrom('NFC', 'NFD', 'none'),
    )
    .map(([pieces, separators, form]) => {
      const text = pieces.map((piece, index) => piece + (separators[index] ?? ' ')).join('');
      return form === 'none' ? text : text.normalize(form);
    });

/** One edit of a seed article. */
type Mutation =
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'swap'; at: number; length: number; to: number }
  | { op: 'inject'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), length: fc.nat({ max: 200 }), to: fc.nat() }),
  fc.record({
    op: fc.constant('inject' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...CONTROL, ...SEPARATORS), fc.constantFrom(...VOCABULARY)),
  }),
);

function applyMutation(text: string, m: Mutation): string {
  if (text.length === 0) return m.op === 'inject' ? m.text : text;
  const at = m.at % (text.length + 1);
  if (m.op === 'inject') return text.slice(0, at) + m.text + text.slice(at);
  const end = Math.min(text.length, at + m.length);
  const slice = text.slice(at, end);
  if (m.op === 'delete') return text.slice(0, at) + text.slice(end);
  if (m.op === 'duplicate') return text.slice(0, end) + slice + text.slice(end);
  const rest = text.slice(0, at) + text.slice(end);
  const to = m.to % (rest.length + 1);
  return rest.slice(0, to) + slice + rest.slice(to);
}

/** A seed article with a few edits (cuts may split surrogate pairs and combining sequences). */
export const mutatedSeed: fc.Arbitrary<string> = fc
  .tuple(fc.nat({ max: SEEDS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([index, mutations]) => mutations.reduce(applyMutation, SEEDS[index] ?? ''));

/** How the bytes of a text are produced: the encodings reports arrive in, and broken ones. */
export type ByteForm =
  | 'utf8'
  | 'utf8-bom'
  | 'utf16le'
  | 'utf16be'
  | 'utf16le-bom'
  | 'latin1'
  | 'truncated-utf8'
  | 'tcvn3'
  | 'vni';

export function toBytes(text: string, form: ByteForm, cut = 0): Uint8Array {
  const utf16 = (order: 'le' | 'be', bom: boolean) => {
    const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
    const units = bom ? `\ufeff${text}` : text;
    for (let i = 0; i < units.length; i++) {
      const c = units.charCodeAt(i);
      out[2 * i + (order === 'le' ? 0 : 1)] = c & 0xff;
      out[2 * i + (order === 'le' ? 1 : 0)] = c >> 8;
    }
    return out;
  };
  const utf8 = new TextEncoder().encode(text);
  switch (form) {
    case 'utf8':
      return utf8;
    case 'utf8-bom':
      return Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8.subarray(0, 200_000));
    case 'utf16le':
      return utf16('le', false);
    case 'utf16be':
      return utf16('be', false);
    case 'utf16le-bom':
      return utf16('le', true);
    case 'tcvn3':
      return encodeTcvn3(text);
    case 'vni':
      return encodeVni(text);
    case 'latin1':
      return Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);
    case 'truncated-utf8': {
      // Drop bytes in the middle of multi-byte sequences.
      const out: number[] = [];
      utf8.forEach((byte, index) => {
        if (!((byte & 0xc0) === 0x80 && (index + cut) % 7 === 0)) out.push(byte);
      });
      return Uint8Array.from(out);
    }
  }
}

/** A mutated seed (or genre text) as bytes in some encoding. */
export const hostileBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(
    fc.oneof(mutatedSeed, vietnameseText(40)),
    fc.constantFrom<ByteForm>(
      'utf8',
      'utf8-bom',
      'utf16le',
      'utf16be',
      'utf16le-bom',
      'latin1',
      'truncated-utf8',
      'tcvn3',
      'vni',
    ),
    fc.nat({ max: 6 }),
  )
  .map(([text, form, cut]) => toBytes(text, form, cut));

/** Number of runs for the property tests: enough to find bugs, small enough for a 2-core machine. */
export const RUNS = Number(process.env.VNPR_PROPERTY_RUNS ?? 60);
