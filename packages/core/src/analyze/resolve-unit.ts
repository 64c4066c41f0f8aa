// A party unit's name as the text writes it ("Huyện ủy Di Linh", "Đảng bộ huyện Di Linh", "Đảng ủy Khối các cơ
// quan tỉnh", "Đảng bộ TPHCM") → one canonical unit with a stable id built from GSO codes. Steps, in order:
// tidy the name (abbreviations, old tones, what follows it), read its head ("Huyện ủy" → a district's committee),
// drop a person's name after it, read its scope (a trailing "tỉnh X", "huyện Y", "Trung ương"), then classify the
// rest: a territorial unit, a commune, a Khối, an armed, agency or enterprise unit. Nothing is guessed: a name that
// could be two units ("huyện Châu Thành" in ten provinces, "Huyện ủy" without its district) resolves to null.
import { COMMUNE_REPEATS } from './gazetteer-data.js';
import {
  type DistrictRow,
  describeProvince,
  findDistricts,
  findProvinceCode,
  foldPlaceName,
} from './guess-province.js';
import { PERSON_SURNAMES } from './organizations.js';

/** The level of a unit in the party's organization. */
export type UnitLevel = 'province' | 'district' | 'commune' | 'bloc' | 'agency' | 'enterprise' | 'armed' | 'other';

/** A resolved unit. */
export interface ResolvedUnit {
  /** Stable id: "68" (a province's), "68-679" (a district's: Di Linh), "68-khoi-cac-co-quan", "tw-khoi-doanh-nghiep". */
  unitId: string;
  /** Canonical name: "Đảng bộ huyện Di Linh" for "Huyện ủy Di Linh" and for "Đảng bộ huyện Di Linh". */
  unit: string;
  unitLevel: UnitLevel;
}

/** What the document says about where it is. */
export interface UnitContext {
  /** The document's province (GSO code), the scope of a name that gives none ("Đảng ủy Khối các cơ quan tỉnh"). */
  provinceCode: string | null;
  /** The document's date (ISO), for the province's name of the time. */
  asOf?: string | null;
}

/** Cities run by the centre: their committee is a "Thành ủy" at province level (Huế from 2025-01-01). */
const CENTRAL_CITIES = new Set(['01', '31', '48', '79', '92']);
const isCentralCity = (code: string, asOf: string | null) =>
  CENTRAL_CITIES.has(code) || (code === '46' && asOf !== null && asOf >= '2025-01-01');

type PlaceKind = 'tỉnh' | 'thành phố' | 'huyện' | 'quận' | 'thị xã' | 'xã' | 'phường' | 'thị trấn';

// The heads of a unit's name and the kind of place a committee's head implies ("Huyện ủy" → huyện).
const HEADS: readonly [string, PlaceKind | null][] = [
  ['tỉnh ủy', 'tỉnh'],
  ['thành ủy', 'thành phố'],
  ['huyện ủy', 'huyện'],
  ['quận ủy', 'quận'],
  ['thị ủy', 'thị xã'],
  ['đảng ủy', null],
  ['đảng bộ', null],
];

// Kind words before a place, longest first ("thị xã" before "xã").
const KIND_WORDS: readonly [string, PlaceKind][] = [
  ['thành phố', 'thành phố'],
  ['thị trấn', 'thị trấn'],
  ['thị xã', 'thị xã'],
  ['tỉnh', 'tỉnh'],
  ['huyện', 'huyện'],
  ['quận', 'quận'],
  ['phường', 'phường'],
  ['xã', 'xã'],
];
const COMMUNE_KINDS = new Set<PlaceKind>(['xã', 'phường', 'thị trấn']);
const COMMUNE_LETTER: Record<string, string> = { xã: 'x', phường: 'p', 'thị trấn': 't' };
const COMMUNE_REPEAT_KEYS = new Set(COMMUNE_REPEATS.split(';'));

