import { Buffer } from 'node:buffer';
import { InputError } from '@vnpr/core';
import type { Extractor, VnprRecord } from '@vnpr/extractors';
import { UsageError } from '../commands/usage-error.js';
import { type ReadableSource, readSourceInput, type Source } from '../readers/source.js';
import { DEFAULT_MAX_FILE_SIZE } from '../util/parse-size.js';
import { parseTypeList } from '../util/type-list.js';
import { formatJsonl } from '../writers/jsonl.js';

/** One unit of work: a source of the inputs to extract (or a known failure to report). */
export type Task = Source;

/** What every worker (and the in-process runner) needs to know, set once. */
export interface ExtractSettings {
  only?: string[];
  /** Plugin specifiers (`--plugin`), resolved from `cwd`. */
  plugins: string[];
  cwd: string;
  maxFileSize: number;
  /**
   * Seconds a document may take in a worker before the worker is replaced, and as many again for each
   * million characters of its text past the first (`--timeout`; 0: no limit; default 30).
   */
  timeout?: number;
  /**
   * Whether each task's output carries its record objects (for sinks that need objects: xlsx, csv,
   * `eval`). Without them only the JSONL bytes are sent, which cost the main thread next to nothing.
   */
  withRecords?: boolean;
}

/**
 * Settings from `--only` and `--plugin` with the default size limit (50 MB), for commands without
 * `--max-file-size`. Loads the plugins (so their types count as known to `--only`).
 */
export async function readSettings(only: string | undefined, plugins: string[] | undefined): Promise<ExtractSettings> {
  const specifiers = plugins ?? [];
  const loaded = await loadPlugins(specifiers, process.cwd());
  const types = await readTypeList(only, loaded);
  return {
    plugins: specifiers,
    cwd: process.cwd(),
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    ...(types ? { only: types } : {}),
  };
}

/**
 * Reads `--only` against the record types there are: the built-in ones and those of the loaded plugins.
 * Without `--only` the extractors are not even loaded (the main thread of a pool does not need them).
 */
export async function readTypeList(
  value: string | undefined,
  plugins: readonly unknown[],
): Promise<string[] | undefined> {
  if (value === undefined) return undefined;
  const { recordFields } = await loadExtractors();
  const known = [
    ...Object.keys(recordFields).filter((type) => type !== 'error'),
    ...plugins.map((plugin) => (plugin as Extractor).id),
  ];
  return parseTypeList(value, known);
}

type ExtractorsModule = typeof import('@vnpr/extractors');
let extractorsModule: Promise<ExtractorsModule> | undefined;

/**
 * Loads `@vnpr/extractors` on first use: the main thread of a worker pool never needs it (it only
 * reads inputs and writes records), and it is the slowest module to load.
 */
export function loadExtractors(): Promise<ExtractorsModule> {
  extractorsModule ??= import('@vnpr/extractors');
  return extractorsModule;
}

/**
 * Loads `--plugin` extractors through `loadPlugin()` of `@vnpr/extractors`.
 * Throws when plugins are asked for and this build of the extractors cannot load them.
 */
export async function loadPlugins(specifiers: readonly string[], cwd: string): Promise<unknown[]> {
  if (specifiers.length === 0) return [];
  const { builtinExtractors, loadPlugin } = await loadExtractors();
  const plugins = await Promise.all(specifiers.map((specifier) => loadPlugin(specifier, cwd)));
  // Two extractors of one type would mix their records in one sheet under one schema: a clash is an error.
  const owners = new Map<string, string>(builtinExtractors.map((extractor) => [extractor.id, 'a built-in extractor']));
  plugins.forEach((plugin, index) => {
    const owner = owners.get(plugin.id);
    if (owner)
      throw new UsageError(
        `plugin "${specifiers[index]}" has the id "${plugin.id}", which ${owner} has already: give the plugin an id of its own`,
      );
    owners.set(plugin.id, `plugin "${specifiers[index]}"`);
  });
  return plugins;
}

/** Turns whatever a document threw into an `error` record. */
export async function recordFailure(docId: string, error: unknown): Promise<VnprRecord> {
  const { errorRecord } = await loadExtractors();
  if (error instanceof InputError) return errorRecord(docId, error.code, error.message);
  const message = error instanceof Error ? error.message : String(error);
  return errorRecord(docId, 'extract-failed', `extraction failed (${message}): please report this document`);
}

/** What a batch's runner hears while it works: the task it begins, and the length of its text once read (characters, or bytes before decoding). */
export interface TaskEvents {
  onTask?(index: number): void;
  onText?(characters: number): void;
}

