import { describe, expect, it } from 'vitest';
import { isoDate } from './schema.js';

describe('isoDate', () => {
  it.each([
    ['2020-02-29', true],
    ['2024-12-31', true],
    ['2020-02-29T08:30', true],
    ['2020-02-31', false],
    ['2021-02-29', false],
    ['2023-04-31', false],
    ['2020-13-01', false],
    ['2020-00-10', false],
    ['2020-01-05T25:00', false],
    ['2020-01-05T08:60', false],
    ['2020-01', false],
    ['2020', false],
    ['5/1/2020', false],
    ['', false],
  ])('%s is a calendar day: %s', (value, ok) => {
    expect(isoDate.safeParse(value).success).toBe(ok);
  });

  it('refuses what is not a string', () => {
    expect(isoDate.safeParse(20200105).success).toBe(false);
    expect(isoDate.safeParse(null).success).toBe(false);
  });

  it('stays nullable where a record allows an unknown date', () => {
    expect(isoDate.nullable().safeParse(null).success).toBe(true);
    expect(isoDate.nullable().safeParse('2020-02-30').success).toBe(false);
  });
});
