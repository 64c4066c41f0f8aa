import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { decode, repairMojibake } from './decode.js';
import { CP1252_CHARS, encodeTcvn3, encodeVni } from './legacy-codec.js';

const REPORT =
  'Ngày 15 tháng 3 năm 2024, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh đã tổ chức hội nghị sơ kết ' +
  'công tác xây dựng Đảng quý I. Đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy ' +
  'Khối chủ trì hội nghị. Hội nghị đánh giá kết quả thực hiện nhiệm vụ chính trị và đề ra phương hướng ' +
  'cho thời gian tới.';
/** The same report as typed with ".VnTimeH"-style capitals: TCVN3 has no capital Ủ, so it is lowercase. */
const REPORT_TCVN3_READ = REPORT.replace('Ủy viên', 'ủy viên');

const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
const utf16 = (s: string, order: 'le' | 'be') => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
};
/** Windows-1258: base letter (precomposed ă â ê ô ơ ư đ allowed) + combining tone byte. */
const encode1258 = (s: string) => {
  const chars = new TextDecoder('windows-1258').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const out: number[] = [];
  for (const ch of s.normalize('NFC')) {
    const d = ch.normalize('NFD');
    const isTone = (c: string) => '\u0300\u0301\u0303\u0309\u0323'.includes(c);
    const tone = Array.from(d).filter(isTone).join('');
    const base = Array.from(d)
      .filter((c) => !isTone(c))
      .join('')
      .normalize('NFC');
    out.push(chars.indexOf(base));
    if (tone) out.push(chars.indexOf(tone));
  }
  return Uint8Array.from(out);
};
/** Reads bytes as Windows-1252, the way mojibake is produced. */
const asCp1252 = (bytes: Uint8Array) => Array.from(bytes, (b) => CP1252_CHARS[b]).join('');

describe('decode: Unicode encodings', () => {
  it.each([
    ['UTF-8', utf8(REPORT), REPORT, 'utf-8', []],
    ['ASCII', utf8('UBND tinh Lam Dong'), 'UBND tinh Lam Dong', 'utf-8', []],
    [
      'UTF-8 with BOM',
      cat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(REPORT)),
      REPORT,
      'utf-8-bom',
      ['UTF-8 byte-order mark removed'],
    ],
    [
      'UTF-16LE with BOM and CRLF',
      cat(Uint8Array.of(0xff, 0xfe), utf16('Đảng ủy\r\nKhối', 'le')),
      'Đảng ủy\r\nKhối',
      'utf-16le',
      [],
    ],
    ['UTF-16BE with BOM', cat(Uint8Array.of(0xfe, 0xff), utf16(REPORT, 'be')), REPORT, 'utf-16be', []],
    ['UTF-16LE without BOM', utf16(REPORT, 'le'), REPORT, 'utf-16le', ['UTF-16LE without byte-order mark detected']],
    [
      'UTF-16BE without BOM',
      utf16('Ban Thường vụ', 'be'),
      'Ban Thường vụ',
      'utf-16be',
      ['UTF-16BE without byte-order mark detected'],
    ],
    [
      'French in UTF-8 is left alone',
      utf8('Le café à Paris, élève très sérieux.'),
      'Le café à Paris, élève très sérieux.',
      'utf-8',
      [],
    ],
    ['Vietnamese using only Windows-1252 letters', utf8('Có và là'), 'Có và là', 'utf-8', []],
  ] as const)('%s', (_name, bytes, text, encoding, warnings) => {
    const result = decode(bytes);
    expect(result.text).toBe(text);
    expect(result.encoding).toBe(encoding);
    expect(result.warnings).toEqual(warnings);
  });
});

describe('decode: legacy encodings', () => {
  it.each([
    [
      'TCVN3',
      encodeTcvn3(REPORT),
      REPORT_TCVN3_READ,
      'tcvn3',
      'legacy TCVN3 (ABC) encoding detected and converted to Unicode',
    ],
    ['VNI', encodeVni(REPORT), REPORT, 'vni', 'legacy VNI-Windows encoding detected and converted to Unicode'],
    [
      'Windows-1258 (combining tones)',
      encode1258(REPORT),
      null,
      'windows-1258',
      'legacy Windows-1258 encoding detected and converted to Unicode',
    ],
    [
      'TCVN3 from real-world bytes: "Céng hoµ x· héi chñ nghÜa ViÖt Nam"',
      Uint8Array.from('Céng hoµ x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc', (c) =>
        CP1252_CHARS.indexOf(c),
      ),
      'Cộng hoà xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc',
      'tcvn3',
      'legacy TCVN3 (ABC) encoding detected and converted to Unicode',
    ],
    [
      'VNI from real-world bytes: "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"',
      Uint8Array.from('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc', (c) =>
        CP1252_CHARS.indexOf(c),
      ),
      'Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc',
      'vni',
      'legacy VNI-Windows encoding detected and converted to Unicode',
    ],
  ] as const)('%s', (_name, bytes, text, encoding, warning) => {
    const result = decode(bytes);
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(text ?? REPORT);
    expect(result.warnings).toEqual([warning]);
  });
});

describe('decode: invalid UTF-8 that is no legacy encoding', () => {
  it.each([
    ['one stray Windows-1252 byte in Vietnamese UTF-8', cat(utf8(REPORT), Uint8Array.of(0x93), utf8(' hết.')), 1],
    ['Latin-1 French', Uint8Array.from('Le café à Paris, élève très sérieux.', (c) => c.charCodeAt(0)), 6],
    ['a truncated 3-byte sequence', cat(utf8('Tỉnh ủy '), Uint8Array.of(0xe1, 0xba), utf8(' Lâm Đồng')), 2],
    ['a lone continuation byte', cat(utf8('ab'), Uint8Array.of(0x80), utf8('cd')), 1],
  ] as const)('%s', (_name, bytes, replaced) => {
    const result = decode(bytes);
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toContain('\ufffd');
    expect(result.warnings).toEqual([`invalid UTF-8: ${replaced} byte${replaced === 1 ? '' : 's'} replaced`]);
  });
});

