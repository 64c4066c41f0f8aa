// An output that cannot be written — a full disk, a read-only folder, a file where a folder is needed, a
// full stdout — ends the run with one clear line on stderr and exit code 2: no crash trace, no hang, no
// temporary files left, and the journal kept so that `--resume` finishes the job once there is room.
// Full and read-only disks are small tmpfs mounts in a private mount namespace (`unshare`); where that
// is not allowed, those cases are skipped (the sinks' own tests fill /dev/full instead).
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runVnpr } from '../cli/helpers.js';
import { makeReport } from './files.js';
import { xlsxRows } from './outputs.js';

let dir: string;
let input: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-output-failures-'));
  input = join(dir, 'in');
  mkdirSync(input);
  for (let n = 0; n < 120; n++) writeFileSync(join(input, `r-${String(n).padStart(3, '0')}.txt`), makeReport(n));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Whether this machine lets us mount a tmpfs in a mount namespace of our own. */
function canMount(): boolean {
  if (process.platform !== 'linux') return false;
  const probe = mkdtempSync(join(tmpdir(), 'vnpr-mount-probe-'));
  try {
    const result = spawnSync('unshare', ['-r', '-m', 'sh', '-c', 'mount -t tmpfs -o size=64k none "$0"', probe]);
    return result.status === 0;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

interface DiskRun {
  code: number;
  stderr: string;
}

/**
 * Runs vnpr once per `runs` (its arguments; `$MNT` stands for the mount point) with `mnt` a fresh tmpfs
 * of `size` (read-only with `readOnly`); before each run after the first, the disk is grown to 64 MB.
 * Returns each run's exit code and stderr, the files left on the disk, and a copy of them in `copy`.
 */
function runOnDisk(
  name: string,
  size: string,
  runs: string[][],
  readOnly = false,
): { runs: DiskRun[]; files: string[]; copy: string } {
  const mnt = join(dir, `${name}-mnt`);
  const report = join(dir, `${name}-report`);
  const copy = join(report, 'copy');
  mkdirSync(mnt);
  mkdirSync(copy, { recursive: true });
  const lines = ['set -u', `mount -t tmpfs -o size=${size}${readOnly ? ',ro' : ''} none ${quote(mnt)} || exit 99`];
  runs.forEach((args, index) => {
    if (index > 0) lines.push(`mount -o remount,size=64m ${quote(mnt)}`);
    const words = [process.execPath, BIN, ...args].map((word) => quote(word.replaceAll('$MNT', mnt)));
    lines.push(`${words.join(' ')} 2> ${quote(join(report, `${index}.err`))}`);
    lines.push(`echo $? > ${quote(join(report, `${index}.code`))}`);
  });
  lines.push(`(cd ${quote(mnt)} && find . -mindepth 1 | sort > ${quote(join(report, 'files'))})`);
  lines.push(`cp -r ${quote(mnt)}/. ${quote(copy)}/`);
  const result = spawnSync('unshare', ['-r', '-m', 'sh', '-c', lines.join('\n')], { cwd: ROOT, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return {
    runs: runs.map((_args, index) => ({
      code: Number(readFileSync(join(report, `${index}.code`), 'utf8')),
      stderr: readFileSync(join(report, `${index}.err`), 'utf8'),
    })),
    files: readFileSync(join(report, 'files'), 'utf8').split('\n').filter(Boolean),
    copy,
  };
}

/** The run failed as it should: exit code 2 and one line on stderr (and a usage error's pointer to --help), no stack trace. */
function expectOneLineFailure(run: { code: number | null; stderr: string }, pattern: RegExp): void {
  expect(run.code).toBe(2);
  const lines = run.stderr.split('\n').filter((line) => line && line !== 'Run "vnpr extract --help" for the options.');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^vnpr extract: /);
  expect(lines[0]).toMatch(pattern);
}

/** The file list of a folder, as `find . -mindepth 1 | sort` gives it. */
function listFiles(folder: string, prefix = '.'): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const path = `${prefix}/${entry.name}`;
      return entry.isDirectory() ? [path, ...listFiles(join(folder, entry.name), path)] : [path];
    })
    .sort();
}

const mountable = canMount();

