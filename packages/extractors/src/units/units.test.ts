import { describe, expect, it } from 'vitest';
import type { VnprRecord } from '../contract.js';
import { extract } from '../extract.js';

const unitOf = (r: VnprRecord | undefined) => r && { unitId: r.unitId, unit: r.unit, unitLevel: r.unitLevel };

describe('withUnits (in extract)', () => {
  const records = extract(
    'Huyện ủy Di Linh tổng kết công tác xây dựng Đảng năm 2023\n' +
      'Năm 2023, Đảng bộ huyện Di Linh đã kết nạp 113 đảng viên mới, đạt 102,7% kế hoạch. ' +
      'Đảng bộ xã Gia Hiệp kết nạp 12 đảng viên.\nHiện có 62 tổ chức cơ sở đảng trực thuộc.',
    { id: 'di-linh.txt' },
  );

  it('gives the committee and the organization one unit', () => {
    const district = { unitId: '68-679', unit: 'Đảng bộ huyện Di Linh', unitLevel: 'district' };
    expect(records[0]).toMatchObject({ organization: 'Huyện ủy Di Linh', provinceCode: '68', ...district });
    expect(unitOf(records.find((r) => r.type === 'membership' && r.count === 113))).toEqual(district);
  });

  it('takes the document’s unit for a record without an organization, its own otherwise', () => {
    const stat = records.find((r) => r.type === 'orgStat');
    expect(stat).toMatchObject({ organization: null, unitId: '68-679' });
    expect(unitOf(records.find((r) => r.type === 'membership' && r.count === 12))).toEqual({
      unitId: '68-xa-gia-hiep',
      unit: 'Đảng bộ xã Gia Hiệp',
      unitLevel: 'commune',
    });
  });

  it('leaves types without an organization alone', () => {
    for (const r of records.filter((r) => r.type === 'quantity' || r.type === 'event' || r.type === 'official'))
      expect(r).not.toHaveProperty('unitId');
  });

  it('never guesses a province: a district name of ten provinces stays unresolved', () => {
    const [document, membership] = extract(
      'Đảng bộ huyện Châu Thành tổng kết năm 2023\nNăm 2023, Đảng bộ huyện Châu Thành đã kết nạp 95 đảng viên mới.',
      { id: 'chau-thanh.txt' },
    );
    expect(document).toMatchObject({ province: null, unitId: null, unit: null, unitLevel: null });
    expect(membership).toMatchObject({ type: 'membership', unitId: null, unit: null, unitLevel: null });
  });
});
