// Shared helpers of the end-to-end tests: run the built CLI, read workbooks back, make test files.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));
export const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
export const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));

if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run "pnpm build" before the CLI tests`);

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** How to run the CLI: its folder, stdin, extra environment, the user it runs as, a time limit. */
export interface RunOptions {
  cwd?: string;
  input?: string;
  env?: Record<string, string>;
  /** Run as this user and group (a test run as root drops to `nobody` where permissions matter). */
  uid?: number;
  gid?: number;
  /** Kill the run with SIGKILL after this many milliseconds (its result then has `signal: 'SIGKILL'`). */
  timeoutMs?: number;
}

/** Runs `node packages/cli/dist/bin.js ...args` and collects its output. */
export function runVnpr(args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.uid !== undefined ? { uid: options.uid } : {}),
      ...(options.gid !== undefined ? { gid: options.gid } : {}),
    });
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Parses JSONL text into objects. */
export function parseJsonl<T = Record<string, unknown>>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

const requireFromCli = createRequire(fileURLToPath(new URL('../../packages/cli/package.json', import.meta.url)));

/** exceljs, resolved from @vnpr/cli (whose dependency it is). */
export const ExcelJS = requireFromCli('exceljs') as typeof import('exceljs');

/** One ZIP entry: its content, and how it is written (stored or deflated, sizes declared truthfully or not). */
export interface ZipEntry {
  name: string;
  data: Buffer;
  deflate?: boolean;
  /** The unpacked size to declare (default: the real one). */
  declaredSize?: number;
}

/** A ZIP archive of the given entries. */
export function makeZipArchive(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = entry.deflate ? deflateRawSync(entry.data) : entry.data;
    const crc = crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** A ZIP archive with stored (uncompressed) entries. */
export function makeZip(files: Record<string, string>): Buffer {
  return makeZipArchive(Object.entries(files).map(([name, content]) => ({ name, data: Buffer.from(content, 'utf8') })));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/**
 * A .docx of one paragraph per string: content types, package relationships and `word/document.xml`, deflated, the
 * body padded with `padding` spaces and its unpacked size declared as `declaredSize` (default: the real one).
 */
export function makeDocxArchive(paragraphs: string[], padding = 0, declaredSize?: number): Buffer {
  const data = Buffer.from(documentXml(paragraphs, padding), 'utf8');
  return makeZipArchive([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES), deflate: true },
    { name: '_rels/.rels', data: Buffer.from(RELS), deflate: true },
    { name: 'word/document.xml', data, deflate: true, ...(declaredSize !== undefined ? { declaredSize } : {}) },
  ]);
}

/** `word/document.xml` with one paragraph per string, and `padding` spaces at the end of its body. */
function documentXml(paragraphs: string[], padding = 0): string {
  const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`).join('') +
    ' '.repeat(padding) +
    '</w:body></w:document>'
  );
}

/** A minimal .docx with stored (uncompressed) entries, one paragraph per string. */
export function makeDocx(paragraphs: string[]): Buffer {
  return makeZip({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': RELS,
    'word/document.xml': documentXml(paragraphs),
  });
}

/**
 * Writes a plugin module without imports to `dir`/`name` and returns its path: `loadPlugin` checks it with
 * `defineExtractor`, whose schema check is duck-typed; `extract` is the source of its extract function.
 */
export function writePluginModule(dir: string, name: string, id: string, extract: string): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    `export default { id: ${JSON.stringify(id)}, schema: { safeParse: (data) => ({ success: true, data }) }, extract: ${extract} };\n`,
  );
  return path;
}
