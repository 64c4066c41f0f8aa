// Checked by tsc (test/types/types.test.ts runs it) against the built declarations of @vnpr/extractors, as a
// consumer of the package sees them: isRecord() and the BuiltInRecord union narrow a record to its fields.
import { type BuiltInRecord, extract, isRecord, type VnprRecord } from '@vnpr/extractors';

/** True only when A and B are the same type (not merely assignable; `any` is not `number`). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const records: VnprRecord[] = extract('Năm 2023, Đảng bộ huyện kết nạp 120/100 đảng viên.', { id: 'a.txt' });

for (const r of records) {
  const unknownBefore: Equal<typeof r.count, unknown> = true;
  if (isRecord(r, 'membership')) {
    const count: Equal<typeof r.count, number> = true;
    const target: Equal<typeof r.target, number | null> = true;
    const type: Equal<typeof r.type, 'membership'> = true;
    void [unknownBefore, count, target, type];
  }
  if (isRecord(r, 'target')) {
    const value: Equal<(typeof r.values)[number]['comparator'], 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'range'> = true;
    void value;
  }
  if (isRecord(r, 'document')) {
    const encoding: Equal<typeof r.encoding, string> = true;
    void encoding;
  }
  // @ts-expect-error: not a built-in record type
  isRecord(r, 'memberships');
}

export function describe(record: BuiltInRecord): string {
  switch (record.type) {
    case 'rating': {
      const level: Equal<typeof record.level, 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV'> = true;
      return `${level} ${record.level}`;
    }
    case 'membership': {
      const count: Equal<typeof record.count, number> = true;
      return `${count} ${record.action} ${record.count}`;
    }
    default:
      return record.type;
  }
}