// Words of armed, enterprise and agency units (lower case), checked in this order.
const ARMED = ['quân sự', 'công an', 'biên phòng', 'bộ đội', 'quân đội', 'quân khu', 'quân đoàn', 'sư đoàn'];
const ARMED_ABBREVIATIONS = new Set(['BĐBP', 'BCHQS', 'CA']);
const ENTERPRISE = ['tổng công ty', 'công ty', 'cty', 'tập đoàn', 'ngân hàng', 'hợp tác xã', 'htx', 'nhà máy'];
const AGENCY = [
  'cơ quan',
  'sở',
  'bộ',
  'ban',
  'cục',
  'chi cục',
  'tổng cục',
  'văn phòng',
  'ủy ban',
  'ubnd',
  'viện',
  'trường',
  'bệnh viện',
  'báo',
  'đài',
  'tòa án',
  'kho bạc',
  'trung tâm',
  'mặt trận',
  'liên đoàn',
  'hội',
  'đoàn',
  'thanh tra',
];

// Canonical words of the common Khối (folded, without "các" and "và") and their display.
const BLOCS: Record<string, string> = {
  'co quan': 'các cơ quan',
  'co quan doanh nghiep': 'các cơ quan và doanh nghiệp',
  'doanh nghiep': 'doanh nghiệp',
  'dan chinh dang': 'dân chính đảng',
  ccq: 'các cơ quan',
  dn: 'doanh nghiệp',
};

/** The words of a name, each with its lower-case form. */
interface Word {
  text: string;
  lower: string;
}

const isCapitalized = (w: string) => /^\p{Lu}/u.test(w);
const slug = (s: string) => foldPlaceName(s).replace(/ /g, '-');

