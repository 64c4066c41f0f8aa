import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '@vnpr/core';
import { defineExtractor, extract, extractWithDiagnostics, loadPlugin } from '@vnpr/extractors';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = join(import.meta.dirname, '..');
const PLUGIN = './examples/discipline-plugin/index.js';
const TEXT =
  'Năm 2023, Ủy ban Kiểm tra Huyện ủy đã thi hành kỷ luật 7 đảng viên vi phạm, trong đó khiển trách 4, cảnh cáo 2, cách chức 1.';

describe('third-party extractors', () => {
  it('loads the example plugin from an explicit path and runs it with the built-ins', async () => {
    const plugin = await loadPlugin(PLUGIN, ROOT);
    const records = extract(TEXT, { id: 'a.txt', plugins: [plugin] });
    const discipline = records.filter((r) => r.type === 'discipline');
    expect(discipline.map((r) => [r.measure, r.count])).toEqual([
      ['kỷ luật', 7],
      ['khiển trách', 4],
      ['cảnh cáo', 2],
      ['cách chức', 1],
    ]);
    for (const r of discipline) expect(TEXT.slice(r.span[0], r.span[1])).toBe(r.quote);
    // The numbers the plugin took are not repeated as quantities.
    expect(records.filter((r) => r.type === 'quantity' && [7, 4, 2, 1].includes(r.value as number))).toEqual([]);
  });

  let cliDir: string | undefined;

  it('runs a plugin through the CLI with --plugin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnpr-plugin-'));
    cliDir = dir;
    try {
      writeFileSync(join(dir, 'a.txt'), TEXT);
      const out = join(dir, 'out.jsonl');
      execFileSync(process.execPath, ['packages/cli/dist/bin.js', 'extract', dir, '-o', out, '--plugin', PLUGIN], {
        cwd: ROOT,
      });
      const types = readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).type);
      expect(types.filter((t) => t === 'discipline')).toHaveLength(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves no temporary folder behind (pnpm test used to leave a /tmp/vnpr-plugin-* after each run)', () => {
    expect(cliDir).toBeDefined();
    expect(existsSync(cliDir ?? '')).toBe(false);
  });

  it('says clearly when a plugin cannot be found or exports no extractor', async () => {
    await expect(loadPlugin('./no/such/plugin.js', ROOT)).rejects.toThrow(/could not be loaded|not found/);
    await expect(loadPlugin('./package.json', ROOT)).rejects.toThrow(/plugin "\.\/package\.json"/);
  });

  it.each([
    [{ id: 'Bad Id', schema: z.object({}), extract: () => [] }, /camelCase/],
    [{ id: 'document', schema: z.object({}), extract: () => [] }, /reserved/],
    [{ id: 'x', schema: {}, extract: () => [] }, /zod schema/],
    [{ id: 'x', schema: z.object({}) }, /exactly one of fromSentence .* or extract/],
    [{ id: 'x', schema: z.object({}), extract: () => [], fromSentence: () => [] }, /exactly one of/],
    [{ id: 'x', schema: z.object({}), fromSentence: () => [], cues: 'kết nạp' }, /cues must be a list of words/],
  ])('rejects a bad definition (%#)', (definition, message) => {
    expect(() => defineExtractor(definition as never)).toThrow(message);
  });

  it('drops a plugin record whose span is wrong and says so in the document warnings', () => {
    const broken = defineExtractor({
      id: 'broken',
      schema: z.object({}),
      extract: (doc) => [{ fields: {}, start: 5, end: 2, sentence: doc.sentences[0]! }],
    });
    const [document, ...rest] = extract(TEXT, { id: 'a.txt', plugins: [broken], only: ['broken'] });
    expect(rest).toEqual([]);
    expect(document!.warnings).toContainEqual(expect.stringMatching(/broken gave a span outside the text/));
  });
});

describe('the sentence form and its diagnostics', () => {
  const MEASURE = /(?<measure>khiển trách|cảnh cáo)\s+(?<count>\d+)/gu;
  const discipline = defineExtractor({
    id: 'discipline',
    schema: z.object({ measure: z.string(), count: z.number().int() }),
    cues: ['khiển trách', 'cảnh cáo'],
    fromSentence: (s) =>
      [...s.text.matchAll(MEASURE)].map((m) => ({
        fields: { measure: m.groups!.measure!, count: Number(m.groups!.count) },
        start: m.index,
        end: m.index + m[0].length,
      })),
  });
  const text = 'Hội nghị đã diễn ra. Chi bộ đã khiển trách 3 đảng viên.\nĐảng ủy cảnh cáo 2 đảng viên.';

  it('maps sentence offsets to the source: the quote is the matched text', () => {
    const records = extract(text, { id: 'a.txt', plugins: [discipline], only: ['discipline'] }).slice(1);
    expect(records.map((r) => [r.quote, r.count, text.slice(r.span[0], r.span[1])])).toEqual([
      ['khiển trách 3', 3, 'khiển trách 3'],
      ['cảnh cáo 2', 2, 'cảnh cáo 2'],
    ]);
  });

  it('loses only the sentence an extractor throws on, with an extractor-failed diagnostic', () => {
    const fragile = defineExtractor({
      ...discipline,
      fromSentence: (s) => {
        if (s.text.includes('Chi bộ')) throw new Error('boom');
        return discipline.fromSentence(s);
      },
    });
    const { records, diagnostics } = extractWithDiagnostics(analyze(text), {
      plugins: [fragile],
      only: ['discipline'],
    });
    expect(records.slice(1).map((r) => r.quote)).toEqual(['cảnh cáo 2']);
    expect(diagnostics).toEqual([
      { extractor: 'discipline', code: 'extractor-failed', message: 'extractor discipline failed: boom' },
    ]);
  });

  it('names a bad span and a schema failure by code, with the span of the candidate', () => {
    const wrong = defineExtractor({
      id: 'wrong',
      schema: z.object({ count: z.number() }),
      fromSentence: (s) => [
        { fields: { count: 1 }, start: 4, end: 2 },
        { fields: { count: 'một' as unknown as number }, start: 0, end: 3 },
      ],
    });
    const { records, diagnostics } = extractWithDiagnostics(analyze('Chi bộ có một đảng viên.'), {
      plugins: [wrong],
      only: ['wrong'],
    });
    expect(records.map((r) => r.type)).toEqual(['document']);
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([
      ['span-outside-text', [4, 2]],
      ['invalid-record', [0, 3]],
    ]);
  });
});

describe('a plugin record with an organization', () => {
  it('gets its unit resolved, as its columns (recordFields of its schema) say it has', () => {
    const meeting = defineExtractor({
      id: 'meeting',
      schema: z.object({ organization: z.string().nullable(), count: z.number() }),
      cues: ['hội nghị'],
      fromSentence: (s) => {
        const m = /Huyện ủy Di Linh tổ chức (\d+) hội nghị/u.exec(s.text);
        return m
          ? [
              {
                fields: { organization: 'Huyện ủy Di Linh', count: Number(m[1]) },
                start: m.index,
                end: m.index + m[0].length,
              },
            ]
          : [];
      },
    });
    const text = 'Tỉnh Lâm Đồng. Năm 2023, Huyện ủy Di Linh tổ chức 12 hội nghị.';
    const [record] = extract(text, { id: 'a.txt', plugins: [meeting], only: ['meeting'] }).slice(1);
    expect(record).toMatchObject({ organization: 'Huyện ủy Di Linh', unitId: '68-679', unitLevel: 'district' });
  });
});