/** Runs one task to its records (the `document` record first, or a single `error` record). Never throws. */
export async function runTask(
  task: Task,
  settings: ExtractSettings,
  plugins: unknown[],
  events?: TaskEvents,
): Promise<VnprRecord[]> {
  if (task.kind === 'error') {
    const { errorRecord } = await loadExtractors();
    return [errorRecord(task.docId, task.code, task.message)];
  }
  try {
    const input = await readSourceInput(task, settings.maxFileSize);
    events?.onText?.(input.length);
    return await extractInput(task, input, settings, plugins);
  } catch (error) {
    return [await recordFailure(task.docId, error)];
  }
}

/**
 * Extracts the records of a source already read (by `readSourceInput`): its `document` record first.
 * Throws what `extract()` throws (`recordFailure` turns it into an `error` record).
 */
export async function extractInput(
  source: ReadableSource,
  input: string | Uint8Array,
  settings: ExtractSettings,
  plugins: unknown[],
): Promise<VnprRecord[]> {
  const { extract } = await loadExtractors();
  const publishedAt = source.kind === 'text' ? source.publishedAt : undefined;
  return extract(input, {
    id: source.docId,
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    ...(settings.only ? { only: settings.only } : {}),
    ...(plugins.length ? { plugins: plugins as Extractor[] } : {}),
  });
}

/**
 * What one task produced, as the main thread gets it: always its records as JSONL bytes (exactly
 * `formatJsonl(records)` in UTF-8, for the JSONL sink and the journal), the objects only when
 * `withRecords` asked for them, the counts, and the (rare) `error` records for stderr.
 */
export interface TaskOutput {
  jsonl: Uint8Array;
  records?: VnprRecord[];
  /** How many records the task made, of which `document` records. */
  recordCount: number;
  documents: number;
  errors: VnprRecord[];
  /** The extractors that threw on this document (the document record's warnings say so too). */
  failures: ExtractorFailure[];
}

/** An extractor (a plugin, most often) that threw on a document; its other records are kept. */
export interface ExtractorFailure {
  id: string;
  message: string;
}

/** The document record's warning for an extractor that threw: `extractor <id> failed: <message>`. */
const FAILED_WARNING = /^extractor (?<id>\S+) failed: (?<message>[\s\S]*)$/;

/** The extractors that threw on a document, read from the warnings of its `document` record. */
export function findExtractorFailures(records: readonly VnprRecord[]): ExtractorFailure[] {
  const warnings = records[0]?.type === 'document' ? records[0].warnings : undefined;
  if (!Array.isArray(warnings)) return [];
  const failures: ExtractorFailure[] = [];
  for (const warning of warnings) {
    const groups = FAILED_WARNING.exec(String(warning))?.groups;
    if (groups?.id && groups.message !== undefined) failures.push({ id: groups.id, message: groups.message });
  }
  return failures;
}

/**
 * The outputs of a batch of tasks in one message: the JSONL of all of them in one buffer (whose
 * ArrayBuffer a worker transfers instead of copying) and, per task, its share of the bytes.
 */
export interface EncodedBatch {
  jsonl: Uint8Array;
  tasks: (Omit<TaskOutput, 'jsonl'> & { byteLength: number })[];
}

const encoder = new TextEncoder();

/** Serializes the records of each task of a batch into one {@link EncodedBatch}. */
export function encodeBatch(results: readonly VnprRecord[][], withRecords: boolean): EncodedBatch {
  let text = '';
  const tasks: EncodedBatch['tasks'] = [];
  for (const records of results) {
    const jsonl = formatJsonl(records);
    text += jsonl;
    tasks.push({
      byteLength: Buffer.byteLength(jsonl),
      recordCount: records.length,
      documents: records.filter((record) => record.type === 'document').length,
      errors: records.filter((record) => record.type === 'error'),
      failures: findExtractorFailures(records),
      ...(withRecords ? { records } : {}),
    });
  }
  return { jsonl: encoder.encode(text), tasks };
}

/** Splits an {@link EncodedBatch} back into the output of each task (views into its buffer, no copies). */
export function decodeBatch(batch: EncodedBatch): TaskOutput[] {
  let offset = 0;
  return batch.tasks.map(({ byteLength, ...rest }) => {
    const jsonl = batch.jsonl.subarray(offset, offset + byteLength);
    offset += byteLength;
    return { jsonl, ...rest };
  });
}

/**
 * Runs a batch of tasks one after the other and encodes their outputs. `events` hears each task begin
 * and its text's length (a worker tells its pool, which times the documents).
 */
export async function runBatch(
  tasks: readonly Task[],
  settings: ExtractSettings,
  plugins: unknown[],
  events?: TaskEvents,
): Promise<EncodedBatch> {
  const results: VnprRecord[][] = [];
  for (const [index, task] of tasks.entries()) {
    events?.onTask?.(index);
    results.push(await runTask(task, settings, plugins, events));
  }
  return encodeBatch(results, Boolean(settings.withRecords));
}
