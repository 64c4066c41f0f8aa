// The walk over a file system that fails where the test says: a folder that cannot be listed, named
// pipes, sockets and devices, the run's own outputs. Runs the same as root or not (no chmod needed).
import { describe, expect, it } from 'vitest';
import { findInputs, type WalkFileSystem } from './find-inputs.js';

type Node = 'file' | 'fifo' | 'socket' | 'device' | 'locked' | { [name: string]: Node };

/** A file system of one tree: `locked` folders exist (stat works) but cannot be listed (EACCES). */
function makeFileSystem(tree: { [name: string]: Node }): WalkFileSystem {
  const find = (path: string): Node | undefined => {
    let node: Node | undefined = tree;
    for (const part of path.split('/').filter(Boolean)) node = typeof node === 'object' ? node[part] : undefined;
    return node;
  };
  const fail = (code: string, path: string) => Object.assign(new Error(`${code}: ${path}`), { code, path });
  const isFolder = (node: Node | undefined) => typeof node === 'object' || node === 'locked';
  return {
    async readdir(path) {
      const node = find(path);
      if (node === 'locked') throw fail('EACCES', path);
      if (typeof node !== 'object') throw fail(node ? 'ENOTDIR' : 'ENOENT', path);
      return Object.keys(node).map((name) => ({ name, isDirectory: () => isFolder(node[name]) }));
    },
    async stat(path) {
      const node = find(path);
      if (!node) throw fail('ENOENT', path);
      return {
        size: node === 'file' ? 100 : 0,
        isFile: () => node === 'file',
        isDirectory: () => isFolder(node),
        isFIFO: () => node === 'fifo',
        isSocket: () => node === 'socket',
        isCharacterDevice: () => node === 'device',
        isBlockDevice: () => false,
      };
    },
  };
}

const fileSystem = makeFileSystem({
  r: {
    '0-locked': 'locked',
    'a.txt': 'file',
    b: { 'c.txt': 'file', 'pipe.txt': 'fifo', locked: 'locked', 'tty.txt': 'device' },
    'sock.jsonl': 'socket',
    'records.jsonl': 'file',
    out: { 'document.csv': 'file' },
    'z.txt': 'file',
  },
});

/** `docId → problem code` (null: a file to read). */
async function walk(args: string[], exclude: string[] = []): Promise<Record<string, string | null>> {
  const inputs = await findInputs(args, '/', { fileSystem, exclude });
  return Object.fromEntries(inputs.map((input) => [input.docId, input.problem?.code ?? null]));
}

describe('findInputs', () => {
  it('reports a folder it cannot list and goes on, in a folder walk and in a glob walk', async () => {
    const expected = {
      '0-locked': 'unreadable',
      'a.txt': null,
      'b/c.txt': null,
      'b/locked': 'unreadable',
      'b/pipe.txt': 'not-a-file',
      'b/tty.txt': 'not-a-file',
      'z.txt': null,
    };
    expect(await walk(['/r'], ['/r/records.jsonl', '/r/out/', '/r/sock.jsonl'])).toEqual(expected);
    expect(await walk(['/r/**/*.txt'])).toEqual(expected);
  });

  it('reports a folder given by name that it cannot list, and reads the other arguments', async () => {
    expect(await walk(['/r/0-locked', '/r/a.txt'])).toEqual({ '0-locked': 'unreadable', 'a.txt': null });
    expect(await walk(['/r/0-locked/*.txt'])).toEqual({ '0-locked': 'unreadable' });
  });

  it('does not report folders a glob cannot match in, nor walk into them', async () => {
    expect(await walk(['/r/*.txt'])).toEqual({ 'a.txt': null, 'z.txt': null });
    expect(await walk(['/r/b/*.txt'])).toEqual({
      'c.txt': null,
      'pipe.txt': 'not-a-file',
      'tty.txt': 'not-a-file',
    });
    expect(await walk(['/r/nowhere/**/*.txt'])).toEqual({}); // as in a shell: no folder, no match
  });

  it('gives a named pipe, socket or device named directly as not-a-file, and a missing path as a file to try', async () => {
    const inputs = await findInputs(['/r/b/pipe.txt', '/r/sock.jsonl', '/r/missing.txt'], '/', { fileSystem });
    expect(inputs.map((input) => [input.docId, input.problem?.code ?? null])).toEqual([
      ['pipe.txt', 'not-a-file'],
      ['sock.jsonl', 'not-a-file'],
      ['missing.txt', null],
    ]);
    expect(inputs[0]?.problem?.message).toMatch(/named pipe/);
    expect(inputs[1]?.problem?.message).toMatch(/socket/);
  });

  it('leaves out the excluded outputs: a file, a folder and everything in it', async () => {
    const all = await walk(['/r']);
    expect(all).toHaveProperty(['records.jsonl']);
    expect(all).toHaveProperty(['out/document.csv']);
    const kept = await walk(['/r', '/r/records.jsonl'], ['/r/records.jsonl', '/r/out']);
    expect(kept).not.toHaveProperty(['records.jsonl']);
    expect(kept).not.toHaveProperty(['out/document.csv']);
    expect(kept).toHaveProperty(['a.txt']);
  });
});
