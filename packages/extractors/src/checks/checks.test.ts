import { describe, expect, it } from 'vitest';
import type { VnprRecord } from '../contract.js';
import { extract } from '../extract.js';
import { checkEventAfterPublication, checkImpossibleValues } from './rules.js';

/** The check records of a text, as [rule, message]. */
function checksOf(text: string, publishedAt: string | null = null): [unknown, unknown][] {
  return extract(text, { id: 'x.txt', publishedAt })
    .filter((r) => r.type === 'check')
    .map((r) => [r.rule, r.message]);
}

describe('consistency checks on self-written text', () => {
  it.each([
    ['a ratio and its share that agree', 'Năm 2023, Đảng bộ huyện đã kết nạp 209/150 đảng viên, đạt 139,33% kế hoạch.'],
    ['a share rounded to a whole per cent', 'Năm 2019, Đảng bộ Khối kết nạp 145/120 đảng viên, đạt 121% chỉ tiêu.'],
    ['a count of a total and its share', 'Năm 2022 có 62/66 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, chiếm 93,9%.'],
    [
      'a share nested in another ("trong đó")',
      'Năm 2022, có 90% chi bộ hoàn thành tốt nhiệm vụ, trong đó có 25% chi bộ hoàn thành xuất sắc nhiệm vụ.',
    ],
    [
      'levels whose shares add up to 100',
      'Năm 2022, 30% đảng viên hoàn thành xuất sắc nhiệm vụ; 60% đảng viên hoàn thành tốt nhiệm vụ; 10% đảng viên hoàn thành nhiệm vụ.',
    ],
    ['a text without figures', 'Hội nghị quán triệt nghị quyết diễn ra trang trọng.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(checksOf(text)).toEqual([]);
  });

  it('reads the figures those texts hold (so finding nothing means they add up)', () => {
    const types = (text: string) => extract(text, { id: 'x.txt' }).map((r) => r.type);
    expect(types('Năm 2019, Đảng bộ Khối kết nạp 145/120 đảng viên, đạt 121% chỉ tiêu.')).toContain('membership');
    const levels = extract(
      'Năm 2022, 30% đảng viên hoàn thành xuất sắc nhiệm vụ; 60% đảng viên hoàn thành tốt nhiệm vụ; 10% đảng viên hoàn thành nhiệm vụ.',
      { id: 'x.txt' },
    ).filter((r) => r.type === 'rating');
    expect(levels.map((r) => r.percent)).toEqual([30, 60, 10]);
    const nested = extract(
      'Năm 2022, có 90% chi bộ hoàn thành tốt nhiệm vụ, trong đó có 25% chi bộ hoàn thành xuất sắc nhiệm vụ.',
      { id: 'x.txt' },
    ).filter((r) => r.type === 'rating');
    expect(nested.map((r) => r.percent)).toEqual([90, 25]);
  });

  it('finds a share of the plan that does not match its ratio', () => {
    expect(checksOf('Năm 2023, Đảng bộ tỉnh đã kết nạp 209/150 đảng viên, đạt 129,33% so nghị quyết.')).toEqual([
      ['percent-of-target', '209/150 = 139.33%, the text says 129.33%'],
    ]);
  });

  it('finds a share of the total that does not match its count', () => {
    expect(checksOf('Năm 2022 có 62/66 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, chiếm 97%.')).toEqual([
      ['percent-of-total', '62/66 = 93.94%, the text says 97%'],
    ]);
  });

  it('finds levels whose shares add up past 100%', () => {
    const text =
      'Năm 2022, 120 đảng viên hoàn thành xuất sắc nhiệm vụ, chiếm 60%; 100 đảng viên hoàn thành tốt nhiệm vụ, chiếm 50%.';
    expect(checksOf(text)).toEqual([['shares-over-100', 'HTXSNV 60% + HTTNV 50% = 110% of đảng viên']]);
  });

  it('finds counts of levels that add up past their total', () => {
    const text = 'Năm 2022, 40/150 chi bộ hoàn thành xuất sắc nhiệm vụ; 120/150 chi bộ hoàn thành tốt nhiệm vụ.';
    expect(checksOf(text)).toEqual([['parts-exceed-total', 'HTXSNV 40 + HTTNV 120 = 160, more than the 150 chi bộ']]);
  });

  it('a check carries the span and quote of the record it concerns, and the record stays as it was', () => {
    const text = 'Năm 2023, Đảng bộ tỉnh đã kết nạp 209/150 đảng viên, đạt 129,33% so nghị quyết.';
    const records = extract(text, { id: 'x.txt' });
    const at = records.findIndex((r) => r.type === 'check');
    const check = records[at]!;
    const concerned = records[at - 1]!;
    expect(concerned).toMatchObject({ type: 'membership', count: 209, target: 150, percentOfTarget: 129.33 });
    expect(check).toMatchObject({ recordType: 'membership', severity: 'warning', span: concerned.span });
    expect(text.slice(check.span[0], check.span[1])).toBe(check.quote);
  });

  it('leaves checks out when `only` does not ask for them', () => {
    const text = 'Năm 2023, Đảng bộ tỉnh đã kết nạp 209/150 đảng viên, đạt 129,33% so nghị quyết.';
    expect(extract(text, { only: ['membership'] }).map((r) => r.type)).toEqual(['document', 'membership']);
    expect(extract(text, { only: ['membership', 'check'] }).map((r) => r.type)).toEqual([
      'document',
      'membership',
      'check',
    ]);
  });
});

const record = (fields: Record<string, unknown>): VnprRecord => ({
  docId: 'x.txt',
  span: [0, 1],
  quote: 'x',
  sentence: 'x',
  type: 'event',
  ...fields,
});

describe('event-after-publication', () => {
  const document = record({ type: 'document', publishedAt: '2023-12-05T08:30' });

  it('flags a meeting dated after the article, and says when its year was inferred', () => {
    const event = record({ date: '2023-12-20', inferred: true, sentence: 'Sáng 20-12, Huyện ủy tổ chức hội nghị.' });
    expect(checkEventAfterPublication({ document, records: [event] }).map((f) => f.fields.message)).toEqual([
      'the event is dated 2023-12-20 (its year was inferred), after the publication on 2023-12-05',
    ]);
  });

  it.each([
    ['a meeting the same day', record({ date: '2023-12-05T14:00', sentence: 'Chiều 5-12, hội nghị khai mạc.' })],
    ['a meeting announced ahead', record({ date: '2023-12-20', sentence: 'Ngày 20-12, Đại hội sẽ khai mạc.' })],
    ['a meeting planned', record({ date: '2024-01-09', sentence: 'Hội nghị dự kiến diễn ra ngày 9-1-2024.' })],
  ])('leaves %s alone', (_name, event) => {
    expect(checkEventAfterPublication({ document, records: [event] })).toEqual([]);
  });
});

describe('impossible-value', () => {
  const document = record({ type: 'document', publishedAt: '2023-12-05' });
  const now = new Date('2026-12-01T00:00:00Z');

  it.each([
    [
      'a share above 100%',
      record({ type: 'rating', subject: 'đảng viên', percent: 104 }),
      'a share of 104% of đảng viên',
    ],
    ['a year before 1930', record({ date: '1925-03-02' }), 'date 1925-03-02 is outside 1930–2027'],
    ['a year far ahead', record({ type: 'reference', date: '2091-01-01' }), 'date 2091-01-01 is outside 1930–2027'],
  ])('flags %s as an error', (_name, r, message) => {
    expect(
      checkImpossibleValues({ document, records: [r] }, now).map((f) => [f.fields.severity, f.fields.message]),
    ).toEqual([['error', message]]);
  });

  it.each([
    ['a percent of the plan above 100', record({ type: 'membership', percentOfTarget: 139.33 })],
    ['a full share', record({ type: 'rating', subject: 'chi bộ', percent: 100 })],
    ['the first year of the Party', record({ date: '1930-02-03' })],
  ])('leaves %s alone', (_name, r) => {
    expect(checkImpossibleValues({ document, records: [r] }, now)).toEqual([]);
  });
});
