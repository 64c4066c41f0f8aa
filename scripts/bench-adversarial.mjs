#!/usr/bin/env node
// The bench's adversarial part: time per MB of each extractor on hostile text, at two sizes, so a
// super-linear extractor shows as a growing time per MB.
//
//   node scripts/bench-adversarial.mjs <extractors dist/index.js> <small,large bytes>        all extractors
//   node scripts/bench-adversarial.mjs <extractors dist/index.js> <small,large bytes> <id>   one (a child)
//
// Each extractor runs in its own child process with a time limit, so one pathological extractor
// cannot stall the bench: it is reported as "> limit". The first row, "(analyze only)", runs no
// extractor: it is the cost of analyze() that every row includes. Prints JSON on stdout.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [distPath, sizesArg, onlyId] = process.argv.slice(2);
const sizes = (sizesArg ?? '262144,1048576').split(',').map(Number);
const LIMIT_SECONDS = 90;

/** Pieces of hostile text: long digit-and-dot runs, parentheses, repeated keywords, ratios, percentages. */
const PIECES = [
  '1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20',
  '1.234.567.890.123.456.789,5',
  '...........',
  '(1) (2) ((3)) (4 (5 (6 (7',
  'kết nạp 5 đảng viên',
  'kết nạp kết nạp kết nạp 12 đảng viên mới, đạt 5/6 chỉ tiêu (83,3%)',
  'hoàn thành tốt nhiệm vụ 45 đảng viên (chiếm 85,5%)',
  'hoàn thành xuất sắc nhiệm vụ: 14 (chiếm 17,5%), hoàn thành tốt nhiệm vụ',
  'đồng chí Nguyễn Văn A, Bí thư',
  'đồng chí Nguyễn Văn A, Bí thư Đảng ủy xã, Phó Chủ tịch UBND huyện',
  'Ngày 14-1, Đảng bộ xã tổ chức Hội nghị',
  'trao Huy hiệu 30, 40 năm tuổi Đảng cho 7 đồng chí',
  'theo Quyết định số 123/QĐ-TU ngày 02/01/2020',
  'Đảng bộ có 25 chi bộ, 1.234 đảng viên',
  'phấn đấu kết nạp 140 - 150 đảng viên',
  '100% đảng viên tham dự',
  '5/6',
  '85%',
  '209/150 đảng viên, đạt 139,33%',
  'hai mươi mốt đảng viên',
];

/** Deterministic hostile text of `bytes` UTF-8 bytes (about): short sentences, then one long one. */
export function adversarialText(bytes) {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const piece = PIECES[Math.floor(next() * PIECES.length)];
    // The last quarter is one sentence with no end: commas only.
    const r = size > bytes * 0.75 ? 0 : next();
    const separator = r < 0.6 ? ', ' : r < 0.85 ? '. ' : r < 0.95 ? '\n' : ' ';
    parts.push(piece, separator);
    size += Buffer.byteLength(piece) + separator.length;
  }
  return parts.join('');
}

/** "(analyze only)": an `only` that names no extractor, so the row is the shared analysis alone. */
const ANALYZE_ONLY = '(analyze only)';

async function measureOne(id) {
  const { extract } = await import(distPath);
  extract(adversarialText(sizes[0]), { only: [id] }); // warm up the JIT at the small size
  const perMb = [];
  let records = 0;
  for (const bytes of sizes) {
    const text = adversarialText(bytes);
    const started = performance.now();
    records = extract(text, { only: [id] }).length - 1;
    perMb.push((performance.now() - started) / 1000 / (Buffer.byteLength(text) / 1024 / 1024));
  }
  return { id, small: perMb[0], large: perMb[1], growth: perMb[1] / perMb[0], records };
}

if (onlyId) {
  process.stdout.write(JSON.stringify(await measureOne(onlyId)));
} else {
  const { builtinExtractors } = await import(distPath);
  const rows = [];
  for (const id of [ANALYZE_ONLY, ...builtinExtractors.map((extractor) => extractor.id)]) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), distPath, sizes.join(','), id], {
      encoding: 'utf8',
      timeout: LIMIT_SECONDS * 1000,
    });
    if (child.status === 0) rows.push(JSON.parse(child.stdout));
    else
      rows.push({
        id,
        small: Number.NaN,
        large: Number.NaN,
        growth: Number.POSITIVE_INFINITY,
        records: `> ${LIMIT_SECONDS} s`,
      });
    process.stderr.write(`bench:   ${id} ${JSON.stringify(rows.at(-1))}\n`);
  }
  process.stdout.write(JSON.stringify({ sizes, rows }));
}
