// Generators of test inputs: short reports of the genre from templates, broken files of many kinds,
// ZIP archives (deflated, with declared sizes that may lie) for .docx zip bombs.
import { crc32, deflateRawSync } from 'node:zlib';
import { encodeTcvn3 } from '../../packages/core/src/text/legacy-codec.js';

const UNITS = ['xã Tân Phú', 'huyện Thới Lai', 'phường 3', 'thị trấn Đức Trọng', 'Khối Cơ quan tỉnh', 'xã Hòa Bình'];
const PEOPLE = ['Nguyễn Văn Tám', 'Trần Thị Hoa', 'Lê Minh Quang', 'Phạm Thanh Bình', 'Võ Thị Lan'];
const TITLES = ['Bí thư Huyện ủy', 'Phó Bí thư Thường trực Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy', 'Bí thư Đảng ủy'];

/** A short report of the genre, different for every `n` (a meeting, admissions, ratings, a target, a directive). */
export function makeReport(n: number, extra = ''): string {
  const unit = UNITS[n % UNITS.length]!;
  const person = PEOPLE[n % PEOPLE.length]!;
  const title = TITLES[n % TITLES.length]!;
  const year = 2015 + (n % 9);
  const admitted = 10 + (n % 90);
  const planned = admitted - (n % 7);
  const members = 300 + n * 3;
  const percent = (85 + (n % 15) + (n % 10) / 10).toFixed(1).replace('.', ',');
  return [
    `Đảng bộ ${unit} tổng kết công tác xây dựng Đảng năm ${year}`,
    '',
    `Chiều ngày ${String(1 + (n % 28)).padStart(2, '0')}/01, Đảng ủy ${unit} tổ chức hội nghị tổng kết công tác xây dựng Đảng năm ${year} và triển khai nhiệm vụ năm ${year + 1}.`,
    '',
    `Đồng chí ${person}, ${title}, dự và chỉ đạo hội nghị.`,
    '',
    `Trong năm, Đảng bộ kết nạp ${admitted}/${planned} đảng viên mới; toàn Đảng bộ hiện có ${members} đảng viên sinh hoạt tại ${5 + (n % 20)} chi bộ.`,
    `Có ${percent}% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên.`,
    `Đảng bộ quán triệt Chỉ thị 05-CT/TW của Bộ Chính trị cho ${1000 + n} lượt cán bộ, đảng viên tham dự.`,
    `Năm ${year + 1}, phấn đấu kết nạp từ ${admitted} - ${admitted + 10} đảng viên mới.${extra}`,
    '',
  ].join('\r\n'.slice(n % 2));
}

/** One ZIP entry: its content, and how it is written (stored or deflated, sizes declared truthfully or not). */
export interface ZipEntry {
  name: string;
  data: Buffer;
  deflate?: boolean;
  /** The unpacked size to declare (default: the real one). */
  declaredSize?: number;
}

/** A ZIP archive of the given entries. */
export function makeZipArchive(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = entry.deflate ? deflateRawSync(entry.data) : entry.data;
    const crc = crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A .docx whose `word/document.xml` is `body` (deflated), with its unpacked size declared as `declaredSize`. */
export function makeDocxArchive(paragraphs: string[], padding = 0, declaredSize?: number): Buffer {
  const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`).join('') +
    ' '.repeat(padding) +
    '</w:body></w:document>';
  const data = Buffer.from(xml, 'utf8');
  return makeZipArchive([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES), deflate: true },
    { name: '_rels/.rels', data: Buffer.from(RELS), deflate: true },
    { name: 'word/document.xml', data, deflate: true, ...(declaredSize !== undefined ? { declaredSize } : {}) },
  ]);
}

/** UTF-16LE bytes without a byte-order mark. */
export function utf16le(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

/** TCVN3 (ABC) bytes of a text. */
export function tcvn3(text: string): Buffer {
  return Buffer.from(encodeTcvn3(text));
}
