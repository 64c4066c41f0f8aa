// The canonical unit of each record that has an organization: the record's own organization, else the document's,
// resolved by @vnpr/core's resolveUnit against the document's province and date. A name that cannot be resolved
// without guessing gives null fields, never the document's unit.
import { type ResolvedUnit, resolveUnit, type UnitLevel } from '@vnpr/core';
import type { VnprRecord } from '../contract.js';

/** The unit fields added to the document record and to every record with an `organization`. */
export interface UnitFields {
  /** Stable id: "68" (a province's party organization), "68-679" (a district's), "68-khoi-cac-co-quan". */
  unitId: string | null;
  /** Canonical name: "Đảng bộ huyện Di Linh" for "Huyện ủy Di Linh" and for "Đảng bộ huyện Di Linh". */
  unit: string | null;
  unitLevel: UnitLevel | null;
}

/** The unit fields in column order. */
export const UNIT_FIELDS = ['unitId', 'unit', 'unitLevel'] as const;

/**
 * The built-in record types whose records carry `organization`, and so the unit fields (a plugin's record with an
 * `organization` gets them too: `withUnits` goes by the field, not by this list).
 */
export const UNIT_TYPES: ReadonlySet<string> = new Set([
  'document',
  'membership',
  'rating',
  'target',
  'orgStat',
  'participation',
  'award',
]);

const NONE: UnitFields = { unitId: null, unit: null, unitLevel: null };

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/**
 * The records of one document (its `document` record first) with `unitId`, `unit` and `unitLevel` on the document
 * record and on each record of a type that has an `organization`.
 *
 * @example
 * withUnits([{ type: 'document', organization: 'Huyện ủy Di Linh', provinceCode: '68', … }, membership])
 * // → both with { unitId: '68-679', unit: 'Đảng bộ huyện Di Linh', unitLevel: 'district' }
 */
export function withUnits(records: readonly VnprRecord[]): VnprRecord[] {
  const [document, ...rest] = records;
  if (!document) return [];
  const context = { provinceCode: text(document.provinceCode), asOf: text(document.publishedAt) };
  const cache = new Map<string, ResolvedUnit | null>();
  const resolve = (name: string | null): UnitFields => {
    if (name === null) return NONE;
    let unit = cache.get(name);
    if (unit === undefined) {
      unit = resolveUnit(name, context);
      cache.set(name, unit);
    }
    return unit ?? NONE;
  };
  const own = resolve(text(document.organization));
  return [
    { ...document, ...own },
    ...rest.map((r) => {
      // Every record with an `organization` (a built-in type of UNIT_TYPES or a plugin's), as its columns say.
      if (!Object.hasOwn(r, 'organization')) return r;
      const name = text(r.organization);
      return { ...r, ...(name === null ? own : resolve(name)) };
    }),
  ];
}