/** The name tidied: NFC, "uỷ" → "ủy", "TPHCM" → "thành phố Hồ Chí Minh", "TP." → "thành phố", cut where it ends. */
function tidy(name: string): string {
  let s = name.normalize('NFC').replace(/uỷ/g, 'ủy').replace(/UỶ/g, 'ỦY').replace(/\s+/g, ' ').trim();
  s = s
    .replace(/(?<![\p{L}])(?:T\.?\s?P\.?\s?HCM|TPHCM|HCM)(?![\p{L}])/giu, 'thành phố Hồ Chí Minh')
    .replace(/(?<![\p{L}])(?:TP|Tp|T\.P)\.?\s*(?=\p{L})/gu, 'thành phố ')
    .replace(/(?<![\p{L}])(?:TX|T\.X)\.?\s*(?=\p{L})/gu, 'thị xã ')
    .replace(/(?<![\p{L}])DNTW(?![\p{L}])/gu, 'doanh nghiệp Trung ương')
    .replace(/(?<![\p{L}])(?:TW|TƯ|T\.Ư)(?![\p{L}])/gu, 'Trung ương');
  // What follows the name: a sentence ("Thành ủy TPHCM. Nhân …"), a clause, another unit ("… và Huyện …").
  const end = /\.\s|[,;:()"“”]|\s+và\s+(?!doanh|dn|Doanh|DN)/u.exec(s);
  if (end) s = s.slice(0, end.index);
  return s.replace(/[.\s]+$/u, '');
}

/** The head of the name and the place kind it implies, and the words after it. */
function readHead(words: readonly Word[]): { head: string | null; kind: PlaceKind | null; rest: Word[] } {
  let i = 0;
  // "Ban Thường vụ Tỉnh ủy …", "Ban Chấp hành Đảng bộ …": the standing committee stands for its unit.
  if (words[0]?.lower === 'ban' && ['thường', 'chấp'].includes(words[1]?.lower ?? '')) i = 3;
  const two = `${words[i]?.lower ?? ''} ${words[i + 1]?.lower ?? ''}`;
  if (two === 'chi bộ') return { head: 'chi bộ', kind: null, rest: words.slice(i + 2) };
  for (const [head, kind] of HEADS) if (two === head) return { head, kind, rest: words.slice(i + 2) };
  return { head: null, kind: null, rest: words.slice(i) };
}

/** The place kind word at `i` ("thị xã", "huyện") and how many words it takes. */
function kindAt(words: readonly Word[], i: number): { kind: PlaceKind; n: number } | null {
  for (const [written, kind] of KIND_WORDS) {
    const parts = written.split(' ');
    if (parts.every((p, k) => words[i + k]?.lower === p)) return { kind, n: parts.length };
  }
  return null;
}

/** Where a person's name starts among the words ("Thành ủy Đà Nẵng | Trương Quang Nghĩa"), or -1. */
function personAt(words: readonly Word[]): number {
  for (let i = 0; i + 1 < words.length; i++) {
    const [word, next] = [words[i]!, words[i + 1]!];
    if (!PERSON_SURNAMES.has(word.text) || !isCapitalized(next.text)) continue;
    // A place that opens with a family name ("Quận ủy Lê Chân") is no person.
    const place = words.slice(i).map((w) => w.text);
    if (findDistricts(place.join(' ')).length > 0 || findProvinceCode(place.join(' '))) continue;
    return i;
  }
  return -1;
}

/** A territorial scope: a province, a district in it, or the centre. */
type Scope = { central: true } | { central: false; provinceCode: string; district: DistrictRow | null };

/** A district by name (and kind when the text gives one) in the province given, or the only one of that name. */
function findDistrict(name: string, kind: PlaceKind | null, provinceCode: string | null): DistrictRow | null {
  let rows = findDistricts(name);
  if (kind) {
    const ofKind = rows.filter((r) => r.kind === kind);
    // A district that has since become a town or city ("huyện Phổ Yên", now a thành phố) keeps its code.
    if (ofKind.length > 0) rows = ofKind;
  }
  const here = provinceCode ? rows.filter((r) => r.provinceCode === provinceCode) : [];
  if (here.length > 0) return here.length === 1 ? here[0]! : null;
  return rows.length === 1 ? rows[0]! : null;
}

/**
 * A place named by a kind word and a name ("tỉnh Lâm Đồng", "huyện Di Linh", "thành phố Hà Nội"), or by the kind
 * alone ("tỉnh": the document's), as a scope; undefined when it cannot be told.
 */
function placeScope(kind: PlaceKind, name: string, context: UnitContext): Scope | undefined {
  const asOf = context.asOf ?? null;
  if (kind === 'tỉnh' || kind === 'thành phố') {
    if (!name) {
      const own = context.provinceCode;
      if (!own) return undefined;
      if (kind === 'tỉnh' ? !isCentralCity(own, asOf) : isCentralCity(own, asOf))
        return { central: false, provinceCode: own, district: null };
      return undefined;
    }
    const code = findProvinceCode(name);
    if (code && (kind === 'tỉnh' || isCentralCity(code, asOf) || findDistricts(name).length === 0))
      return { central: false, provinceCode: code, district: null };
    if (kind === 'tỉnh') return undefined;
  }
  if (!name) return undefined;
  const district = findDistrict(name, kind, context.provinceCode);
  return district ? { central: false, provinceCode: district.provinceCode, district } : undefined;
}

/** The scope written at the end of a unit's name ("… tỉnh Lâm Đồng", "… quận Tân Bình", "… Trung ương"). */
function trailingScope(
  words: readonly Word[],
  context: UnitContext,
): { scope: Scope | undefined; body: Word[]; written: boolean } {
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.lower === 'trung' && words[i + 1]?.lower === 'ương')
      return { scope: { central: true }, body: words.slice(0, i), written: true };
    // "cơ quan" is no "quận": the kind words are compared with their marks.
    const kind = kindAt(words, i);
    if (!kind || COMMUNE_KINDS.has(kind.kind) || i === 0) continue;
    const name = words
      .slice(i + kind.n)
      .map((w) => w.text)
      .join(' ');
    return { scope: placeScope(kind.kind, name, context), body: words.slice(0, i), written: true };
  }
  const own = context.provinceCode;
  return {
    scope: own ? { central: false, provinceCode: own, district: null } : undefined,
    body: [...words],
    written: false,
  };
}

/** The territorial unit of a scope: the province's or the district's party organization. */
function territorialUnit(scope: Scope, asOf: string | null): ResolvedUnit | null {
  if (scope.central) return null;
  const { provinceCode, district } = scope;
  if (district) {
    return {
      unitId: `${district.provinceCode}-${district.code}`,
      unit: `Đảng bộ ${district.kind} ${district.name}`,
      unitLevel: 'district',
    };
  }
  const province = describeProvince(provinceCode, asOf);
  if (!province) return null;
  const kind = isCentralCity(provinceCode, asOf) ? 'thành phố' : 'tỉnh';
  return { unitId: provinceCode, unit: `Đảng bộ ${kind} ${province.province}`, unitLevel: 'province' };
}

