// The library's own input, as a script or notebook gives it: wrong types get a TypeError that names the option
// and what it accepts, and a plugin's bad output costs only its own record, never the document's others.
import { defineExtractor, extract, loadPlugin } from '@vnpr/extractors';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const TEXT = 'Năm 2023, Đảng bộ huyện đã kết nạp 120 đảng viên mới, đạt 109% kế hoạch.';

describe('extract() input and options', () => {
  it.each([
    ['null', null, /extract: input must be a string or bytes \(Uint8Array, Buffer, ArrayBuffer\); got null/],
    ['a number', 42, /extract: input must be a string or bytes .*; got a number/],
    ['an object', { text: TEXT }, /extract: input must be a string or bytes .*; got an object/],
  ])('refuses %s as input', (_name, input, message) => {
    expect(() => extract(input as never)).toThrow(TypeError);
    expect(() => extract(input as never)).toThrow(message);
  });

  it('reads an ArrayBuffer as bytes', () => {
    const bytes = new TextEncoder().encode(TEXT);
    const records = extract(bytes.buffer as ArrayBuffer, { id: 'a.txt' });
    expect(records.map((r) => r.type)).toContain('membership');
  });

  it.each([
    ['id: 5', { id: 5 }, /extract: options\.id must be a string/],
    ['publishedAt: 2023', { publishedAt: 2023 }, /extract: options\.publishedAt must be an ISO date .* or null/],
    ['only: "membership"', { only: 'membership' }, /extract: options\.only must be an array of record types/],
    ['plugins: {}', { plugins: {} }, /extract: options\.plugins must be an array of extractors/],
  ])('refuses %s with a TypeError naming the option', (_name, options, message) => {
    expect(() => extract(TEXT, options as never)).toThrow(TypeError);
    expect(() => extract(TEXT, options as never)).toThrow(message);
  });

  it('leaves out a publishedAt that is no date, with a warning, and reads the rest of the document', () => {
    const records = extract(TEXT, { id: 'a.txt', publishedAt: 'hôm qua' });
    expect(records[0]).toMatchObject({ type: 'document', publishedAt: null });
    expect(records[0]!.warnings).toContain('publishedAt "hôm qua" is not an ISO date (YYYY-MM-DD): left out');
    expect(records.map((r) => r.type)).toContain('membership');
  });

  it('takes a date-time as publishedAt', () => {
    expect(extract(TEXT, { publishedAt: '2023-12-28T16:20' })[0]?.publishedAt).toBe('2023-12-28T16:20');
  });
});

describe('loadPlugin() input', () => {
  it.each([null, 42, ''])('refuses %j with a TypeError', async (specifier) => {
    await expect(loadPlugin(specifier as never)).rejects.toThrow(TypeError);
    await expect(loadPlugin(specifier as never)).rejects.toThrow(
      /loadPlugin: the plugin must be a path or a package name/,
    );
  });
});

/** A plugin that proposes, for the first content sentence, a candidate made by `make`. */
function pluginOf(id: string, make: (sentence: { start: number; end: number }) => unknown) {
  return defineExtractor({
    id,
    schema: z.looseObject({ note: z.string() }),
    extract: (doc) => {
      const sentence = doc.sentences.find((s) => !s.skip);
      return sentence ? ([make(sentence)] as never) : [];
    },
  });
}

describe('a plugin that misbehaves costs only its own records', () => {
  it.each([
    ['returns null', defineExtractor({ id: 'nothing', schema: z.object({}), extract: () => null as never })],
    ['returns a number', defineExtractor({ id: 'numeral', schema: z.object({}), extract: () => 7 as never })],
    ['proposes null', pluginOf('nullish', () => null)],
    [
      'proposes a candidate without a sentence',
      pluginOf('lost', (s) => ({ fields: { note: 'x' }, start: s.start, end: s.end })),
    ],
    [
      'proposes a BigInt field',
      pluginOf('big', (s) => ({ fields: { note: 'x', size: 10n }, start: s.start, end: s.end, sentence: s })),
    ],
    [
      'proposes a function field',
      pluginOf('callable', (s) => ({ fields: { note: 'x', run: () => 1 }, start: s.start, end: s.end, sentence: s })),
    ],
  ])('a plugin that %s', (_name, plugin) => {
    const records = extract(TEXT, { id: 'a.txt', plugins: [plugin] });
    expect(records.filter((r) => r.type === 'membership')).toHaveLength(1);
    expect(records.filter((r) => r.type === plugin.id)).toEqual([]);
    expect((records[0]!.warnings as string[]).some((w) => w.startsWith(`extractor ${plugin.id} `))).toBe(true);
  });

  it("keeps the framework's type, docId, span and quote over a plugin's fields of the same names", () => {
    const plugin = pluginOf('impostor', (s) => ({
      fields: { note: 'x', type: 'membership', docId: 'z.txt', span: [-5, 1e9], quote: 'giả' },
      start: s.start,
      end: s.start + 4,
      sentence: s,
    }));
    const records = extract(TEXT, { id: 'a.txt', plugins: [plugin] });
    const own = records.find((r) => r.type === 'impostor');
    expect(own).toMatchObject({ type: 'impostor', docId: 'a.txt', span: [0, 4], quote: 'Năm ', note: 'x' });
    expect((records[0]!.warnings as string[]).some((w) => /extractor impostor .*"docId"/.test(w))).toBe(true);
  });

  it('drops a record whose span lies outside the text, with a warning', () => {
    const plugin = pluginOf('astray', (s) => ({ fields: { note: 'x' }, start: -5, end: 1e9, sentence: s }));
    const records = extract(TEXT, { id: 'a.txt', plugins: [plugin] });
    expect(records.filter((r) => r.type === 'astray')).toEqual([]);
    expect((records[0]!.warnings as string[]).some((w) => w.includes('span outside the text'))).toBe(true);
  });
});

describe('plugin ids', () => {
  it("refuses a plugin with a built-in's id, or two plugins of one id, when extracting", () => {
    const named = (id: string) => defineExtractor({ id, schema: z.object({}), extract: () => [] });
    expect(() => extract(TEXT, { plugins: [named('membership')] })).toThrow(
      /two extractors have the id "membership" \(a built-in type\)/,
    );
    expect(() => extract(TEXT, { plugins: [named('budget'), named('budget')] })).toThrow(
      /two extractors have the id "budget"/,
    );
  });

  it.each(['document', 'error', 'check', 'summary', 'errors', 'documents', 'panel', 'checks'])(
    'refuses "%s", a name of the framework or of a sheet',
    (id) => {
      expect(() => defineExtractor({ id, schema: z.object({}), extract: () => [] })).toThrow(/reserved/);
    },
  );
});
