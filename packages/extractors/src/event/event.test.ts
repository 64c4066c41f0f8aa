import { analyze } from '@vnpr/core';
import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../testing/linear-time.js';
import { runFixtures } from '../testing/run-fixtures.js';
import { eventExtractor } from './index.js';
import { eventSchema } from './schema.js';

const ctx = { publishedAt: null, isClaimed: () => false };

function events(text: string, reference = '2024-01-05') {
  const doc = analyze(text, { id: 'x', reference });
  return eventExtractor.extract(doc, ctx).map((c) => ({ ...c.fields, quote: doc.text.slice(c.start, c.end) }));
}

describe('event: meetings opening a sentence', () => {
  it.each([
    [
      'Ngày 14-1, Đảng ủy Khối Cơ quan-Doanh nghiệp tỉnh tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2019 và triển khai nhiệm vụ năm 2020.',
      '2020-06-20',
      {
        date: '2020-01-14',
        partOfDay: null,
        kind: 'hội nghị',
        activities: ['tổng kết', 'triển khai'],
        period: '2019',
        organizer: 'Đảng ủy Khối Cơ quan-Doanh nghiệp tỉnh',
        inferred: true,
      },
    ],
    [
      'Chiều ngày 02/01, Ban Thường vụ Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh (Đảng ủy Khối) tổ chức hội nghị Đảng ủy Khối lần thứ 17, tổng kết tình hình thực hiện Nghị quyết năm 2023.',
      '2024-06-20',
      {
        date: '2024-01-02',
        partOfDay: 'chiều',
        kind: 'hội nghị',
        period: '2023',
        organizer: 'Ban Thường vụ Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh',
      },
    ],
    [
      'Sáng 2-8, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2019.',
      '2019-08-02',
      {
        date: '2019-08-02',
        partOfDay: 'sáng',
        kind: 'hội nghị',
        activities: ['sơ kết', 'triển khai'],
        period: '2019-H1',
      },
    ],
    [
      '(LĐ online) - Chiều 16/1/2020, Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng đã tổng kết công tác năm 2019 và triển khai nhiệm vụ năm 2020.',
      '2020-01-17',
      {
        date: '2020-01-16',
        partOfDay: 'chiều',
        kind: 'tổng kết',
        period: '2019',
        organizer: 'Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng',
        inferred: false,
      },
    ],
    [
      'Ngày 30-12, Huyện ủy Long Hồ tổ chức Hội nghị tổng kết công tác năm 2023.',
      '2024-01-05',
      { date: '2023-12-30', kind: 'hội nghị', organizer: 'Huyện ủy Long Hồ', inferred: true },
    ],
    [
      'Sáng nay (10-12), Đại hội Đảng bộ xã Tân Hòa lần thứ XV, nhiệm kỳ 2025-2030 khai mạc trọng thể.',
      '2025-12-10',
      { date: '2025-12-10', partOfDay: 'sáng', kind: 'đại hội', activities: ['khai mạc'], organizer: null },
    ],
    [
      'Chiều 15/3, tại Hội trường Tỉnh ủy, Ban Thường vụ Huyện ủy Thới Lai tổ chức Hội nghị quán triệt Nghị quyết số 57-NQ/TW.',
      '2025-04-01',
      {
        date: '2025-03-15',
        kind: 'hội nghị',
        activities: ['quán triệt'],
        organizer: 'Ban Thường vụ Huyện ủy Thới Lai',
      },
    ],
  ])('%s', (text, reference, want) => {
    const got = events(text, reference);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject(want);
  });

  it('spans from the part of the day to the end of the sentence', () => {
    const [e] = events('Tối 20-11, Chi bộ ấp 3 tổ chức lễ kỷ niệm ngày thành lập. Các đảng viên dự đầy đủ.');
    expect(e?.quote).toBe('Tối 20-11, Chi bộ ấp 3 tổ chức lễ kỷ niệm ngày thành lập');
    expect(e).toMatchObject({ kind: 'lễ', partOfDay: 'tối', activities: ['kỷ niệm'] });
  });

  it('reads a meeting word wrapped onto the next line, with no review word beside it', () => {
    const [e] = events('Sáng 5-3, Chi bộ ấp Phước Lợi tổ chức Hội\nnghị chi bộ thường kỳ tháng 3.');
    expect(e).toMatchObject({ date: '2024-03-05', kind: 'hội nghị', activities: [] });
    const [m] = events('Ngày 20-2, Chi bộ ấp Phước Hưng tổ chức buổi\nsinh hoạt chuyên đề về Bác Hồ.');
    expect(m).toMatchObject({ date: '2024-02-20', kind: 'buổi sinh hoạt' });
  });

  it('reads the old tone placement as the new one ("toạ đàm" is "tọa đàm")', () => {
    const [e] = events('Sáng 3-2, Đảng ủy phường An Lạc tổ chức buổi toạ đàm kỷ niệm ngày thành lập Đảng.');
    expect(e).toMatchObject({ date: '2024-02-03', kind: 'tọa đàm', organizer: 'Đảng ủy phường An Lạc' });
  });

  it('reads a day core finds no trigger for ("Hôm nay 2-2") with core\'s reader, its time included', () => {
    const [e] = events('Hôm nay 2-2 lúc 8h, Chi bộ ấp Phước Lợi tổ chức Lễ kết nạp đảng viên mới.', '2023-02-02');
    expect(e).toMatchObject({ date: '2023-02-02T08:00', kind: 'lễ kết nạp', inferred: true });
    const [f] = events('Hôm nay (14-1), Huyện ủy Long Hồ tổ chức Hội nghị tổng kết công tác năm 2023.', '2024-01-20');
    expect(f).toMatchObject({ date: '2024-01-14', partOfDay: null, organizer: 'Huyện ủy Long Hồ', inferred: true });
    expect(events('Hôm nay (31-4), Huyện ủy Long Hồ tổ chức Hội nghị tổng kết.', '2024-05-02')).toEqual([]);
  });

  it('keeps one event per date', () => {
    const text =
      'Ngày 14-1, Đảng ủy Khối tổ chức Hội nghị tổng kết năm 2023. Ngày 14-1, Đảng ủy Khối cũng tổ chức hội nghị Ban Chấp hành.';
    expect(events(text)).toHaveLength(1);
  });
});

