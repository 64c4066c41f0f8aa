import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_SECONDS, parseJobs, parseTimeout } from './run-options.js';

const cores = availableParallelism();

describe('parseJobs', () => {
  it.each([
    [undefined, cores, 0],
    ['0', 0, 0],
    ['1', 1, 0],
    [String(cores), cores, 0],
    [String(cores + 1), cores, 1],
    ['1e3', cores, 1],
  ])('reads %s as %s worker threads (%s notices)', (text, jobs, notices) => {
    const lines: string[] = [];
    expect(parseJobs(text, (line) => lines.push(line))).toBe(jobs);
    expect(lines).toHaveLength(notices);
  });

  it.each(['1.5', '-1', '', 'abc', 'Infinity', '1e400'])('refuses %j', (text) => {
    expect(() => parseJobs(text, () => {})).toThrow(/invalid --jobs/);
  });
});

describe('parseTimeout', () => {
  it.each([
    [undefined, DEFAULT_TIMEOUT_SECONDS],
    ['1', 1],
    ['0.5', 0.5],
    ['0', 0],
  ])('reads %s as %s s', (text, seconds) => {
    expect(parseTimeout(text)).toBe(seconds);
  });

  it.each(['-1', '', 'abc', 'Infinity'])('refuses %j', (text) => {
    expect(() => parseTimeout(text)).toThrow(/invalid --timeout/);
  });
});
