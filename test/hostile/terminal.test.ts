// Messages on stderr never carry a character a terminal acts on: ids, file names, paths and error messages with
// escape sequences (retitle the window, clear the screen, colour, C1 controls) are shown escaped, e.g.
// "\x1b]0;PWNED\x07\x1b[2J" as the text `\x1b]0;PWNED\x07\x1b[2J`. Every stderr writer goes through one function.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeControl } from '../../packages/cli/src/ui/stderr.js';
import { ROOT, runVnpr } from '../cli/helpers.js';

const PAYLOAD = '\x1b]0;PWNED\x07\x1b[2J';
const SHOWN = String.raw`\x1b]0;PWNED\x07\x1b[2J`;
/** What a terminal would act on: C0 controls but the line feed, DEL, C1 controls, bidirectional overrides. */
const CONTROL = /(?!\n)[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-terminal-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('escapeControl', () => {
  it.each([
    [PAYLOAD, SHOWN],
    ['bell\x07 del\x7f csi\x9b31m nul\x00', String.raw`bell\x07 del\x7f csi\x9b31m nul\x00`],
    ['tab\tcr\rlf\n', String.raw`tab\x09cr\x0dlf\x0a`],
    ['hai\ndòng\x1b[2J', String.raw`hai\x0adòng\x1b[2J`],
    ['ngược\u202etxt.exe', String.raw`ngược\u202etxt.exe`],
    ['Đảng bộ huyện — 2023 (báo cáo).txt', 'Đảng bộ huyện — 2023 (báo cáo).txt'],
  ])('shows %j as %s', (text, shown) => {
    expect(escapeControl(text)).toBe(shown);
  });

  it('keeps line feeds when asked, and only them', () => {
    expect(escapeControl('hai\ndòng\r\n\x1b[2J', { lineFeeds: 'keep' })).toBe(String.raw`hai
dòng\x0d
\x1b[2J`);
  });
});

function expectClean(stderr: string): void {
  expect(stderr).not.toMatch(CONTROL);
}

describe('stderr of the command line', () => {
  it('escapes a file name with terminal escapes in the error line', async () => {
    const input = join(dir, 'names');
    mkdirSync(input);
    writeFileSync(join(input, `${PAYLOAD}.txt`), ''); // empty: an error record, and a line on stderr
    writeFileSync(join(input, 'a.txt'), 'Năm 2023, Đảng bộ huyện kết nạp 120 đảng viên mới.');
    const run = await runVnpr(['extract', input, '-o', join(dir, 'names.jsonl')]);
    expect(run.code, run.stderr).toBe(0);
    expectClean(run.stderr);
    expect(run.stderr).toContain(`vnpr: error: ${SHOWN}.txt:`);
    // The record keeps the name as it is.
    expect(readFileSync(join(dir, 'names.jsonl'), 'utf8')).toContain(JSON.stringify(`${PAYLOAD}.txt`));
  });

  it.each(['0', '2'])('escapes a JSONL id and a plugin error message (--jobs %s)', async (jobs) => {
    const input = join(dir, `ids-${jobs}.jsonl`);
    writeFileSync(input, `${JSON.stringify({ id: PAYLOAD, title: 'không có nội dung' })}\n`);
    const plugin = join(dir, `loud-${jobs}.js`);
    writeFileSync(
      plugin,
      `export default { id: 'loud', schema: { safeParse: (data) => ({ success: true, data }) }, extract: () => { throw new Error(${JSON.stringify(`hỏng ${PAYLOAD}\x9b31m`)}); } };\n`,
    );
    writeFileSync(join(dir, `doc-${jobs}.txt`), 'Năm 2023, Đảng bộ huyện kết nạp 120 đảng viên mới.');
    const run = await runVnpr([
      'extract',
      input,
      join(dir, `doc-${jobs}.txt`),
      '-o',
      join(dir, `ids-${jobs}.xlsx`),
      '--plugin',
      plugin,
      '--jobs',
      jobs,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expectClean(run.stderr);
    expect(run.stderr).toContain(`vnpr: error: ${SHOWN}:`);
    expect(run.stderr).toContain(`(first: hỏng ${SHOWN}\\x9b31m)`);
  });

  it('escapes --stdin error lines', async () => {
    const run = await runVnpr(['extract', '--stdin'], { input: `${JSON.stringify({ id: PAYLOAD })}\n` });
    expect(run.code, run.stderr).toBe(0);
    expectClean(run.stderr);
    expect(run.stderr).toContain(`vnpr: error: ${SHOWN}:`);
  });

  it('escapes paths in usage errors and unknown commands', async () => {
    const missing = await runVnpr(['extract', join(dir, `không-có-${PAYLOAD}`), '-o', join(dir, 'x.jsonl')]);
    expect(missing.code).not.toBe(0);
    expectClean(missing.stderr);
    expect(missing.stderr).toContain(SHOWN);
    const unknown = await runVnpr([`x${PAYLOAD}`]);
    expect(unknown.code).toBe(2);
    expectClean(unknown.stderr);
    expect(unknown.stderr).toContain(`unknown command "x${SHOWN}"`);
  });

  it("escapes merge's duplicate warnings", async () => {
    const line = JSON.stringify({ type: 'document', docId: PAYLOAD, span: [0, 0], quote: '', sentence: '' });
    writeFileSync(join(dir, 'part-1.jsonl'), `${line}\n`);
    writeFileSync(join(dir, 'part-2.jsonl'), `${line}\n`);
    const run = await runVnpr([
      'merge',
      join(dir, 'part-1.jsonl'),
      join(dir, 'part-2.jsonl'),
      '-o',
      join(dir, 'merged.jsonl'),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expectClean(run.stderr);
    expect(run.stderr).toContain(SHOWN);
  });
});

describe('inspect', () => {
  it("shows a document's name, sentences and records with their control characters escaped", async () => {
    const file = join(dir, `${PAYLOAD}.txt`);
    writeFileSync(file, `Năm 2023, Đảng bộ huyện ${PAYLOAD} kết nạp 120 đảng viên mới.`);
    const run = await runVnpr(['inspect', file, '--all']);
    expect(run.code, run.stderr).toBe(0);
    expectClean(run.stdout);
    expect(run.stdout).toContain(`${SHOWN}.txt`);
    expect(run.stdout).toContain(`huyện ${SHOWN} kết nạp`);
  });
});

describe('the stderr writers', () => {
  it('all go through ui/stderr.ts', () => {
    const src = join(ROOT, 'packages/cli/src');
    const offenders: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && path !== join(src, 'ui/stderr.ts')) {
          const text = readFileSync(path, 'utf8');
          if (/process\.stderr\.write|console\.(?:error|warn)\(/.test(text)) offenders.push(path.slice(src.length));
        }
      }
    };
    walk(src);
    expect(offenders).toEqual([]);
  });
});