/** The id prefix and the name suffix of a scope: "68" and "tỉnh Lâm Đồng", "68-679" and "huyện Di Linh", "tw". */
function scopeParts(scope: Scope, asOf: string | null): { id: string; name: string } | null {
  if (scope.central) return { id: 'tw', name: 'Trung ương' };
  const unit = territorialUnit(scope, asOf);
  return unit ? { id: unit.unitId, name: unit.unit.replace(/^Đảng bộ /, '') } : null;
}

const titleCase = (words: readonly string[]) =>
  words.map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w)).join(' ');

/** A commune's unit: "68-xa-gia-hiep", or with its district when its name is shared in the province. */
function communeUnit(kind: PlaceKind, words: readonly Word[], context: UnitContext): ResolvedUnit | null {
  const { scope, body } = trailingScope(words, context);
  if (!scope || scope.central || body.length === 0) return null;
  const name = titleCase(body.map((w) => w.text));
  const repeated = COMMUNE_REPEAT_KEYS.has(`${scope.provinceCode}${COMMUNE_LETTER[kind]}${foldPlaceName(name)}`);
  if (repeated && !scope.district) return null;
  const prefix = repeated && scope.district ? `${scope.provinceCode}-${scope.district.code}` : scope.provinceCode;
  return { unitId: `${prefix}-${slug(`${kind} ${name}`)}`, unit: `Đảng bộ ${kind} ${name}`, unitLevel: 'commune' };
}

/** The level of a unit that is not territorial, from its words. */
function levelOf(words: readonly Word[]): UnitLevel {
  const text = ` ${words.map((w) => w.lower).join(' ')} `;
  const has = (list: readonly string[]) => list.some((k) => text.includes(` ${k} `));
  if (has(ARMED) || words.some((w) => ARMED_ABBREVIATIONS.has(w.text))) return 'armed';
  if (has(ENTERPRISE)) return 'enterprise';
  if (has(AGENCY)) return 'agency';
  return 'other';
}

/**
 * Resolves a unit's name to its canonical unit, or null when that would be a guess.
 *
 * @example
 * resolveUnit('Huyện ủy Di Linh', { provinceCode: '68' })
 * // → { unitId: '68-679', unit: 'Đảng bộ huyện Di Linh', unitLevel: 'district' }
 * resolveUnit('Đảng ủy Khối các cơ quan tỉnh', { provinceCode: '68' })
 * // → { unitId: '68-khoi-cac-co-quan', unit: 'Đảng bộ Khối các cơ quan tỉnh Lâm Đồng', unitLevel: 'bloc' }
 */
export function resolveUnit(name: string, context: UnitContext): ResolvedUnit | null {
  const asOf = context.asOf ?? null;
  const all = tidy(name)
    .split(/[\s\-–]+/u)
    .filter(Boolean)
    .map((text) => ({ text, lower: text.toLowerCase() }));
  const { head, kind: headKind, rest: afterHead } = readHead(all);
  const person = personAt(afterHead);
  const rest = person >= 0 ? afterHead.slice(0, person) : afterHead;

  // A committee's head with a place or none: "Tỉnh ủy Lâm Đồng", "Huyện ủy Di Linh", "Tỉnh ủy" (the document's).
  const lead = kindAt(rest, 0);
  if (headKind && !lead) {
    if (!rest.every((w) => isCapitalized(w.text))) return null;
    const scope = placeScope(headKind, rest.map((w) => w.text).join(' '), context);
    return scope ? territorialUnit(scope, asOf) : null;
  }
  // "Đảng bộ huyện Di Linh", "huyện Ninh Giang", "Đảng ủy xã Long Thành Nam".
  if (lead && (head === null || head === 'đảng ủy' || head === 'đảng bộ' || headKind !== null)) {
    const words = rest.slice(lead.n);
    if (COMMUNE_KINDS.has(lead.kind)) return communeUnit(lead.kind, words, context);
    const place = trailingScopeOfPlace(lead.kind, words, context);
    return place ? territorialUnit(place, asOf) : null;
  }
  if (rest.length === 0) return null;
  // "Đảng ủy Khối các cơ quan tỉnh", "Đảng bộ khối doanh nghiệp ngoài quốc doanh quận Tân Bình".
  if (rest[0]!.lower === 'khối') return blocUnit(rest.slice(1), context);
  // A bare place: a province ("Đảng bộ Lâm Đồng"), or a district of the document's province ("Ba Tri").
  if (rest.every((w) => isCapitalized(w.text))) {
    const written = rest.map((w) => w.text).join(' ');
    const code = findProvinceCode(written);
    if (code) return territorialUnit({ central: false, provinceCode: code, district: null }, asOf);
    const districts = findDistricts(written).filter((r) => r.provinceCode === context.provinceCode);
    if (districts.length === 1)
      return territorialUnit({ central: false, provinceCode: '', district: districts[0]! }, asOf);
    if (findDistricts(written).length > 0) return null;
  }
  return namedUnit(head, rest, context);
}

