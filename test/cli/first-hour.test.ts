// Issue 15, "the first hour of a new user": the README's stdout commands, pipes, output paths and clear messages.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, CORPUS, parseJsonl, ROOT, runVnpr } from './helpers.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-first-hour-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The shell commands of the README's `sh` blocks that write JSON to stdout (`-o -`, `--json`). */
function readmeStdoutCommands(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const commands: string[] = [];
  for (const block of readme.matchAll(/```sh\n(?<body>[\s\S]*?)```/g)) {
    for (const line of block.groups?.body?.split('\n') ?? []) {
      const command = line.replace(/\s+#.*$/, '').trim();
      if (/\bvnpr\b/.test(command) && /(?:-o -(?:\s|$)|--json)/.test(command)) commands.push(command);
    }
  }
  return commands;
}

/** Runs a shell command line in the repository and gives its stdout as read from a real pipe. */
function runThroughPipe(command: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe("the README's stdout commands", () => {
  const commands = readmeStdoutCommands();

  it('are there, and run the CLI with pnpm -s (no script banner on stdout)', () => {
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const command of commands) expect(command).toMatch(/^pnpm -s vnpr /);
  });

  it.each(commands)('%s gives clean JSON through a pipe', async (command) => {
    const run = await runThroughPipe(command);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).not.toBe('');
    if (command.includes('--json')) {
      expect(() => JSON.parse(run.stdout)).not.toThrow();
      return;
    }
    for (const line of run.stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line), line).not.toThrow();
    expect(parseJsonl(run.stdout).filter((record) => record.type === 'document')).toHaveLength(5);
  });
});

describe('a closed stdout', () => {
  it('ends `extract -o - | head` quietly with exit code 0', async () => {
    const documents = Array.from({ length: 3000 }, (_, index) =>
      JSON.stringify({ id: `d${index}`, text: `Năm 2023, Đảng bộ xã số ${index} kết nạp ${index + 1} đảng viên mới.` }),
    );
    const input = join(dir, 'many.jsonl');
    writeFileSync(input, `${documents.join('\n')}\n`);
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'extract', input, '-o', '-', '--jobs', '0'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.stdout.once('data', () => child.stdout.destroy()); // what `head` does after its lines
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.stderr).not.toMatch(/EPIPE/);
    expect(result.code).toBe(0);
  });
});

describe('-o into a folder that does not exist', () => {
  it.each(['out.xlsx', 'out.jsonl', 'out.csv'])('creates the parent folders for %s', async (name) => {
    const target = join(dir, `missing-${name}`, 'a', 'b', name);
    const run = await runVnpr(['extract', CORPUS, '-o', target, '--jobs', '0']);
    expect(run.stderr).not.toMatch(/\n\s+at |ENOENT|vnpr-tmp/);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(target)).toBe(true);
    expect(readdirSync(join(dir, `missing-${name}`, 'a', 'b'))).toEqual([name]);
  });

  it('says clearly when a parent is a file, and leaves nothing behind', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    for (const name of ['out.xlsx', 'out.jsonl', 'out.csv']) {
      const run = await runVnpr(['extract', CORPUS, '-o', join(file, name), '--jobs', '0']);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(/\n\s+at |ENOTDIR|ENOENT/);
      expect(run.stderr).toContain('is a file');
    }
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
});

describe('clear messages instead of raw system errors', () => {
  it('eval --gold with a missing file', async () => {
    const run = await runVnpr(['eval', '--gold', 'nope.jsonl', CORPUS]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/ENOENT/);
    expect(run.stderr).toMatch(/nope\.jsonl.*not found/);
  });

  it('report -o an existing file', async () => {
    const file = join(dir, 'report-file');
    writeFileSync(file, 'x');
    const run = await runVnpr(['report', CORPUS, '-o', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/ENOTDIR|ENOENT/);
    expect(run.stderr).toContain('is a file');
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('an unknown flag names the flag and the closest known one', async () => {
    const run = await runVnpr(['extract', CORPUS, '-o', '-', '--jbos', '2']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('positional argument');
    expect(run.stderr).toContain('unknown option "--jbos"');
    expect(run.stderr).toContain('did you mean --jobs?');
  });
});

describe('the help of each command', () => {
  it('says how to run its examples from a clone without a banner on stdout', () => {
    for (const command of ['extract', 'inspect', 'eval', 'report']) {
      const help = execFileSync(process.execPath, [BIN, command, '--help'], { encoding: 'utf8' });
      expect(help, command).toContain('pnpm -s vnpr');
    }
  });
});
