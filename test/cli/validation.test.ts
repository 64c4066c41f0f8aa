// Issue 15: --only takes known types only (one parser for every command); plugins cannot take a built-in's
// id, and a plugin that throws is said on stderr once, with the number of documents.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTypeList } from '../../packages/cli/src/util/type-list.js';
import { CORPUS, runVnpr, writePluginModule } from './helpers.js';

let dir: string;
const GOLD = join(CORPUS, 'seeds.gold.jsonl');
const FILE = join(CORPUS, '001_86274c714c503a99.txt');

const writePlugin = (name: string, id: string, extract: string) => writePluginModule(dir, name, id, extract);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-validation-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseTypeList', () => {
  const known = ['document', 'membership', 'rating', 'orgStat'];

  it('reads a comma-separated list of known types', () => {
    expect(parseTypeList('membership, rating,', known)).toEqual(['membership', 'rating']);
    expect(parseTypeList(undefined, known)).toBeUndefined();
  });

  it.each([
    ['memberships', 'membership'],
    ['Membership', 'membership'],
    ['orgstat', 'orgStat'],
  ])('rejects %s, suggests %s and lists the known types', (value, closest) => {
    expect(() => parseTypeList(value, known)).toThrow(`did you mean ${closest}?`);
    expect(() => parseTypeList(value, known)).toThrow('the types are document, membership, rating, orgStat');
  });

  it('rejects an empty list', () => {
    expect(() => parseTypeList(' , ', known)).toThrow(/--only needs record types/);
  });
});

describe('--only with an unknown type', () => {
  it.each([
    ['extract', ['extract', CORPUS, '-o', '-', '--only', 'memberships']],
    ['inspect', ['inspect', FILE, '--only', 'memberships']],
    ['eval', ['eval', '--gold', GOLD, CORPUS, '--only', 'memberships']],
    ['report', ['report', CORPUS, '-o', 'unused-report', '--only', 'memberships']],
  ])('is a usage error in %s', async (_command, args) => {
    const run = await runVnpr(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown record type "memberships" in --only (did you mean membership?)');
    expect(run.stderr).toMatch(/the types are document, .*membership/);
  });

  it("knows a plugin's type", async () => {
    const plugin = writePlugin('meeting.js', 'meeting', '() => []');
    const run = await runVnpr(['extract', CORPUS, '-o', '-', '--only', 'meeting', '--plugin', plugin, '--jobs', '0']);
    expect(run.code, run.stderr).toBe(0);
  });
});

describe('plugins', () => {
  it("cannot take a built-in extractor's id", async () => {
    const plugin = writePlugin('clash.js', 'membership', '() => []');
    const run = await runVnpr(['extract', CORPUS, '-o', '-', '--plugin', plugin]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('has the id "membership", which a built-in extractor has already');
  });

  it.each(['0', '2'])('that throw are said on stderr once, with the documents affected (--jobs %s)', async (jobs) => {
    const plugin = writePlugin('boom.js', 'boom', '() => { throw new Error("kaboom"); }');
    const run = await runVnpr(['extract', CORPUS, '-o', '-', '--plugin', plugin, '--jobs', jobs]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.split('\n').filter((line) => line.includes('"boom"'));
    expect(lines).toEqual([expect.stringContaining('vnpr: extractor "boom" threw on 5 documents (first: kaboom)')]);
  });

  it('that throw are said on stderr once by report too', async () => {
    const plugin = writePlugin('boom-report.js', 'boom', '() => { throw new Error("kaboom"); }');
    const run = await runVnpr(['report', CORPUS, '-o', join(dir, 'boom-report'), '--plugin', plugin]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.split('\n').filter((line) => line.includes('"boom"'));
    expect(lines).toEqual([expect.stringContaining('vnpr: extractor "boom" threw on 5 documents (first: kaboom)')]);
  });
});