/** A district-level or province-level place after its kind word, with the province it may name after it. */
function trailingScopeOfPlace(kind: PlaceKind, words: readonly Word[], context: UnitContext): Scope | undefined {
  // "huyện Di Linh tỉnh Lâm Đồng": the province after the district is the context.
  const inner = words.findIndex((w, i) => i > 0 && (w.lower === 'tỉnh' || kindAt(words, i)?.kind === 'thành phố'));
  if (inner > 0) {
    const province = placeScope(
      words[inner]!.lower === 'tỉnh' ? 'tỉnh' : 'thành phố',
      words
        .slice(inner + (words[inner]!.lower === 'tỉnh' ? 1 : 2))
        .map((w) => w.text)
        .join(' '),
      context,
    );
    if (!province || province.central) return undefined;
    const name = words
      .slice(0, inner)
      .map((w) => w.text)
      .join(' ');
    return placeScope(kind, name, { ...context, provinceCode: province.provinceCode });
  }
  if (!words.every((w) => isCapitalized(w.text))) return undefined;
  return placeScope(kind, words.map((w) => w.text).join(' '), context);
}

/** A Khối's unit: its canonical words ("các cơ quan") and scope ("tỉnh Lâm Đồng", "Trung ương"). */
function blocUnit(words: readonly Word[], context: UnitContext): ResolvedUnit | null {
  const { scope, body } = trailingScope(words, context);
  if (!scope || body.length === 0) return null;
  const parts = scopeParts(scope, context.asOf ?? null);
  if (!parts) return null;
  const key = foldPlaceName(
    body
      .filter((w) => w.lower !== 'các' && w.lower !== 'và')
      .map((w) => w.text)
      .join(' '),
  );
  const display = BLOCS[key] ?? body.map((w) => w.lower).join(' ');
  return {
    unitId: `${parts.id}-${slug(`khối ${display}`)}`,
    unit: `Đảng bộ Khối ${display} ${parts.name}`,
    unitLevel: 'bloc',
  };
}

/** An armed, agency, enterprise or other unit: its own words and its scope ("Đảng bộ Công an tỉnh Lâm Đồng"). */
function namedUnit(head: string | null, words: readonly Word[], context: UnitContext): ResolvedUnit | null {
  let { scope, body, written } = trailingScope(words, context);
  // A ministry is central ("Đảng bộ cơ quan Bộ Ngoại giao"); "Bộ Chỉ huy", "Bộ đội" are not ministries.
  const ministry = body.findIndex(
    (w, i) => w.text === 'Bộ' && isCapitalized(body[i + 1]?.text ?? '') && body[i + 1]?.text !== 'Chỉ',
  );
  if (!written && ministry >= 0) scope = { central: true };
  if (!scope || body.length === 0) return null;
  const parts = scopeParts(scope, context.asOf ?? null);
  if (!parts) return null;
  const own = `${head === 'chi bộ' ? 'Chi bộ' : 'Đảng bộ'} ${body.map((w) => w.text).join(' ')}`;
  // A ministry's unit needs no "Trung ương" after its name.
  const suffix = scope.central && !written ? '' : ` ${parts.name}`;
  return {
    unitId: `${parts.id}-${slug(head === 'chi bộ' ? own : own.replace(/^Đảng bộ /, ''))}`,
    unit: `${own}${suffix}`,
    unitLevel: levelOf(body),
  };
}
