// The corpus of the cluster test: the bundled articles of corpus/ and a few thousand short documents
// written here from their paragraphs and from sentences of our own, plus two files that cannot be read.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const UNITS = ['xã Tân Hòa', 'phường 3', 'huyện Châu Thành', 'Khối cơ quan', 'thị trấn Mỹ Xuyên', 'xã An Bình'];

// Sentences of our own, each with the figures a record type reads; {n} and {m} vary by document.
const SENTENCES = [
  'Năm {year}, Đảng bộ {unit} kết nạp {n} đảng viên mới, đạt {p}% chỉ tiêu nghị quyết.',
  'Toàn Đảng bộ có {m} tổ chức cơ sở đảng với {big} đảng viên.',
  'Có {p2}% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên.',
  'Chiều ngày {day}/01, Đảng ủy {unit} tổ chức hội nghị tổng kết công tác xây dựng Đảng năm {year}.',
  'Đã tổ chức {m} cuộc học tập, quán triệt nghị quyết với {big} lượt đảng viên tham dự.',
];

function fill(template: string, index: number): string {
  const values: Record<string, string> = {
    year: String(2019 + (index % 5)),
    unit: UNITS[index % UNITS.length] ?? '',
    n: String(5 + (index % 97)),
    m: String(3 + (index % 41)),
    p: String(90 + (index % 40)),
    p2: String(70 + (index % 29)),
    big: (1000 + ((index * 37) % 9000)).toLocaleString('de-DE'),
    day: String(1 + (index % 28)).padStart(2, '0'),
  };
  return template.replace(/\{(?<key>\w+)\}/g, (_match, key: string) => values[key] ?? '');
}

/**
 * Writes the corpus into `dir` and returns the number of input files: `seed/` (the articles of
 * `corpusDir`), `variants/<nn>/doc-<nnnn>.txt` (`count` short documents) and `broken/` (a binary
 * and an empty file, which become error records).
 */
export function buildCorpus(corpusDir: string, dir: string, count: number): number {
  const articles = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const paragraphs: string[] = [];
  mkdirSync(join(dir, 'seed'), { recursive: true });
  for (const name of articles) {
    const text = readFileSync(join(corpusDir, name), 'utf8');
    writeFileSync(join(dir, 'seed', name), text);
    paragraphs.push(...text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim().length > 40));
  }
  for (let index = 0; index < count; index++) {
    const folder = join(dir, 'variants', String(Math.floor(index / 100)).padStart(2, '0'));
    if (index % 100 === 0) mkdirSync(folder, { recursive: true });
    const own = SENTENCES.filter((_sentence, at) => (index + at) % 3 !== 0).map((sentence) => fill(sentence, index));
    const borrowed = paragraphs[index % paragraphs.length] ?? '';
    const title = `Đảng bộ ${UNITS[index % UNITS.length]} tổng kết năm ${2019 + (index % 5)}`;
    writeFileSync(
      join(folder, `doc-${String(index).padStart(4, '0')}.txt`),
      `${title}\n\n${own.join(' ')}\n\n${borrowed}\n`,
    );
  }
  mkdirSync(join(dir, 'broken'), { recursive: true });
  writeFileSync(join(dir, 'broken', 'binary.txt'), Buffer.from([0x50, 0x4b, 0x00, 0x01, 0x00, 0xff, 0x00, 0x10]));
  writeFileSync(join(dir, 'broken', 'empty.txt'), '');
  return articles.length + count + 2;
}
