import type { AwardFields } from './award/schema.js';
import type { CheckFields } from './checks/schema.js';
import type { CommonFields, VnprRecord } from './contract.js';
import type { EventFields } from './event/schema.js';
import type { MembershipFields } from './membership/schema.js';
import type { OfficialFields } from './official/schema.js';
import type { OrgStatFields } from './org-stat/schema.js';
import type { ParticipationFields } from './participation/schema.js';
import type { QuantityFields } from './quantity/schema.js';
import type { RatingFields } from './rating/schema.js';
import type { ReferenceFields } from './reference/schema.js';
import type { TargetFields } from './target/schema.js';
import type { UnitFields } from './units/index.js';

/** The fields of the `document` record, one per document (see docs/records.md). */
export interface DocumentFields {
  title: string | null;
  /** ISO date or date-time, null if absent. */
  publishedAt: string | null;
  source: string | null;
  author: string | null;
  organization: string | null;
  province: string | null;
  /** The province's GSO code ("68"), null when unknown or not in the 2025 register (Hà Tây). */
  provinceCode: string | null;
  /** The province it belongs to after the 2025-07-01 merger. */
  province2025: string | null;
  /** The length of the decoded text in UTF-16 code units. */
  chars: number;
  /** The encoding the bytes were read as: "utf-8", "utf-16le", "tcvn3", "vni", ... */
  encoding: string;
  warnings: string[];
}

/** The fields of an `error` record: an input that could not be read. */
export interface ErrorFields {
  /** "binary", "empty", "too-large", "unsupported-format", "extract-failed", ... */
  code: string;
  message: string;
}

/** The own fields of each built-in record type, inferred from the zod schemas (`document` and `error` by hand). */
export interface BuiltInFields {
  document: DocumentFields & UnitFields;
  error: ErrorFields;
  event: EventFields;
  official: OfficialFields;
  membership: MembershipFields & UnitFields;
  rating: RatingFields & UnitFields;
  target: TargetFields & UnitFields;
  reference: ReferenceFields;
  orgStat: OrgStatFields & UnitFields;
  participation: ParticipationFields & UnitFields;
  award: AwardFields & UnitFields;
  quantity: QuantityFields;
  check: CheckFields;
}

/** The type of a built-in record: `'membership'`, `'rating'`, ... */
export type BuiltInType = keyof BuiltInFields;

/** A built-in record of one type: the common fields, `type` as a literal, and the type's own fields. */
export type RecordOf<T extends BuiltInType> = Omit<CommonFields, 'type'> & { type: T } & BuiltInFields[T];

/**
 * Any built-in record, as a discriminated union on `type`: `switch (r.type)` narrows each branch to its fields.
 *
 * @example
 * function describe(r: BuiltInRecord) {
 *   if (r.type === 'membership') return `${r.action} ${r.count}`; // r.count: number
 * }
 */
export type BuiltInRecord = { [T in BuiltInType]: RecordOf<T> }[BuiltInType];

/**
 * Tells whether a record (as `extract()` returns it) is of a built-in type, and narrows it to that type's fields.
 *
 * @example
 * for (const r of extract(text)) if (isRecord(r, 'membership')) total += r.count; // r.count: number
 */
export function isRecord<T extends BuiltInType>(record: VnprRecord, type: T): record is VnprRecord & RecordOf<T> {
  return record.type === type;
}
