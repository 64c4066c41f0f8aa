import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineExtractor, extract, loadPlugin } from '@vnpr/extractors';
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
    [{ id: 'x', schema: z.object({}) }, /extract must be a function/],
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
