import { statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { splitSentences } from '@vnpr/core';
import type { VnprRecord } from '@vnpr/extractors';
import {
  type ExtractSettings,
  extractInput,
  findExtractorFailures,
  loadPlugins,
  readSettings,
  recordFailure,
  runTask,
} from '../pool/tasks.js';
import { findInputs, type InputFile } from '../readers/find-inputs.js';
import { isJsonlPath } from '../readers/jsonl.js';
import { listFileSources, readSourceInput, type Source, toSourceText } from '../readers/source.js';
import { FailureTally } from '../ui/failure-tally.js';
import { countNoun } from '../ui/progress.js';
import { escapeControl, writeStderr } from '../ui/stderr.js';
import { paint, shouldUseColor } from '../util/color.js';
import { parseCommandArgs } from '../util/command-args.js';
import { INSPECT_HELP } from './help.js';
import { UsageError } from './usage-error.js';

const TYPE_COLORS: Record<string, string> = {
  document: 'gray',
  event: 'blue',
  official: 'magenta',
  membership: 'green',
  rating: 'yellow',
  target: 'cyan',
  reference: 'brightBlue',
  orgStat: 'brightGreen',
  participation: 'brightCyan',
  award: 'brightYellow',
  quantity: 'gray',
  error: 'red',
};

const HIDDEN_FIELDS = new Set(['type', 'docId', 'span', 'quote', 'sentence']);

/** One line describing a record's own fields: `count=99 action=kết nạp`. */
export function describeFields(record: VnprRecord): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (HIDDEN_FIELDS.has(key) || value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const shown = Array.isArray(value)
      ? value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join('; ')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
    parts.push(`${key}=${shown}`);
  }
  return parts.join('  ');
}

/**
 * The source `inspect` shows: the file itself, or the document of a JSONL file with `id` (the first without it),
 * or why the JSONL file could not be read. A JSONL line that is no document, and a JSONL file without the
 * document, are usage errors.
 */
async function findSource(file: InputFile, id: string | undefined, maxFileSize: number): Promise<Source> {
  const jsonl = isJsonlPath(file.path);
  for await (const { source, line, empty } of listFileSources(file, maxFileSize)) {
    if (!jsonl || (line === undefined && !empty)) return source;
    if (line === undefined || (id !== undefined && source.docId !== id)) continue;
    if (source.kind === 'error') throw new UsageError(`${source.docId}: ${source.message}`);
    return source;
  }
  throw new UsageError(
    id === undefined ? `${file.path} holds no document` : `no document with id "${id}" in ${file.path}`,
  );
}

/**
 * Reads a source once, through the reader `extract` uses, and extracts its records: the text shown is the text
 * their spans point into (empty when the source could not be read).
 */
async function inspectSource(source: Source, settings: ExtractSettings, plugins: unknown[]) {
  if (source.kind === 'error') return { text: '', records: await runTask(source, settings, plugins) };
  let text = '';
  try {
    const input = await readSourceInput(source, settings.maxFileSize);
    text = toSourceText(input);
    return { text, records: await extractInput(source, input, settings, plugins) };
  } catch (error) {
    return { text, records: [await recordFailure(source.docId, error)] };
  }
}

/** `vnpr inspect`: shows one document's records under their sentences. */
export async function runInspectCommand(argv: string[]): Promise<number> {
  const args = parseCommandArgs(
    argv,
    {
      id: { type: 'string' },
      only: { type: 'string' },
      plugin: { type: 'string', multiple: true },
      all: { type: 'boolean' },
      color: { type: 'boolean' },
    },
    INSPECT_HELP,
  );
  if (!args) return 0;
  const { values, positionals } = args;
  const [file] = positionals;
  if (!file || positionals.length > 1)
    throw new UsageError('give one file, e.g. vnpr inspect corpus/000_65ce2756da1bbcb9.txt');
  const color = shouldUseColor(process.stdout, values.color);
  const settings = await readSettings(values.only, values.plugin);
  const plugins = await loadPlugins(settings.plugins, settings.cwd);

  const path = resolve(file);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
    const [first] = await findInputs([file]);
    const example = first ? `, e.g. vnpr inspect ${join(file, first.docId)}` : '';
    throw new UsageError(
      `${file} is a folder: inspect shows one document; give one of its files${example} (vnpr extract reads folders)`,
    );
  }
  const source = await findSource({ path, docId: basename(file), size: -1 }, values.id, settings.maxFileSize);
  const { docId } = source;
  const { text, records } = await inspectSource(source, settings, plugins);

  const out: string[] = [];
  // The document's own text is shown with its control characters escaped: only our colours reach the terminal.
  const label = (record: VnprRecord) =>
    paint(record.type.padEnd(13), TYPE_COLORS[record.type] ?? 'brightMagenta', color, true);
  const sentences = text ? splitSentences(text) : [];
  const placed = new Map<number, VnprRecord[]>();
  const unplaced: VnprRecord[] = [];
  for (const record of records) {
    if (record.type === 'document' || record.type === 'error') {
      out.push(
        `${paint(escapeControl(docId), 'gray', color, true)}  ${label(record)} ${escapeControl(describeFields(record))}`,
      );
      continue;
    }
    const start = Array.isArray(record.span) ? record.span[0] : -1;
    let index = sentences.findIndex((sentence) => start >= sentence.start && start < sentence.end);
    if (index < 0) index = sentences.findIndex((sentence) => sentence.text === record.sentence);
    if (index < 0) unplaced.push(record);
    else placed.set(index, [...(placed.get(index) ?? []), record]);
  }
  sentences.forEach((sentence, index) => {
    const found = placed.get(index);
    if (!found && !values.all) return;
    out.push('', `${paint(`[${index + 1}]`, 'gray', color)} ${escapeControl(sentence.text, { lineFeeds: 'keep' })}`);
    for (const record of found ?? []) {
      const quote = paint(`«${escapeControl(record.quote)}»`, TYPE_COLORS[record.type] ?? 'brightMagenta', color);
      out.push(`    ${label(record)} ${escapeControl(describeFields(record))}  ${quote}`);
    }
  });
  if (unplaced.length > 0) {
    out.push('', paint('(records outside any sentence)', 'gray', color));
    for (const record of unplaced)
      out.push(`    ${label(record)} ${escapeControl(describeFields(record))}  «${escapeControl(record.quote)}»`);
  }
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record.type, (counts.get(record.type) ?? 0) + 1);
  out.push(
    '',
    paint(
      `${countNoun(records.length, 'record')}: ${[...counts].map(([type, n]) => `${n} ${type}`).join(', ')}`,
      'gray',
      color,
    ),
  );
  const failures = new FailureTally();
  failures.add(findExtractorFailures(records));
  writeStderr(failures.format());
  process.stdout.write(`${out.join('\n')}\n`);
  return records.some((record) => record.type === 'error') ? 1 : 0;
}
