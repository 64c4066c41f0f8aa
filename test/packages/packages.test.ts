// Issue 15, packages as published: what `pnpm pack` puts in each tarball, a consumer project type-checking
// isRecord() narrowing against the packed packages, and `pnpm bench` without its benchmark set.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = ['core', 'extractors', 'cli'] as const;
const LICENSE = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
const requireFromRoot = createRequire(join(ROOT, 'package.json'));

let dir: string;
/** Where each tarball was unpacked (its `package/` folder), by package folder name. */
const unpacked: Record<string, string> = {};

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-packages-'));
  for (const name of PACKAGES) {
    const out = join(dir, name);
    mkdirSync(out);
    execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: join(ROOT, 'packages', name), stdio: 'pipe' });
    const [tarball] = readdirSync(out).filter((file) => file.endsWith('.tgz'));
    execFileSync('tar', ['-xzf', join(out, tarball ?? ''), '-C', out]);
    unpacked[name] = join(out, 'package');
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(PACKAGES)('the @vnpr/%s tarball', (name) => {
  it('ships README, LICENSE and dist, and no build info, tests or fixtures', () => {
    const files = listFiles(unpacked[name] ?? '');
    expect(files).toEqual(
      expect.arrayContaining(['README.md', 'LICENSE', 'package.json', 'dist/index.js', 'dist/index.d.ts']),
    );
    expect(files.filter((file) => /tsbuildinfo|\.test\.|\/fixtures\//.test(file))).toEqual([]);
    expect(readFileSync(join(unpacked[name] ?? '', 'LICENSE'), 'utf8')).toBe(LICENSE);
    expect(LICENSE).toContain('Copyright (c) 2026 the vnpr authors');
  });

  it('has no source map pointing at a file it does not ship', () => {
    const root = unpacked[name] ?? '';
    const maps = listFiles(root).filter((file) => file.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const map of maps) {
      const { sources = [], sourceRoot = '' } = JSON.parse(readFileSync(join(root, map), 'utf8')) as {
        sources?: string[];
        sourceRoot?: string;
      };
      for (const source of sources) {
        const path = resolve(root, dirname(map), sourceRoot, source);
        if (!existsSync(path)) missing.push(`${map} → ${source}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('states the real Node.js floor (require() of ESM needs 20.19)', () => {
    const manifest = JSON.parse(readFileSync(join(unpacked[name] ?? '', 'package.json'), 'utf8')) as {
      engines?: { node?: string };
    };
    expect(manifest.engines?.node).toBe('>=20.19');
  });
});

describe('a consumer project', () => {
  it('type-checks isRecord() narrowing against the packed packages', () => {
    const consumer = join(dir, 'consumer');
    const modules = join(consumer, 'node_modules');
    mkdirSync(join(modules, '@vnpr'), { recursive: true });
    // Copied, not linked: a package's own dependencies (zod) resolve from where it is, as in an install.
    for (const name of ['core', 'extractors'] as const)
      cpSync(unpacked[name] ?? '', join(modules, '@vnpr', name), { recursive: true });
    // The packages' own dependency with types, as an install would put it beside them.
    symlinkSync(dirname(realpathSync(requireFromRoot.resolve('zod/package.json'))), join(modules, 'zod'), 'dir');
    copyFileSync(join(ROOT, 'test/types/narrowing.ts'), join(consumer, 'index.ts'));
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['index.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [requireFromRoot.resolve('typescript/bin/tsc'), '-p', consumer], {
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});

/** The code block that follows a line naming its file (`party-dues/index.js`:) in docs/writing-an-extractor.md. */
function readDocFile(name: string): string {
  const doc = readFileSync(join(ROOT, 'docs/writing-an-extractor.md'), 'utf8');
  const at = doc.indexOf(`\`${name}\`:\n`);
  const block = /```\w*\n(?<code>[\s\S]*?)```/.exec(doc.slice(at));
  if (at < 0 || !block?.groups?.code) throw new Error(`no code block for ${name} in docs/writing-an-extractor.md`);
  return block.groups.code;
}

describe('the plugin of docs/writing-an-extractor.md', () => {
  it('runs from a folder of its own outside the repository, with the packed packages in its node_modules', () => {
    const plugin = join(dir, 'party-dues');
    const modules = join(plugin, 'node_modules');
    mkdirSync(join(modules, '@vnpr'), { recursive: true });
    writeFileSync(join(plugin, 'package.json'), readDocFile('party-dues/package.json'));
    writeFileSync(join(plugin, 'index.js'), readDocFile('party-dues/index.js'));
    for (const name of ['core', 'extractors'] as const)
      cpSync(unpacked[name] ?? '', join(modules, '@vnpr', name), { recursive: true });
    // What npm install would add beside them: zod, and @vnpr/core's date-fns.
    const requireFromCore = createRequire(join(ROOT, 'packages/core/package.json'));
    symlinkSync(dirname(realpathSync(requireFromRoot.resolve('zod/package.json'))), join(modules, 'zod'), 'dir');
    symlinkSync(
      dirname(realpathSync(requireFromCore.resolve('date-fns/package.json'))),
      join(modules, 'date-fns'),
      'dir',
    );
    const text = join(dir, 'dues.txt');
    writeFileSync(text, 'Năm 2023, Đảng bộ huyện thu đảng phí đạt 1,2 tỷ đồng, tăng 8% so với năm 2022.\n');
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'packages/cli/dist/bin.js'),
        'extract',
        text,
        '-o',
        '-',
        '--jobs',
        '0',
        '--plugin',
        './party-dues/index.js',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const records = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(
      records.filter((record) => record.type === 'partyDues').map((record) => [record.amount, record.unit]),
    ).toEqual([[1_200_000_000, 'đồng']]);
  });
});

describe('pnpm bench without the benchmark set', () => {
  it('says where the set comes from and how to pass your own, and exits 0', () => {
    // A copy of the script in a folder with no ../shared beside it.
    const scripts = join(dir, 'repo', 'scripts');
    mkdirSync(scripts, { recursive: true });
    copyFileSync(join(ROOT, 'scripts/bench.mjs'), join(scripts, 'bench.mjs'));
    const run = spawnSync(process.execPath, [join(scripts, 'bench.mjs')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('vntc-chinhtri.jsonl.gz');
    expect(run.stderr).toContain('VNTC');
    expect(run.stderr).toContain('pnpm bench path/to/corpus.jsonl.gz');
  });

  it('exits 1 when the set given does not exist', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/bench.mjs'), join(dir, 'none.jsonl.gz')], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('none.jsonl.gz: nothing to measure');
  });
});
