// Inputs walked safely, limits enforced on what is read: an unreadable folder, a named pipe, a link to
// /dev/zero, a file whose size `stat` under-reports and an over-long JSONL line each end as one `error`
// record with its own code, and the rest of the batch is read. None of them may hang the run: every
// run here has a time limit, and a hang fails the test instead of stalling the suite.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonl, type RunOptions, runVnpr } from '../cli/helpers.js';
import { makeReport } from './files.js';

/** A hung run is killed after this long (a good run of these few files takes about 2 s). */
const HANG_MS = 20_000;

const isRoot = process.getuid?.() === 0;
/** `nobody`: a test run as root drops to it wherever file permissions must count. */
const NOBODY = { uid: 65534, gid: 65534 };
/** Whether this process may start the CLI as `nobody` (root in a container usually may). */
const canDropToNobody = isRoot && spawnSync(process.execPath, ['-e', ''], NOBODY).status === 0;
/** How to run the CLI so that chmod 000 denies reading; undefined where nothing can make it so. */
const asReader: RunOptions | undefined = !isRoot ? {} : canDropToNobody ? NOBODY : undefined;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-inputs-'));
  chmodSync(dir, 0o777); // `nobody` writes its outputs here
});
afterAll(() => {
  spawnSync('chmod', ['-R', 'u+rwx', dir]);
  rmSync(dir, { recursive: true, force: true });
});

function put(path: string, content: string | Buffer): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

/** The `document` and `error` records of a run, as `docId → code` (`null` for a document). */
function outcomes(records: Record<string, unknown>[]): Record<string, string | null> {
  const byDocId: Record<string, string | null> = {};
  for (const record of records) {
    if (record.type !== 'document' && record.type !== 'error') continue;
    const docId = String(record.docId);
    expect(byDocId, `${docId} ends once`).not.toHaveProperty([docId]);
    byDocId[docId] = record.type === 'error' ? String(record.code) : null;
  }
  return byDocId;
}

describe.skipIf(!asReader)(
  `an unreadable folder${asReader ? '' : ' (skipped: running as root, and the CLI cannot be started as nobody, so chmod 000 cannot deny a read)'}`,
  () => {
    let root: string;
    beforeAll(() => {
      root = join(dir, 'walk');
      // `0-locked` sorts before every other input: the walk must go on past it.
      put(join(root, '0-locked/hidden.txt'), makeReport(1));
      put(join(root, 'a.txt'), makeReport(2));
      put(join(root, 'b/locked/deeper.txt'), makeReport(3));
      put(join(root, 'b/c.txt'), makeReport(4));
      put(join(root, 'z.txt'), makeReport(5));
      chmodSync(join(root, '0-locked'), 0o000);
      chmodSync(join(root, 'b/locked'), 0o000);
    });

    const expected = {
      '0-locked': 'unreadable',
      'a.txt': null,
      'b/locked': 'unreadable',
      'b/c.txt': null,
      'z.txt': null,
    };

    it.each([
      ['a folder', () => root],
      ['a glob', () => `${root}/**/*.txt`],
    ])('inside %s is an error record and a line on stderr; every other file is read', async (_, input) => {
      const run = await runVnpr(['extract', input(), '-o', '-', '--jobs', '1'], { ...asReader, timeoutMs: HANG_MS });
      expect(run.stderr).toMatch(/0-locked: .*permission denied/);
      expect(run.stderr).toMatch(/b\/locked: .*permission denied/);
      expect(run.code).toBe(0);
      expect(outcomes(parseJsonl(run.stdout))).toEqual(expected);
    });

    it('given itself is an error record, and the other inputs are read', async () => {
      const locked = join(root, '0-locked');
      const run = await runVnpr(['extract', locked, join(root, 'a.txt'), '-o', '-', '--strict'], {
        ...asReader,
        timeoutMs: HANG_MS,
      });
      expect(run.code).toBe(1); // --strict: an error record makes the exit code 1
      expect(outcomes(parseJsonl(run.stdout))).toEqual({ '0-locked': 'unreadable', 'a.txt': null });
    });

    it('is no error where a glob could not match inside it', async () => {
      const run = await runVnpr(['extract', `${root}/*.txt`, '-o', '-'], { ...asReader, timeoutMs: HANG_MS });
      expect(run.code).toBe(0);
      expect(outcomes(parseJsonl(run.stdout))).toEqual({ 'a.txt': null, 'z.txt': null });
    });
  },
);

