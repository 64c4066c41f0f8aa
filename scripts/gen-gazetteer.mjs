#!/usr/bin/env node
// Rebuilds packages/core/src/analyze/gazetteer-data.ts from the gazetteer in ../shared/gazetteer (the GSO
// administrative-unit register of 2025-03-01 and the 2025-07 province merger). Only provinces and districts (with their
// GSO codes) are kept (communes are too many and too ambiguous to tell a province by). A user's clone has no ../shared: then
// it says so and exits 0; the generated module is committed and nothing reads ../shared at run time.
//   node scripts/gen-gazetteer.mjs            (VNPR_SHARED=/path/to/shared to point elsewhere)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.VNPR_SHARED ?? join(root, '..', 'shared');
const dir = join(shared, 'gazetteer');
const out = join(root, 'packages', 'core', 'src', 'analyze', 'gazetteer-data.ts');

if (!existsSync(join(dir, 'units-2025-03.tsv'))) {
  console.log(`gen-gazetteer: ${dir} is not here (a user's clone has no ../shared); ${out} is left as it is.`);
  process.exit(0);
}

const rows = (file) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));

// The same folding as guessProvince's keys: lower case, no tone marks, đ → d, words joined by one space.
const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
// New-style tone placement (the press's) at the end of a syllable: "Hoà Bình" → "Hòa Bình", "Hoàn Kiếm", "Quỳ Châu" kept.
const TONE = { oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa', uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy' };
const modern = (s) =>
  s.normalize('NFC').replace(/(?<![qQ])(?:o[àáảãạ]|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/gu, (m) => TONE[m] ?? m);
const KIND = /^(?:Thành phố|Tỉnh|Huyện|Quận|Thị xã)\s+/iu; // the register writes "Thị Xã Buôn Hồ" too
const bare = (name) => modern(name.replace(KIND, ''));

const units = rows('units-2025-03.tsv');
const provinces = units.filter((r) => r[0] === 'province').map(([, code, name]) => ({ code, name: bare(name) }));
const nameOf = new Map(provinces.map((p) => [p.name, p.code]));
const merged = new Map(); // old code → code of the 2025 province
for (const [after, before, code] of rows('provinces-2025-07.tsv')) {
  const target = nameOf.get(bare(after));
  if (!target) throw new Error(`gen-gazetteer: 2025 province ${after} is not in the register`);
  merged.set(code, target);
  if (nameOf.get(bare(before)) !== code) throw new Error(`gen-gazetteer: ${before} is not code ${code}`);
}
if (merged.size !== provinces.length) throw new Error('gen-gazetteer: the merger table does not cover every province');

// Every district: its code, its province's code, its kind (h huyện, q quận, x thị xã, t thành phố) and its name
// without the kind word. guessProvince folds the names into keys when it loads; units get "68-672" from the codes.
const KIND_LETTER = { huyện: 'h', quận: 'q', 'thị xã': 'x', 'thành phố': 't' };
const districtRows = [];
for (const [level, code, name, type, parent] of units) {
  if (level !== 'district') continue;
  const kind = KIND_LETTER[type.toLowerCase()];
  if (!kind) throw new Error(`gen-gazetteer: district ${code} has the unknown type ${type}`);
  if (!/^\d{3}$/.test(code) || !/^\d{2}$/.test(parent)) throw new Error(`gen-gazetteer: district ${code} of ${parent}`);
  districtRows.push(`${code}${parent}${kind}${bare(name)}`);
}
const districtText = districtRows.join(';');
const districts = new Map();
for (const row of districtRows) {
  const key = fold(row.slice(6));
  districts.set(key, new Set([...(districts.get(key) ?? []), row.slice(3, 5)]));
}
// Commune names that two communes of one kind share within one province ("01pquang trung": two phường Quang Trung in
// Hà Nội): such a commune is told apart only with its district. The register's ~10,000 communes are not kept.
const districtProvince = new Map(districtRows.map((row) => [row.slice(0, 3), row.slice(3, 5)]));
const COMMUNE_KIND = /^(?:Xã|Phường|Thị trấn)\s+/iu;
const communeCounts = new Map();
for (const [level, , name, type, parent] of units) {
  if (level !== 'commune') continue;
  const kind = { xã: 'x', phường: 'p', 'thị trấn': 't' }[type.toLowerCase()];
  const province = districtProvince.get(parent);
  if (!kind || !province) throw new Error(`gen-gazetteer: commune ${name} (${type}) of ${parent}`);
  const key = `${province}${kind}${fold(name.replace(COMMUNE_KIND, ''))}`;
  communeCounts.set(key, (communeCounts.get(key) ?? 0) + 1);
}
const repeats = [...communeCounts].filter(([, n]) => n > 1).map(([key]) => key);
const repeatText = repeats.sort().join(';');

const provinceText = provinces.map((p) => `${p.code}=${p.name}>${merged.get(p.code)}`).join(';');
const ambiguous = [...districts.values()].filter((s) => s.size > 1).length;

writeFileSync(
  out,
  `// Generated by scripts/gen-gazetteer.mjs: do not edit. Source: the GSO administrative-unit register of
// 2025-03-01 (provinces and districts) and the 2025-07-01 province merger, from ../shared/gazetteer.
// ${provinces.length} provinces, ${districtRows.length} districts, ${districts.size} district names (${ambiguous} of them in more than one province).

/** "code=name>code of the 2025 province;…": the register's names without their kind word, new-style tones. */
export const PROVINCE_TABLE =
  '${provinceText}';

/**
 * "<district code, 3 digits><province code, 2 digits><kind><name>;…": kind h huyện, q quận, x thị xã, t thành phố;
 * the name without its kind word, new-style tones ("67268hDi Linh").
 */
export const DISTRICT_TABLE =
  ${JSON.stringify(districtText)};

/**
 * "<province code><kind><folded name>;…": commune names two communes of one kind share in one province (kind x xã,
 * p phường, t thị trấn; ${repeats.length} of them).
 */
export const COMMUNE_REPEATS =
  '${repeatText}';
`,
);
console.log(`gen-gazetteer: wrote ${out} (${provinces.length} provinces, ${districtRows.length} districts)`);
