import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { PanelBuilder, periodTypeOf } from './index.js';

/** The panel of self-written documents, each extracted as `vnpr extract` would. */
function panelOf(documents: Record<string, string>) {
  const panel = new PanelBuilder();
  for (const [id, text] of Object.entries(documents)) for (const record of extract(text, { id })) panel.add(record);
  return panel;
}

const LAM_DONG = 'Tỉnh ủy Lâm Đồng tổng kết công tác xây dựng Đảng năm 2022\n';

describe('PanelBuilder', () => {
  it('flags two documents that disagree and lists both values, never averaging them', () => {
    const panel = panelOf({
      'a.txt': `${LAM_DONG}Năm 2022, Đảng bộ tỉnh Lâm Đồng đã kết nạp 1.520 đảng viên mới.`,
      'b.txt': `${LAM_DONG}Trong năm 2022, toàn Đảng bộ tỉnh Lâm Đồng kết nạp 1.502 đảng viên.`,
    });
    const row = panel.rows().find((r) => r.indicator === 'admitted');
    expect(row).toMatchObject({
      unitId: '68',
      unit: 'Đảng bộ tỉnh Lâm Đồng',
      provinceCode: '68',
      period: '2022',
      value: null,
      sources: 2,
      conflict: true,
      values: [
        { value: 1520, docIds: ['a.txt'] },
        { value: 1502, docIds: ['b.txt'] },
      ],
    });
    expect(panel.conflictKeys().size).toBe(1);
  });

  it('counts the documents that agree, and quotes the first', () => {
    const panel = panelOf({
      'a.txt': `${LAM_DONG}Năm 2022, Đảng bộ tỉnh Lâm Đồng đã kết nạp 1.520 đảng viên mới.`,
      'c.txt': `${LAM_DONG}Năm 2022, Đảng bộ tỉnh Lâm Đồng kết nạp được 1.520 đảng viên.`,
    });
    expect(panel.rows().find((r) => r.indicator === 'admitted')).toMatchObject({
      value: 1520,
      sources: 2,
      docIds: ['a.txt', 'c.txt'],
      conflict: false,
      quote: 'kết nạp 1.520 đảng viên',
    });
    expect(panel.conflictKeys().size).toBe(0);
  });

  it('keeps a year and a term in separate rows', () => {
    const panel = panelOf({
      'a.txt': `${LAM_DONG}Năm 2022, Đảng bộ tỉnh Lâm Đồng đã kết nạp 1.520 đảng viên mới. Nhiệm kỳ 2015-2020, Đảng bộ tỉnh Lâm Đồng kết nạp 7.200 đảng viên.`,
    });
    const admitted = panel.rows().filter((r) => r.indicator === 'admitted');
    expect(admitted.map((r) => [r.period, r.periodType, r.value])).toEqual([
      ['2015-2020', 'term', 7200],
      ['2022', 'year', 1520],
    ]);
  });

  it('leaves out figures whose unit is not resolved', () => {
    const panel = panelOf({
      'd.txt':
        'Đảng bộ huyện Châu Thành tổng kết năm 2022\nNăm 2022, Đảng bộ huyện Châu Thành đã kết nạp 95 đảng viên mới.',
    });
    expect(panel.rows()).toEqual([]);
    expect(panel.stats.withoutUnit).toBeGreaterThan(0);
  });

  it.each([
    ['2019', 'year'],
    ['2019-H1', 'half-year'],
    ['2015-2020', 'term'],
    ['2019-Q3', null],
    [null, null],
  ])('period %s is a %s', (period, type) => {
    expect(periodTypeOf(period)).toBe(type);
  });
});
