// A document that never finishes (a plugin stuck in a loop) must not hang the batch: with worker threads
// it ends as an `error` record with code "timeout" after `--timeout` seconds and the rest goes on; a
// `--resume` does not run it again; and on the main thread (`--jobs 0`, `--stdin`) a signal still ends
// the process.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, parseJsonl, ROOT, type RunResult, runVnpr } from '../cli/helpers.js';
import { makeReport } from './files.js';

const PLUGIN = join(ROOT, 'test/hostile/fixtures/stuck-plugin.js');
/** A report the stuck plugin never finishes. */
const STUCK = 'Đảng ủy xã Tân Phú [treo] họp bàn công tác kết nạp đảng viên năm 2023.';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-timeout-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A folder of `count` reports; those whose number is in `stuck` never finish. */
function makeInput(name: string, count: number, stuck: number[]): string {
  const input = join(dir, name);
  mkdirSync(input);
  for (let n = 0; n < count; n++)
    writeFileSync(join(input, `r-${String(n).padStart(2, '0')}.txt`), stuck.includes(n) ? STUCK : makeReport(n));
  return input;
}

/** Runs the CLI like `runVnpr`, but kills it after `ms`: a run that hangs fails its test and leaves no process behind. */
function runWithin(args: string[], ms: number): Promise<RunResult & { killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, ms);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, killed });
    });
  });
}

/** Resolves when the child's stderr has said `text` (or after `ms`, whichever comes first). */
function waitForStderr(child: ChildProcess, text: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    let seen = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk;
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

/** A child's exit, or `undefined` when it is still running after `ms`. */
function waitForExit(
  child: ChildProcess,
  ms: number,
): Promise<{ code: number | null; signal: string | null } | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

describe('a document that never finishes', () => {
  it('with worker threads, becomes an error "timeout" and the batch goes on', async () => {
    const input = makeInput('jobs2', 8, [2]);
    const out = join(dir, 'jobs2.jsonl');
    const run = await runWithin(
      ['extract', input, '-o', out, '--jobs', '2', '--timeout', '3', '--plugin', PLUGIN],
      60_000,
    );
    expect(run.killed).toBe(false);
    expect(run.code).toBe(0);
    const records = parseJsonl(readFileSync(out, 'utf8'));
    const outcomes = records.filter((record) => record.type === 'document' || record.type === 'error');
    expect(
      outcomes.map((record) => [record.docId, record.type === 'error' ? record.code : 'document']),
      run.stderr,
    ).toEqual(Array.from({ length: 8 }, (_, n) => [`r-0${n}.txt`, n === 2 ? 'timeout' : 'document']));
    expect(records.filter((record) => record.type === 'membership').length).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/r-02\.txt: no result after 3 s/);
    // --strict makes it a failure of the run.
    const strict = await runWithin(
      ['extract', input, '-o', '-', '--jobs', '1', '--timeout', '3', '--plugin', PLUGIN, '--strict'],
      60_000,
    );
    expect(strict.code).toBe(1);
  }, 150_000);

  it('is not run again by --resume: it was recorded as done, with its error', async () => {
    const input = makeInput('resume', 10, [1, 6]);
    const out = join(dir, 'resume.jsonl');
    const args = ['extract', input, '-o', out, '--jobs', '1', '--timeout', '4', '--plugin', PLUGIN];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const firstTimeout = new Promise<void>((resolve) =>
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
        if (stderr.includes('r-01.txt')) resolve();
      }),
    );
    await Promise.race([firstTimeout, waitForExit(child, 20_000)]);
    // r-06 is stuck now: stop the run while it waits for it.
    child.kill('SIGTERM');
    const stopped = await waitForExit(child, 10_000);
    expect(stopped?.code).toBe(143);
    expect(stderr).toMatch(/--resume/);
    expect(existsSync(`${out}.vnpr-partial.jsonl`)).toBe(true);

    const resumed = await runWithin([...args, '--resume'], 60_000);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).not.toMatch(/r-01\.txt/); // not extracted again
    expect(resumed.stderr).toMatch(/r-06\.txt/); // never finished before: tried again, and timed out again
    const errors = parseJsonl(readFileSync(out, 'utf8')).filter((record) => record.type === 'error');
    expect(errors.map((record) => [record.docId, record.code])).toEqual([
      ['r-01.txt', 'timeout'],
      ['r-06.txt', 'timeout'],
    ]);
  }, 150_000);

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    'on the main thread (--jobs 0), %s still ends the process',
    async (signal, code) => {
      const input = makeInput(`jobs0-${signal}`, 3, [0]);
      const out = join(dir, `jobs0-${signal}.xlsx`);
      const child = spawn(process.execPath, [BIN, 'extract', input, '-o', out, '--jobs', '0', '--plugin', PLUGIN], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      await waitForStderr(child, 'the loop begins', 15_000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      child.kill(signal);
      const exit = await waitForExit(child, 5000);
      if (!exit) child.kill('SIGKILL');
      expect(exit).toBeDefined();
      expect(exit?.signal === signal || exit?.code === code).toBe(true);
      expect(existsSync(out)).toBe(false);
      // What the killed run left (a temporary file of a dead process) goes with the next run in that folder.
      expect((await runVnpr(['extract', join(input, 'r-01.txt'), '-o', out, '--jobs', '0'])).code).toBe(0);
      expect(readdirSync(dir).filter((name) => name.startsWith('.vnpr-tmp-'))).toEqual([]);
    },
    60_000,
  );

  it('in a --stdin mapper, SIGTERM still ends the process', async () => {
    const child = spawn(process.execPath, [BIN, 'extract', '--stdin', '--plugin', PLUGIN], {
      cwd: ROOT,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    child.stdin?.write(`${JSON.stringify({ id: 'a', text: STUCK })}\n`); // stdin stays open, as in a pipeline
    await waitForStderr(child, 'the loop begins', 15_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGTERM');
    const exit = await waitForExit(child, 5000);
    if (!exit) child.kill('SIGKILL');
    expect(exit?.signal === 'SIGTERM' || exit?.code === 143).toBe(true);
  }, 60_000);

  it('the time limit and what --jobs 0 cannot stop are in --help and the README', async () => {
    const help = (await runVnpr(['extract', '--help'])).stdout;
    expect(help).toMatch(/--timeout <seconds>/);
    expect(help).toMatch(/--jobs 0/);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/--timeout/);
  });
});
