import { describe, expect, it } from 'vitest';
import { unserializable } from './check.js';

describe('unserializable: what JSON, CSV and Excel cannot hold, and where', () => {
  it('passes plain values, lists and objects, and an optional field left undefined', () => {
    expect(
      unserializable({ count: 120, unit: 'đảng viên', values: [{ value: 95.5 }], note: null, rest: undefined }),
    ).toBe(null);
  });

  it.each([
    [
      'NaN in a list',
      { count: 120, values: [{ value: 90 }, { value: Number.NaN }] },
      'a non-finite number at fields.values[1].value',
    ],
    ['a BigInt', { count: 10n }, 'a bigint at fields.count'],
    ['a Date', { at: new Date(0) }, 'a Date object at fields.at'],
    ['a function in a nested list', { list: [[1, () => 2]] }, 'a function at fields.list[0][1]'],
  ])('names the value and its path: %s', (_, fields, message) => {
    expect(unserializable(fields)).toBe(message);
  });

  it('stops at 21 levels of nesting', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 25; i++) deep = { x: deep };
    expect(unserializable(deep)).toBe(`fields nested deeper than 20 levels (fields${'.x'.repeat(21)})`);
  });
});