describe('decode: mojibake repair', () => {
  it.each([
    ['TCVN3 shown as Windows-1252', utf8(asCp1252(encodeTcvn3(REPORT))), REPORT_TCVN3_READ, 'utf-8+tcvn3-repaired'],
    ['VNI shown as Windows-1252', utf8(asCp1252(encodeVni(REPORT))), REPORT, 'utf-8+vni-repaired'],
    [
      'TCVN3 mojibake in UTF-16LE with BOM',
      cat(Uint8Array.of(0xff, 0xfe), utf16(asCp1252(encodeTcvn3(REPORT)), 'le')),
      REPORT_TCVN3_READ,
      'utf-16le+tcvn3-repaired',
    ],
  ] as const)('%s', (_name, bytes, text, encoding) => {
    const result = decode(bytes);
    expect(result.text).toBe(text);
    expect(result.encoding).toBe(encoding);
    expect(result.warnings).toHaveLength(1);
  });
});

describe('repairMojibake: UTF-8 shown as Windows-1252', () => {
  const original =
    'Năm 2023, Đảng bộ huyện đã kết nạp 120 đảng viên mới, đạt 109% kế hoạch; 92% chi bộ hoàn thành tốt nhiệm vụ.';
  /** What a UTF-8 file becomes when it is opened as Windows-1252 and saved as UTF-8 again. */
  const shown = [...new TextEncoder().encode(original)].map((b) => CP1252_CHARS[b]).join('');

  it('is repaired, with a warning', () => {
    expect(shown).toContain('Ä‘áº£ng');
    const result = repairMojibake(shown);
    expect(result.text).toBe(original);
    expect(result.encoding).toBe('utf-8+utf8-repaired');
    expect(result.warnings).toEqual(['text was UTF-8 shown as Windows-1252 (mojibake): repaired to Unicode']);
  });

  it('is repaired when the file is read as bytes', () => {
    expect(decode(new TextEncoder().encode(shown)).text).toBe(original);
  });

  it('leaves French and German text alone', () => {
    for (const text of ['Le comité a été réuni à Hà Nội? Non: à Paris, café crème.', 'Größe und Übermaß']) {
      expect(repairMojibake(text).text).toBe(text);
    }
  });
});

describe('repairMojibake', () => {
  it.each([
    ['§¶ng ñy Khèi', 'Đảng ủy Khối', 'utf-8+tcvn3-repaired'],
    ['Uû ban nh©n d©n tØnh', 'Uỷ ban nhân dân tỉnh', 'utf-8+tcvn3-repaired'],
    ['Ban ChÊp hµnh Trung ­¬ng §¶ng', 'Ban Chấp hành Trung ương Đảng', 'utf-8+tcvn3-repaired'],
    ['Ñaûng uûy Khoái', 'Đảng ủy Khối', 'utf-8+vni-repaired'],
    ['Ngöôøi ñöùng ñaàu cô quan', 'Người đứng đầu cơ quan', 'utf-8+vni-repaired'],
    // mixed: a Unicode arrow the mojibake could not have held stays as it is
    ['§¶ng ñy → Khèi', 'Đảng ủy → Khối', 'utf-8+tcvn3-repaired'],
  ])('repairs %j', (input, text, encoding) => {
    const result = repairMojibake(input);
    expect(result.text).toBe(text);
    expect(result.encoding).toBe(encoding);
    expect(result.warnings[0]).toMatch(/mojibake/);
  });

  it.each([
    ['Đảng ủy Khối các cơ quan tỉnh'],
    ['Có và là'],
    ['hòa bình'],
    ['Le café à Paris, élève très sérieux.'],
    ['Où est la gare? Il est là.'],
    ['Crème brûlée, façade, naïve, Noël'],
    ['The résumé was reviewed'],
    ['plain ASCII text'],
    [''],
    ['München, Zürich, São Paulo'],
  ])('leaves %j alone', (input) => {
    expect(repairMojibake(input)).toEqual({ text: input, encoding: 'unicode', warnings: [] });
  });
});

describe('decode: errors', () => {
  it.each([
    ['empty', new Uint8Array(0), 'empty', 'empty file (0 bytes): nothing to read'],
    [
      'NUL inside text',
      cat(utf8('Hello world!'), Uint8Array.of(0, 1, 2, 3)),
      'binary',
      'binary file (NUL bytes at offset 12): not text',
    ],
    [
      'PNG header',
      Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d),
      'binary',
      /NUL bytes at offset 8/,
    ],
    [
      'control characters',
      Uint8Array.of(0x01, 0x02, 0x41, 0x03, 0x04, 0x42, 0x05, 0x06),
      'binary',
      /control characters/,
    ],
    [
      'NUL in UTF-16LE text',
      cat(Uint8Array.of(0xff, 0xfe), utf16('ab\u0000c', 'le')),
      'binary',
      'binary file (NUL bytes at offset 6): not text',
    ],
  ] as const)('%s', (_name, bytes, code, message) => {
    let error: unknown;
    try {
      decode(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe(code);
    expect((error as InputError).message).toMatch(message);
  });

  it.each([
    ['a tab-indented text', utf8('\tMục 1\n\tMục 2\r\n')],
    ['one form feed', utf8('Trang 1\fTrang 2 của báo cáo')],
    ['a single ASCII byte', Uint8Array.of(0x41)],
  ])('does not throw for %s', (_name, bytes) => {
    expect(() => decode(bytes)).not.toThrow();
  });
});
