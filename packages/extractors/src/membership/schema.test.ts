import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { MEMBERSHIP_ACTIONS, membershipSchema } from './schema.js';

const flow = (action: string) => ({
  organization: null,
  action,
  count: 12,
  target: null,
  percentOfTarget: null,
  period: '2023',
});

describe('membership action', () => {
  it.each(MEMBERSHIP_ACTIONS)('"%s" is a flow the record contract names', (action) => {
    expect(membershipSchema.safeParse(flow(action)).success).toBe(true);
  });

  it.each(['kết nạp đoàn viên', 'Kết nạp', 'tuyên dương', ''])('"%s" is not one', (action) => {
    expect(membershipSchema.safeParse(flow(action)).success).toBe(false);
  });

  it('each action the extractor finds is in the closed set', () => {
    const text =
      'Năm 2023, Đảng bộ xã kết nạp 15 đảng viên, xét chuyển đảng chính thức cho 11 đồng chí, chuyển sinh hoạt đảng đi ' +
      'cho 4 đảng viên, tiếp nhận chuyển sinh hoạt đảng đến cho 6 đảng viên, xóa tên 1 đảng viên, khai trừ 2 đảng viên, ' +
      'cấp thẻ đảng viên cho 9 đồng chí.';
    const actions = extract(text, { only: ['membership'], publishedAt: '2024-01-10' })
      .filter((r) => r.type === 'membership')
      .map((r) => r.action);
    expect(actions).toEqual([
      'kết nạp',
      'chuyển chính thức',
      'chuyển sinh hoạt đi',
      'chuyển sinh hoạt đến',
      'xóa tên',
      'khai trừ',
      'cấp thẻ',
    ]);
    for (const a of actions) expect(MEMBERSHIP_ACTIONS).toContain(a);
  });
});
