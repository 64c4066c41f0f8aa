// Generators of test inputs: short reports of the genre from templates, and texts in legacy encodings. The ZIP and
// .docx builders (deflated, with declared sizes that may lie, for zip bombs) are in ../cli/helpers.ts.
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

/** UTF-16LE bytes without a byte-order mark. */
export function utf16le(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

/** TCVN3 (ABC) bytes of a text. */
export function tcvn3(text: string): Buffer {
  return Buffer.from(encodeTcvn3(text));
}