describe('only regular files are read', () => {
  let root: string;
  beforeAll(() => {
    root = join(dir, 'special');
    put(join(root, 'a.txt'), makeReport(10));
    put(join(root, 'z.txt'), makeReport(11));
    expect(spawnSync('mkfifo', [join(root, 'pipe.txt')]).status).toBe(0);
    expect(spawnSync('mkfifo', [join(dir, 'alone.jsonl')]).status).toBe(0);
    symlinkSync('/dev/zero', join(root, 'zero.txt'));
    symlinkSync('/dev/zero', join(root, 'zero.jsonl'));
  });

  it('a named pipe or a link to a device in a folder is a not-a-file error, at once', async () => {
    const run = await runVnpr(['extract', root, '-o', '-'], { timeoutMs: HANG_MS });
    expect(run.signal).toBeNull(); // not killed for hanging
    expect(run.code).toBe(0);
    expect(outcomes(parseJsonl(run.stdout))).toEqual({
      'a.txt': null,
      'pipe.txt': 'not-a-file',
      'z.txt': null,
      'zero.jsonl': 'not-a-file',
      'zero.txt': 'not-a-file',
    });
    expect(run.stderr).toMatch(/pipe\.txt: .*named pipe/);
  });

  it('a named pipe given by name (a .txt and a .jsonl) is a not-a-file error, never a hang', async () => {
    const inputs = [join(root, 'pipe.txt'), join(dir, 'alone.jsonl'), join(root, 'a.txt')];
    const run = await runVnpr(['extract', ...inputs, '-o', '-'], { timeoutMs: HANG_MS });
    expect(run.signal).toBeNull();
    expect(outcomes(parseJsonl(run.stdout))).toEqual({
      'pipe.txt': 'not-a-file',
      'alone.jsonl': 'not-a-file',
      'a.txt': null,
    });
  });
});

describe('--max-file-size counts the bytes read, not the size stat gives', () => {
  it.skipIf(!existsSync('/proc/self/maps'))(
    'a link to a /proc file (stat size 0, kilobytes to read) over the limit is too-large',
    async () => {
      const root = join(dir, 'proc');
      put(join(root, 'a.txt'), makeReport(20));
      symlinkSync('/proc/self/maps', join(root, 'maps.txt'));
      const run = await runVnpr(['extract', root, '-o', '-', '--max-file-size', '1k'], { timeoutMs: HANG_MS });
      expect(run.code).toBe(0);
      expect(outcomes(parseJsonl(run.stdout))).toEqual({ 'a.txt': null, 'maps.txt': 'too-large' });
      // Under the limit the same link is read: the limit, not the kind of file, made the error.
      const read = await runVnpr(['extract', join(root, 'maps.txt'), '-o', '-'], { timeoutMs: HANG_MS });
      expect(outcomes(parseJsonl(read.stdout))).toEqual({ 'maps.txt': null });
    },
  );
});

describe('a JSONL line over --max-file-size', () => {
  it('is a too-large record found while streaming, and the lines after it are read', async () => {
    const path = join(dir, 'long-line.jsonl');
    const line = (id: string, text: string) => `${JSON.stringify({ id, text })}\n`;
    const long = 'Đảng bộ tỉnh đã kết nạp 1.250 đảng viên mới, đạt 104% kế hoạch năm. '.repeat(4000); // ~300 KB
    const lines = [
      line('truoc', makeReport(30)),
      line('qua-dai', long),
      `{"text": "${long}"}\n`,
      line('sau', makeReport(31)),
    ];
    writeFileSync(path, lines.join(''));
    const run = await runVnpr(['extract', path, '-o', '-', '--max-file-size', '100k'], { timeoutMs: HANG_MS });
    expect(run.code).toBe(0);
    expect(outcomes(parseJsonl(run.stdout))).toEqual({
      truoc: null,
      'qua-dai': 'too-large', // the id is read from the start of the line
      'long-line.jsonl#3': 'too-large', // no id before the text: the line number names it
      sau: null,
    });
    expect(run.stderr).toMatch(/qua-dai: .*line 2.*100 ?KB|qua-dai: .*line 2.*102400/);
  });

  it('on stdin (--stdin) is a too-large record too, and the lines after it are read', async () => {
    const long = 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 đã thảo luận, cho ý kiến. '.repeat(3000);
    const input = [
      JSON.stringify({ id: 'dai', text: long }),
      JSON.stringify({ id: 'ngan', text: makeReport(32) }),
    ].join('\n');
    const run = await runVnpr(['extract', '--stdin', '--max-file-size', '100k'], { input, timeoutMs: HANG_MS });
    expect(run.code).toBe(0);
    expect(outcomes(parseJsonl(run.stdout))).toEqual({ dai: 'too-large', ngan: null });
  });
});
