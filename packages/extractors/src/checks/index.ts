// The consistency checks: figures of one document that do not add up, as `check` records. A check carries the
// span, quote and sentence of the record it concerns and never changes or removes that record.
import type { VnprRecord } from '../contract.js';
import {
  type CheckInput,
  checkEventAfterPublication,
  checkImpossibleValues,
  checkPartsExceedTotal,
  checkPercentOfTarget,
  checkPercentOfTotal,
  checkSharesOver100,
  type Finding,
} from './rules.js';

export { CHECK_RULES, type CheckFields, type CheckRule, checkSchema } from './schema.js';

/** The rules, in the order their findings are listed. */
const RULES: readonly ((input: CheckInput) => Finding[])[] = [
  checkPercentOfTarget,
  checkPercentOfTotal,
  checkSharesOver100,
  checkPartsExceedTotal,
  checkEventAfterPublication,
  checkImpossibleValues,
];

/**
 * The records of one document (its `document` record first) with a `check` record after each record whose
 * figures do not add up.
 *
 * @example
 * withChecks(extract('Đảng bộ đã kết nạp 209/150 đảng viên, đạt 129,33% kế hoạch.'))
 * // → [document, membership, { type: 'check', rule: 'percent-of-target', message: '209/150 = 139.33%, the text says 129.33%', … }]
 */
export function withChecks(records: readonly VnprRecord[]): VnprRecord[] {
  const [document, ...rest] = records;
  if (!document) return [];
  const input: CheckInput = { document, records: rest };
  const byRecord = new Map<VnprRecord, VnprRecord[]>();
  for (const rule of RULES) {
    for (const { record, fields } of rule(input)) {
      const check: VnprRecord = {
        type: 'check',
        docId: record.docId,
        span: record.span,
        quote: record.quote,
        sentence: record.sentence,
        ...fields,
      };
      const list = byRecord.get(record) ?? [];
      byRecord.set(record, list);
      list.push(check);
    }
  }
  if (byRecord.size === 0) return [...records];
  return records.flatMap((r) => [r, ...(byRecord.get(r) ?? [])]);
}