describe('event: not meetings', () => {
  it.each([
    '09:01, 17/01/2020',
    'Cập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)',
    'Thực hiện Quy định số 3286-QĐ/TU, ngày 18/10/2023 của Ban Thường vụ Tỉnh ủy về xây dựng mô hình.',
    'Các chi bộ hoàn thành việc kiểm điểm trước ngày 30/6.',
    'Đồng chí Nguyễn Văn An sinh ngày 12/5/1970, quê xã Tân Hòa.',
    'Ngày 5-3, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU về triển khai Nghị quyết.',
    'Ngày 14-1, trời mưa lớn trên địa bàn tỉnh.',
    'Năm 2019, Đảng ủy Khối kết nạp 145 đảng viên mới, tổ chức 12 hội nghị.',
  ])('%s', (text) => {
    expect(events(text)).toEqual([]);
  });
});

describe('event: linear time', () => {
  it.each([
    ['openers', 'Ngày 1-1, '],
    ['dots', '. . '],
    ['meetings', 'Sáng 2-8, Ban Thường vụ tổ chức hội nghị tổng kết năm 2019 '],
  ])('grows linearly on %s', (_name, unit) => {
    expectLinearTime(eventExtractor, unit);
  });
});

describe('event schema', () => {
  const valid = {
    date: '2020-02-29',
    partOfDay: null,
    kind: 'hội nghị',
    activities: [],
    period: null,
    organizer: null,
    inferred: true,
  };
  it.each([
    ['2020-02-29', true],
    ['2020-02-29T08:30', true],
    ['2020-02-31', false],
    ['2021-02-29', false],
    ['2020-13-01', false],
    ['2020-01-05T25:00', false],
    ['2020-01', false],
  ])('%s is a calendar day: %s', (date, ok) => {
    expect(eventSchema.safeParse({ ...valid, date }).success).toBe(ok);
  });

  it.each([
    ['sáng', true],
    ['trưa', true],
    ['chiều', true],
    ['tối', true],
    [null, true],
    ['Sáng', false],
    ['buổi sáng', false],
    ['đêm', false],
    ['', false],
  ])('partOfDay %s is one of the parts of the day in the contract: %s', (partOfDay, ok) => {
    expect(eventSchema.safeParse({ ...valid, partOfDay }).success).toBe(ok);
  });

  it('kind is an open set of meeting words, never empty', () => {
    expect(eventSchema.safeParse({ ...valid, kind: 'hội nghị trực tuyến' }).success).toBe(true);
    expect(eventSchema.safeParse({ ...valid, kind: '' }).success).toBe(false);
  });

  it('an impossible day opening a sentence gives no event', () => {
    expect(events('Ngày 31-2, Đảng ủy phường tổ chức Hội nghị sơ kết.', '2020-03-10')).toEqual([]);
    expect(events('Ngày 30/2, Chi bộ 3 tổ chức hội nghị.', '2020-03-10')).toEqual([]);
  });
});

runFixtures('event', import.meta.dirname);
