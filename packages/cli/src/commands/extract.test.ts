import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runExtractCommand } from './extract.js';

const CORPUS = fileURLToPath(new URL('../../../../corpus/', import.meta.url));

/** What happened, in order: the task runner stopped, a sink began or ended its close. */
const { events } = vi.hoisted(() => ({ events: [] as string[] }));

// The workers cannot start from the TypeScript sources: the runner is the in-process one, watched.
vi.mock('../pool/worker-pool.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../pool/worker-pool.js')>();
  return {
    ...actual,
    createTaskRunner: (_jobs: number, settings: Parameters<typeof actual.createTaskRunner>[1]) => {
      const runner = actual.createTaskRunner(0, settings);
      return {
        run: (tasks: Parameters<typeof runner.run>[0]) => runner.run(tasks),
        destroy: async () => {
          events.push('runner stopped');
          await runner.destroy();
        },
      };
    },
  };
});

vi.mock('./output-format.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./output-format.js')>();
  return {
    ...actual,
    openSink: async (...args: Parameters<typeof actual.openSink>) => {
      const sink = await actual.openSink(...args);
      return {
        ...sink,
        write: sink.write.bind(sink),
        ...(sink.writeJsonl ? { writeJsonl: sink.writeJsonl.bind(sink) } : {}),
        close: async () => {
          events.push('sink closing');
          await sink.close();
          events.push('sink closed');
        },
      };
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'vnpr-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  events.length = 0;
});

describe('vnpr extract', () => {
  // The workbook is written at the end, from the spools; the workers' heaps (~200 MB on the bench set) are freed
  // first.
  it.each(['records.xlsx', 'records.jsonl', 'csv/'])(
    'stops the workers before it closes the output (%s)',
    async (name) => {
      const output = join(dir, name);
      vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      try {
        expect(await runExtractCommand([CORPUS, '-o', output, '--jobs', '2'])).toBe(0);
      } finally {
        vi.mocked(process.stderr.write).mockRestore();
      }
      expect(statSync(output).size).toBeGreaterThan(0);
      expect(events).toEqual(['runner stopped', 'sink closing', 'sink closed']);
    },
  );
});