describe.skipIf(!mountable)('a full disk', () => {
  it.each([
    ['JSONL', 'out.jsonl'],
    ['CSV', 'out.csv'],
    ['Excel', 'out.xlsx'],
  ])(
    '%s: one line, exit 2, only the journal left; --resume finishes once there is room',
    async (_format, name) => {
      const fresh = join(dir, `fresh-${name}`);
      expect((await runVnpr(['extract', input, '-o', fresh, '--jobs', '1'])).code).toBe(0);
      const args = ['extract', input, '-o', `$MNT/${name}`, '--jobs', '1'];
      const disk = runOnDisk(`full-${name}`, '64k', [args, [...args, '--resume']]);
      const [failed, resumed] = disk.runs as [DiskRun, DiskRun];
      expectOneLineFailure(
        failed,
        /cannot write .*: no space left on the device; .* kept in .*\.vnpr-partial\.jsonl.*--resume/,
      );
      expect(resumed.code, resumed.stderr).toBe(0);
      // Nothing but the output: no journal, no temporary file or folder.
      const output = join(disk.copy, name);
      if (name.endsWith('.csv')) {
        expect(disk.files).toEqual([`./${name}`, ...listFiles(fresh, `./${name}`)]);
        for (const file of readdirSync(fresh))
          expect(readFileSync(join(output, file), 'utf8')).toBe(readFileSync(join(fresh, file), 'utf8'));
      } else {
        expect(disk.files).toEqual([`./${name}`]);
        if (name.endsWith('.jsonl')) expect(readFileSync(output, 'utf8')).toBe(readFileSync(fresh, 'utf8'));
        else expect(await xlsxRows(output)).toEqual(await xlsxRows(fresh));
      }
    },
    120_000,
  );
});

describe.skipIf(!mountable)('a read-only folder', () => {
  it.each(['out.jsonl', 'out.csv', 'out.xlsx', 'sub/out.xlsx'])(
    '-o %s: one line, exit 2, nothing written',
    (name) => {
      const disk = runOnDisk(`ro-${name.replace('/', '-')}`, '1m', [['extract', input, '-o', `$MNT/${name}`]], true);
      expectOneLineFailure(disk.runs[0]!, /read-only/);
      expect(disk.files).toEqual([]);
    },
    60_000,
  );
});

describe('a file where a folder is needed', () => {
  it.each([
    ['taken.csv', 'taken.csv'],
    ['taken-dir/out.xlsx', 'taken-dir'],
  ])('-o %s: one line, exit 2, the file untouched and nothing else written', async (name, file) => {
    const folder = join(dir, `file-${file}`);
    mkdirSync(folder);
    writeFileSync(join(folder, file), 'a file of its own\n');
    const run = await runVnpr(['extract', input, '-o', join(folder, name), '--jobs', '1']);
    expectOneLineFailure(run, /is a file/);
    expect(readdirSync(folder)).toEqual([file]);
    expect(readFileSync(join(folder, file), 'utf8')).toBe('a file of its own\n');
  });
});

describe.skipIf(!existsSync('/dev/full'))('a full standard output', () => {
  it.each([
    ['-o -', ['extract', join(ROOT, 'corpus'), '-o', '-', '--jobs', '1']],
    ['--stdin', ['extract', '--stdin']],
  ])('%s: one line, exit 2', async (_mode, args) => {
    const stdout = openSync('/dev/full', 'w');
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['pipe', stdout, 'pipe'] });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin?.end(
      `${JSON.stringify({ id: 'a', text: 'Năm 2023, Đảng bộ xã Tân Phú kết nạp 12 đảng viên mới.' })}\n`,
    );
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr.split('\n').filter(Boolean), stderr).toEqual([
      'vnpr extract: cannot write to standard output: no space left on the device',
    ]);
  });
});

describe('SIGTERM while the workbook is written', () => {
  it('exits 143 with one line, no crash, nothing left behind', async () => {
    const big = join(dir, 'big.jsonl');
    const text = makeReport(1, ' Hội nghị đánh giá kết quả thực hiện nhiệm vụ chính trị năm 2023.'.repeat(6));
    writeFileSync(big, Array.from({ length: 2000 }, (_, n) => `${JSON.stringify({ id: `d-${n}`, text })}\n`).join(''));
    const folder = join(dir, 'sigterm');
    mkdirSync(folder);
    const child = spawn(process.execPath, [BIN, 'extract', big, '-o', join(folder, 'out.xlsx')], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // The workbook's temporary file appears when every document is done and the sheets are written.
    const started = Date.now();
    while (!readdirSync(folder).some((name) => name.endsWith('.xlsx') && name.startsWith('.vnpr-tmp-'))) {
      if (Date.now() - started > 100_000) throw new Error('the workbook was never started');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill('SIGTERM');
    expect(await closed).toBe(143);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `vnpr: terminated: no output written; --resume continues from ${join(folder, 'out.xlsx')}.vnpr-partial.jsonl`,
    ]);
    expect(readdirSync(folder)).toEqual(['out.xlsx.vnpr-partial.jsonl']);
  }, 120_000);
});
