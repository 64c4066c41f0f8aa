import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../commands/usage-error.js';
import { parseCommandArgs, parseOption, requireOutput } from './command-args.js';
import { parseSize } from './parse-size.js';

const OPTIONS = { output: { type: 'string', short: 'o' }, strict: { type: 'boolean' } } as const;

afterEach(() => vi.restoreAllMocks());

describe('parseCommandArgs', () => {
  it('gives the options and the positional arguments', () => {
    const args = parseCommandArgs(['corpus', '-o', 'bang.xlsx', '--strict'], OPTIONS, 'help text\n');
    expect(args?.values).toEqual({ output: 'bang.xlsx', strict: true });
    expect(args?.positionals).toEqual(['corpus']);
  });

  it.each([['-h'], ['--help']])('prints the help for %s and gives nothing to run', (flag) => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(parseCommandArgs(['corpus', flag], OPTIONS, 'help text\n')).toBeUndefined();
    expect(write).toHaveBeenCalledWith('help text\n');
  });

  it('refuses an option the command does not have', () => {
    expect(() => parseCommandArgs(['--jobs', '2'], OPTIONS, '')).toThrow(/--jobs/);
  });
});

describe('parseOption', () => {
  it('gives the value the parser reads', () => {
    expect(parseOption(() => parseSize('2MB'))).toBe(2 * 1024 ** 2);
  });

  it("turns the parser's error into a usage error with its message", () => {
    const run = () => parseOption(() => parseSize('năm mươi MB'));
    expect(run).toThrow(UsageError);
    expect(run).toThrow('invalid size "năm mươi MB"');
  });
});

describe('requireOutput', () => {
  it('gives -o when there is one, "-" too', () => {
    expect(requireOutput('bang.csv', '-o bang.csv')).toBe('bang.csv');
    expect(requireOutput('-', '-o bang.csv')).toBe('-');
  });

  it('says how to give it when there is none', () => {
    expect(() => requireOutput(undefined, '-o report/', 'the output folder')).toThrow(
      new UsageError('give the output folder with -o, e.g. -o report/'),
    );
  });
});
