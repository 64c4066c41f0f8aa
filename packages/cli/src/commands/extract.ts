import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { VnprRecord } from '@vnpr/extractors';
import { getJournalPath, type JournalHeader, JournalWriter, readJournal, sameOptions } from '../journal/journal.js';
import { runPipeline } from '../pool/run-pipeline.js';
import { type ExtractSettings, findExtractorFailures, loadPlugins, readTypeList, runTask } from '../pool/tasks.js';
import { createTaskRunner, type TaskRunner } from '../pool/worker-pool.js';
import { findInputs } from '../readers/find-inputs.js';
import { parseJsonlLine } from '../readers/jsonl.js';
import { FailureTally } from '../ui/failure-tally.js';
import { countNoun, formatCount, ProgressBar } from '../ui/progress.js';
import { prepareOutputPath } from '../util/output-path.js';
import { DEFAULT_MAX_FILE_SIZE_TEXT, parseSize } from '../util/parse-size.js';
import { parseJobs, parseTimeout } from '../util/run-options.js';
import { parseShard } from '../util/shard.js';
import { describeOutputFailure } from '../util/system-error.js';
import { createJsonlSink, formatJsonl } from '../writers/jsonl.js';
import type { RecordSink } from '../writers/sink.js';
import { EXTRACT_HELP } from './help.js';
import { type OutputFormat, resolveFormat } from './output-format.js';
import { UsageError } from './usage-error.js';

/** Reads a JSONL output for `--resume`: the docIds that are done (a `document` or `error` record is there). */
async function readDoneDocIds(path: string): Promise<Set<string>> {
  const done = new Set<string>();
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })) {
    const record = parseRecordLine(line);
    if (record && (record.type === 'document' || record.type === 'error')) done.add(record.docId);
  }
  return done;
}

function parseRecordLine(line: string): VnprRecord | undefined {
  try {
    const value = JSON.parse(line) as VnprRecord;
    return value && typeof value === 'object' && typeof value.type === 'string' && typeof value.docId === 'string'
      ? value
      : undefined;
  } catch {
    return undefined; // a torn last line
  }
}

/** The complete records of an earlier output: lines that parse and whose document is done. */
async function* readKeptLines(path: string, done: ReadonlySet<string>): AsyncGenerator<string> {
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })) {
    const record = parseRecordLine(line);
    if (record && done.has(record.docId)) yield line;
  }
}

/** Splits records (in document order) into the records of each document. */
function groupByDocument(records: readonly VnprRecord[]): VnprRecord[][] {
  const groups: VnprRecord[][] = [];
  for (const record of records) {
    const last = groups[groups.length - 1];
    if (last && last[0]?.docId === record.docId) last.push(record);
    else groups.push([record]);
  }
  return groups;
}

/** Commits and closes the journal; on a full disk, the batches committed before stay, and that is all it can do. */
function closeJournal(journal: JournalWriter | undefined): void {
  try {
    journal?.close();
  } catch {
    // a torn last batch is dropped by --resume
  }
}

function printError(record: VnprRecord): void {
  process.stderr.write(`vnpr: error: ${record.docId}: ${String(record.message ?? record.code)}\n`);
}

/**
 * `--stdin`: a streaming mapper (Hadoop Streaming, Spark `RDD.pipe`). Each JSONL document on stdin
 * becomes its records on stdout, written as soon as it is done; no state is kept between documents.
 */
async function runStdinMapper(settings: ExtractSettings, strict: boolean): Promise<number> {
  const plugins = await loadPlugins(settings.plugins, settings.cwd);
  let lineNo = 0;
  let failed = false;
  const failures = new FailureTally();
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNo++;
    const document = parseJsonlLine(line, lineNo, `stdin#${lineNo}`);
    if (!document) continue;
    const task =
      document.kind === 'error'
        ? ({ kind: 'error', docId: document.docId, code: document.code, message: document.message } as const)
        : ({ kind: 'text', docId: document.docId, text: document.text, publishedAt: document.publishedAt } as const);
    const records = await runTask(task, settings, plugins);
    failures.add(findExtractorFailures(records));
    for (const record of records) {
      if (record.type === 'error') {
        failed = true;
        printError(record);
      }
    }
    if (!process.stdout.write(formatJsonl(records)))
      await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  process.stderr.write(failures.format());
  return strict && failed ? 1 : 0;
}

