// A run's outputs are checked before any document is read, and never read back as inputs: an output
// that cannot be written fails at once (exit code 2, one line naming it, nothing left behind), and
// `vnpr extract corpus -o corpus/records.jsonl` run twice writes the same records twice.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonl, type RunOptions, runVnpr } from '../cli/helpers.js';
import { makeReport } from './files.js';

const isRoot = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
/** How to run the CLI so that a folder's missing write permission counts (root may write anywhere). */
const asWriter: RunOptions | undefined = !isRoot
  ? {}
  : spawnSync(process.execPath, ['-e', ''], NOBODY).status === 0
    ? NOBODY
    : undefined;

let dir: string;
let corpus: string;
let marker: string;
let plugin: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-own-outputs-'));
  chmodSync(dir, 0o777);
  corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (let n = 0; n < 4; n++) writeFileSync(join(corpus, `bao-cao-${n}.txt`), makeReport(40 + n));
  chmodSync(corpus, 0o777);
  // A plugin that leaves a mark for every document it sees: no mark, no extraction.
  marker = join(dir, 'extracted');
  plugin = join(dir, 'watch.mjs');
  writeFileSync(
    plugin,
    `import { appendFileSync } from 'node:fs';
export default {
  id: 'watch',
  schema: { safeParse: (value) => ({ success: true, data: value }) },
  extract() { appendFileSync(${JSON.stringify(marker)}, 'x'); return []; },
};
`,
  );
  mkdirSync(join(dir, 'is-a-folder.jsonl'));
  mkdirSync(join(dir, 'is-a-folder.xlsx'));
  writeFileSync(join(dir, 'a-file'), 'not a folder');
  mkdirSync(join(dir, 'journal-folder.jsonl.vnpr-partial.jsonl'));
  mkdirSync(join(dir, 'read-only'), { mode: 0o555 });
  chmodSync(join(dir, 'read-only'), 0o555);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an output that cannot be written', () => {
  const cases: [string, string, boolean][] = [
    ['an existing folder named like a .jsonl file', 'is-a-folder.jsonl', false],
    ['an existing folder named like a .xlsx file', 'is-a-folder.xlsx', false],
    ['a path under a regular file', 'a-file/records.jsonl', false],
    ['a regular file where the CSV folder goes', 'a-file', false],
    ['an output whose journal path is a folder', 'journal-folder.jsonl', false],
    ['a .jsonl in a read-only folder', 'read-only/records.jsonl', true],
    ['a .xlsx in a read-only folder', 'read-only/records.xlsx', true],
    ['a CSV folder in a read-only folder', 'read-only/csv/', true],
    ['a folder to create in a read-only folder', 'read-only/2024/records.jsonl', true],
  ];
  it.each(cases)('fails at once with exit code 2 and one line: %s', async (_, output, needsWriter) => {
    if (needsWriter && !asWriter) {
      console.warn('skipped: running as root and unable to start the CLI as nobody, so no folder is read-only');
      return;
    }
    rmSync(marker, { force: true });
    const format = output === 'a-file' ? ['--format', 'csv'] : [];
    const run = await runVnpr(['extract', corpus, '-o', join(dir, output), ...format, '--plugin', plugin], {
      ...(needsWriter ? asWriter : {}),
      timeoutMs: 30_000,
    });
    expect(run.code).toBe(2);
    const [first, ...rest] = run.stderr.trimEnd().split('\n');
    expect(first).toMatch(/^vnpr extract: /);
    expect(first).toContain(output.split('/')[0]); // names the output (or the part of its path at fault)
    expect(rest.join('\n')).not.toMatch(/^\s+at /m); // no stack trace
    expect(existsSync(marker)).toBe(false); // no document was extracted
    expect(readdirSync(join(dir, 'read-only'))).toEqual([]); // no temporary file or folder left
  });
});

describe("the run's own outputs", () => {
  it.each([
    ['JSONL', 'records.jsonl'],
    ['Excel', 'records.xlsx'],
    ['CSV', 'csv/'],
  ])('are not read back when written inside the input folder (%s)', async (_, name) => {
    const input = join(dir, `again-${name.replace(/\W/g, '')}`);
    mkdirSync(input);
    for (let n = 0; n < 3; n++) writeFileSync(join(input, `bao-cao-${n}.txt`), makeReport(50 + n));
    const output = join(input, name);
    const first = await runVnpr(['extract', input, '-o', output, '--strict', '--jobs', '0']);
    expect(first.code).toBe(0);
    const second = await runVnpr(['extract', input, '-o', output, '--strict', '--jobs', '0']);
    expect(second.stderr).toMatch(/^3 files, 3 documents, \d+ records, 0 errors/m);
    expect(second.code).toBe(0);
  });

  it('are not read back by report either: its pages inside the input folder are no documents', async () => {
    const input = join(dir, 'again-report');
    mkdirSync(input);
    for (let n = 0; n < 2; n++) writeFileSync(join(input, `bao-cao-${n}.txt`), makeReport(60 + n));
    for (let i = 0; i < 2; i++) {
      const run = await runVnpr(['report', input, '-o', join(input, 'report/')]);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/^2 documents, \d+ records, 0 errors/m);
    }
  });

  it('give the same records run after run, and a journal left beside them is not read', async () => {
    const output = join(corpus, 'records.jsonl');
    const runs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const run = await runVnpr(['extract', corpus, '-o', output, '--jobs', '0']);
      expect(run.code).toBe(0);
      runs.push(readFileSync(output, 'utf8'));
    }
    expect(runs[1]).toBe(runs[0]);
    // A stopped run leaves its journal; the next run (without --resume) starts over and must not read it.
    writeFileSync(`${output}.vnpr-partial.jsonl`, `${runs[0]?.split('\n')[0]}\n`);
    const run = await runVnpr(['extract', corpus, '-o', output, '--jobs', '0']);
    expect(run.code).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(runs[0]);
    const docIds = new Set(parseJsonl(readFileSync(output, 'utf8')).map((record) => record.docId));
    expect([...docIds].sort()).toEqual(['bao-cao-0.txt', 'bao-cao-1.txt', 'bao-cao-2.txt', 'bao-cao-3.txt']);
  });
});
