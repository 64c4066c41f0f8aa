import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';

const g = (o: Record<string, unknown>) => ({ docId: 'a.txt', ...o });

describe('evaluate', () => {
  it('matches on the key fields the gold pins and ignores the rest', () => {
    const gold = [g({ type: 'membership', action: 'kết nạp', count: 209, target: 150 })];
    const pred = [
      g({ type: 'membership', action: 'kết nạp', count: 209, target: 150, percentOfTarget: 139.33, period: '2023' }),
    ];
    const r = evaluate(gold, pred);
    expect(r.perType.membership).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
  });

  it('counts a wrong value as one miss and one extra', () => {
    const gold = [g({ type: 'membership', action: 'kết nạp', count: 209 })];
    const pred = [g({ type: 'membership', action: 'kết nạp', count: 150 })];
    const r = evaluate(gold, pred);
    expect(r.perType.membership).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(r.misses).toHaveLength(2);
  });

  it('folds tone placement and case in text fields ("Uỷ" = "Ủy")', () => {
    const gold = [g({ type: 'official', name: 'Nguyễn Văn Thuỷ' })];
    const pred = [g({ type: 'official', name: 'nguyễn văn thủy' })];
    expect(evaluate(gold, pred).micro.f1).toBe(1);
  });

  it('treats "TCCS Đảng" and "tổ chức cơ sở đảng" as the same subject', () => {
    const gold = [g({ type: 'rating', subject: 'tổ chức cơ sở đảng', level: 'HTTNV', count: 62 })];
    const pred = [g({ type: 'rating', subject: 'TCCS Đảng', level: 'HTTNV', count: 62, total: 66 })];
    expect(evaluate(gold, pred).micro.f1).toBe(1);
  });

  it('never counts optional gold against recall, nor its match as an extra', () => {
    const gold = [g({ type: 'orgStat', entity: 'chi bộ', count: 2, optional: true })];
    expect(evaluate(gold, []).perType.orgStat).toBeUndefined();
    expect(evaluate(gold, [g({ type: 'orgStat', entity: 'chi bộ', count: 2 })]).perType.orgStat).toBeUndefined();
  });

  it('judges references for precision only when they carry a symbol', () => {
    const pred = [
      g({ type: 'reference', kind: 'Nghị quyết', symbol: null, name: 'năm 2023' }),
      g({ type: 'reference', kind: 'Chỉ thị', symbol: '05-CT/TW' }),
    ];
    const gold = [g({ type: 'reference', kind: 'Chỉ thị', symbol: '05 - CT/TW' })];
    expect(evaluate(gold, pred).perType.reference).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('matches a target by its index and the numbers of its values', () => {
    const gold = [g({ type: 'target', index: 8, comparator: 'range', min: 140, max: 150 })];
    const pred = [
      g({
        type: 'target',
        index: 8,
        values: [{ comparator: 'range', value: null, min: 140, max: 150, unit: 'đảng viên' }],
      }),
    ];
    expect(evaluate(gold, pred).micro.f1).toBe(1);
    const wrong = [
      g({ type: 'target', index: 8, values: [{ comparator: 'eq', value: 140, min: null, max: null, unit: null }] }),
    ];
    expect(evaluate(gold, wrong).micro.f1).toBe(0);
  });

  it('checks document fields one by one, a date by its prefix', () => {
    const gold = [g({ type: 'document', publishedAt: '2020-01-17T09:01', source: null })];
    const pred = [g({ type: 'document', publishedAt: '2020-01-17T09:01', source: null })];
    expect(evaluate(gold, pred).documentFields).toEqual({ right: 2, all: 2 });
    expect(evaluate(gold, [g({ type: 'document', publishedAt: '2020-01-17', source: 'x' })]).documentFields).toEqual({
      right: 0,
      all: 2,
    });
  });

  it('matches by the last path segment of docId', () => {
    const gold = [g({ type: 'award', count: 19, form: 'Giấy khen' })];
    const pred = [{ type: 'award', docId: 'corpus/a.txt', count: 19, form: 'giấy khen' }];
    expect(evaluate(gold, pred).micro.f1).toBe(1);
  });
});