async function createSink(
  format: OutputFormat,
  output: string,
  only: string[] | undefined,
  prelude?: AsyncIterable<string>,
): Promise<RecordSink> {
  if (format === 'xlsx') {
    const { createXlsxSink } = await import('../writers/xlsx.js'); // exceljs loads only when needed
    return createXlsxSink(output, only ? { types: only } : {});
  }
  if (format === 'csv') return (await import('../writers/csv.js')).createCsvSink(output);
  return createJsonlSink(output, prelude);
}

/** `vnpr extract`: parses its arguments, runs the extraction, returns the exit code. */
export async function runExtractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      jobs: { type: 'string', short: 'j' },
      only: { type: 'string' },
      plugin: { type: 'string', multiple: true },
      'max-file-size': { type: 'string' },
      timeout: { type: 'string' },
      strict: { type: 'boolean' },
      resume: { type: 'boolean' },
      stdin: { type: 'boolean' },
      shard: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(EXTRACT_HELP);
    return 0;
  }
  // Plugins load first (and fail fast, before any worker starts): their types are known to --only.
  const only = await readTypeList(values.only, await loadPlugins(values.plugin ?? [], process.cwd()));
  let maxFileSize: number;
  try {
    maxFileSize = parseSize(values['max-file-size'] ?? DEFAULT_MAX_FILE_SIZE_TEXT);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const settings: ExtractSettings = {
    plugins: values.plugin ?? [],
    cwd: process.cwd(),
    maxFileSize,
    timeout: parseTimeout(values.timeout),
    ...(only ? { only } : {}),
  };

  if (values.stdin) {
    if (positionals.length > 0) throw new UsageError('--stdin reads documents from standard input: give no paths');
    return runStdinMapper(settings, Boolean(values.strict));
  }
  if (positionals.length === 0)
    throw new UsageError('give the files or folders to read, e.g. vnpr extract corpus/ -o records.xlsx');
  const output = values.output;
  if (!output) throw new UsageError('give the output with -o, e.g. -o records.xlsx (or -o - for JSONL on stdout)');
  const format = resolveFormat(output, values.format);
  const jobs = parseJobs(values.jobs, (line) => process.stderr.write(`vnpr: ${line}\n`));
  let shard: ReturnType<typeof parseShard> | undefined;
  try {
    shard = values.shard ? parseShard(values.shard) : undefined;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.resume && output === '-') throw new UsageError('--resume needs an output file, not stdout');

  // Like `report`, every format makes the folders its output goes into.
  if (output !== '-') await prepareOutputPath(output, format === 'csv' ? 'folder' : 'file');
  const startedAt = performance.now();
  const inputs = await findInputs(positionals);
  if (inputs.length === 0) throw new UsageError(`no input files found in ${positionals.join(' ')}`);

  // The journal (`<out>.vnpr-partial.jsonl`) holds the records of finished documents while the run
  // goes on; `--resume` continues from it (or, for JSONL, from a complete earlier output).
  const journalPath = output === '-' ? undefined : getJournalPath(output);
  const header: JournalHeader = { vnprJournal: 1, options: { only: only ?? null, plugins: settings.plugins } };
  let skipDocIds: Set<string> | undefined;
  let kept: VnprRecord[] = [];
  let keep: { bytes: number; documents: number } | undefined;
  if (values.resume && journalPath && existsSync(journalPath)) {
    const journal = await readJournal(journalPath);
    if (journal.header && !sameOptions(journal.header, header))
      throw new UsageError(
        `${journalPath} was written with other --only/--plugin options: give the same, or delete it`,
      );
    if (journal.header) {
      skipDocIds = journal.done;
      kept = journal.records;
      keep = { bytes: journal.committedBytes, documents: journal.done.size };
    }
  } else if (values.resume && format === 'jsonl' && existsSync(output)) {
    skipDocIds = await readDoneDocIds(output);
    for await (const line of readKeptLines(output, skipDocIds)) kept.push(JSON.parse(line) as VnprRecord);
  }

  let sink: RecordSink | undefined;
  let journal: JournalWriter | undefined;
  try {
    sink = await createSink(format, output, only);
    journal = journalPath ? new JournalWriter(journalPath, header, keep) : undefined;
  } catch (error) {
    await sink?.abort().catch(() => {});
    throw describeOutputFailure(error, output);
  }
  const progress = new ProgressBar(process.stderr);
  const failures = new FailureTally();
  /** Set by a signal: the run stops reading, writes nothing more and exits with `code`. */
  const signal = { aborted: false, code: 0 };
  let runner: TaskRunner | undefined;
  // Ctrl-C (SIGINT, exit 130) and a scheduler's SIGTERM (time limit, pre-emption; exit 143) stop the
  // workers and remove the temporary output: the target is never left half written.
  const onSignal = (name: NodeJS.Signals) => {
    if (signal.aborted) return;
    signal.aborted = true;
    signal.code = name === 'SIGINT' ? 130 : 143;
    progress.clear();
    closeJournal(journal);
    const resumable = journal ? `; --resume continues from ${journal.path}` : '';
    process.stderr.write(`vnpr: ${name === 'SIGINT' ? 'interrupted' : 'terminated'}: no output written${resumable}\n`);
    void Promise.allSettled([runner?.destroy(), sink?.abort()]).then(() => process.exit(signal.code));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A sink that takes JSONL bytes gets no record objects: the workers serialize, this thread only writes.
  const writeJsonl = sink.writeJsonl?.bind(sink);
  try {
    if (kept.length > 0) {
      await sink.write(kept);
      if (!keep) for (const records of groupByDocument(kept)) journal?.append(records);
      kept = [];
    }
    runner = createTaskRunner(jobs, { ...settings, withRecords: !writeJsonl });
    const stats = await runPipeline({
      inputs,
      runner,
      jobs,
      maxFileSize,
      ...(shard ? { shard } : {}),
      ...(skipDocIds ? { skipDocIds } : {}),
      signal,
      onProgress: (state) => progress.update(state),
      onOutput: async (output) => {
        if (signal.aborted) return; // the output is being removed
        for (const record of output.errors) {
          progress.clear();
          printError(record);
        }
        failures.add(output.failures);
        if (writeJsonl) await writeJsonl(output.jsonl);
        else await sink?.write(output.records ?? []);
        journal?.appendJsonl(output.jsonl);
      },
    });
    if (signal.aborted) return signal.code;
    await sink.close();
    await journal?.remove();
    progress.clear();
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    const target = output === '-' ? 'stdout' : output;
    const counts = [
      countNoun(stats.files, 'file'),
      countNoun(stats.documents, 'document'),
      countNoun(stats.records, 'record'),
      countNoun(stats.errors, 'error'),
    ];
    if (stats.skipped > 0)
      counts.push(`${formatCount(stats.skipped)} skipped (${values.resume ? 'already done' : 'other shards'})`);
    process.stderr.write(`${failures.format()}${counts.join(', ')} in ${seconds} s → ${target}\n`);
    return values.strict && stats.errors > 0 ? 1 : 0;
  } catch (error) {
    if (signal.aborted) return signal.code; // what a stopped run threw on its way out
    closeJournal(journal);
    await sink.abort().catch(() => {});
    throw describeOutputFailure(error, output, journal?.path);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await runner?.destroy();
  }
}
