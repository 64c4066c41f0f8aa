import { analyze } from '@vnpr/core';
import { describe, expect, it } from 'vitest';
import type { SentenceInput } from '../contract.js';
import { extract } from '../extract.js';
import { hitsCue } from '../resolver/index.js';
import { neighbourInput } from '../shared/neighbour.js';
import { membershipExtractor } from './index.js';

/** The input of sentence `index` of `text`, as the framework would build it, without the earlier ones read. */
function inputAt(text: string, index: number): SentenceInput {
  const doc = analyze(text, { id: 't' });
  const first = doc.sentences[0]!;
  const root: SentenceInput = {
    text: first.text,
    index: 0,
    numbers: [],
    dates: [],
    publishedAt: '2024-01-10',
    isClaimed: () => false,
    doc,
    offset: first.start,
    sentence: first,
  };
  return neighbourInput(root, doc.sentences[index]!);
}

const read = (s: SentenceInput) =>
  membershipExtractor.fromSentence(s).map((c) => [s.text.slice(c.start, c.end), c.fields.action, c.fields.count]);

describe('a list that opens a sentence', () => {
  const text = 'Năm 2023, Đảng ủy xét chuyển đảng chính thức cho 57 đồng chí. Trong đó, xã Tân Hòa 21, xã Phú Lâm 16.';

  it('continues the flow of the sentence before, also when that sentence was not read first', () => {
    expect(read(inputAt(text, 1))).toEqual([
      ['xã Tân Hòa 21', 'chuyển chính thức', 21],
      ['xã Phú Lâm 16', 'chuyển chính thức', 16],
    ]);
  });

  it('through the whole pipeline', () => {
    const records = extract(text, { only: ['membership'], publishedAt: '2024-01-10' }).filter(
      (r) => r.type === 'membership',
    );
    expect(records.map((r) => [r.organization, r.action, r.count, r.period])).toEqual([
      [null, 'chuyển chính thức', 57, '2023'],
      ['xã Tân Hòa', 'chuyển chính thức', 21, '2023'],
      ['xã Phú Lâm', 'chuyển chính thức', 16, '2023'],
    ]);
  });

  it('continues nothing after a sentence without a flow', () => {
    expect(read(inputAt('Đảng ủy họp bàn công tác cuối năm. Trong đó, xã Tân Hòa 21, xã Phú Lâm 16.', 1))).toEqual([]);
  });
});

describe('membership cues', () => {
  it.each([
    'Trong đó, xã Tân Hòa 21',
    'Trong đó , xã Tân Hòa 21',
    'Trong số đó: xã Tân Hòa 21',
    'Cụ thể\n: xã Tân Hòa 21',
    'Chi bộ phát triển 12 đảng viên mới',
    'nâng tổng số đảng viên phát triển trong năm lên 40',
  ])('%j holds one', (text) => {
    expect(hitsCue(membershipExtractor, text)).toBe(true);
  });

  it.each([
    'Kinh tế phát triển ổn định, trong đó dịch vụ tăng 8%.',
    'Đây là thời điểm chính thức khai mạc.',
    'Cụ thể hóa nghị quyết bằng chương trình hành động.',
  ])('%j holds none', (text) => {
    expect(hitsCue(membershipExtractor, text)).toBe(false);
  });
});
