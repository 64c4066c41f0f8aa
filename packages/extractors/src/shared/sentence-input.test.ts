import { analyze } from '@vnpr/core';
import { describe, expect, it } from 'vitest';
import { readSentences } from './sentence-input.js';

const TEXT =
  'Hội nghị diễn ra sáng nay. Năm 2024, Đảng bộ xã phấn đấu kết nạp 25 đảng viên mới. ' +
  'Trời mưa to cả ngày. Chi bộ thôn Đông phấn đấu có 12 đảng viên trẻ.';

describe('readSentences', () => {
  it('reads each content sentence that holds the cue, in sentence offsets, and answers in document offsets', () => {
    const doc = analyze(TEXT, { id: 'x' });
    const seen: string[] = [];
    const found = readSentences(doc, null, /phấn đấu/iu, (s) => {
      seen.push(s.text);
      // The sentence's numbers come with offsets into its text.
      const n = s.numbers.find((m) => m.kind === 'count')!;
      expect(s.text.slice(n.start, n.end)).toBe(String(n.value));
      expect(s.doc.text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
      return [{ fields: n.value, start: n.start, end: n.end, claims: [{ start: n.start, end: n.end }] }];
    });
    expect(seen).toEqual([
      'Năm 2024, Đảng bộ xã phấn đấu kết nạp 25 đảng viên mới.',
      'Chi bộ thôn Đông phấn đấu có 12 đảng viên trẻ.',
    ]);
    expect(found.map((c) => doc.text.slice(c.start, c.end))).toEqual(['25', '12']);
    expect(found.map((c) => c.claims?.map((k) => doc.text.slice(k.start, k.end)))).toEqual([['25'], ['12']]);
    expect(found.map((c) => c.sentence.text)).toEqual(seen);
  });

  it('passes isClaimed on in sentence offsets', () => {
    const doc = analyze(TEXT, { id: 'x' });
    const at = TEXT.indexOf('12 đảng viên');
    const ctx = { publishedAt: null, isClaimed: (start: number, end: number) => start === at && end === at + 2 };
    const claimed = readSentences(doc, ctx, /Chi bộ/u, (s) => {
      const n = s.numbers[0]!;
      return [{ fields: s.isClaimed(n.start, n.end), start: n.start, end: n.end }];
    });
    expect(claimed.map((c) => c.fields)).toEqual([true]);
  });

  it('skips sentences without the cue and non-content sentences', () => {
    const doc = analyze(TEXT, { id: 'x' });
    doc.sentences[1] = { ...doc.sentences[1]!, skip: 'duplicate' };
    const seen: string[] = [];
    readSentences(doc, null, /phấn đấu/iu, (s) => {
      seen.push(s.text);
      return [];
    });
    expect(seen).toEqual(['Chi bộ thôn Đông phấn đấu có 12 đảng viên trẻ.']);
  });

  it("takes the framework's answer for the cues (ctx.holdsCue) over testing the pattern again", () => {
    const doc = analyze(TEXT, { id: 'x' });
    // The one cue scan found the cue in the second sentence only: the pattern, which the fourth holds too, is not tried.
    const ctx = { publishedAt: null, isClaimed: () => false, holdsCue: (s: { index: number }) => s.index === 1 };
    const seen: string[] = [];
    readSentences(doc, ctx, /phấn đấu/iu, (s) => {
      seen.push(s.text);
      return [];
    });
    expect(seen).toEqual(['Năm 2024, Đảng bộ xã phấn đấu kết nạp 25 đảng viên mới.']);
  });
});
