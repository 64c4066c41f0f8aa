import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Extractor, VnprRecord } from '@vnpr/extractors';
import {
  checkJournal,
  describeInputs,
  getJournalPath,
  hashFile,
  type JournalCheckpoint,
  type JournalHeader,
  JournalWriter,
  type PluginIdentity,
  readJournalDocuments,
  readJournalRecordLines,
  readJournalRecords,
} from '../journal/journal.js';
import { runPipeline } from '../pool/run-pipeline.js';
import { type ExtractSettings, findExtractorFailures, loadPlugins, readTypeList, runTask } from '../pool/tasks.js';
import { createTaskRunner, type TaskRunner } from '../pool/worker-pool.js';
import { findInputs } from '../readers/find-inputs.js';
import { describeLongLine, parseJsonlLine, splitLines } from '../readers/jsonl.js';
import { FailureTally } from '../ui/failure-tally.js';
import { countNoun, formatCount, ProgressBar } from '../ui/progress.js';
import { escapeControl, writeStderr } from '../ui/stderr.js';
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

/** The version of vnpr (of this package). */
function readVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;
}

/**
 * What each `--plugin` was: its id and a hash of the file it loaded from (resolved as `loadPlugin`
 * resolves it), so that a resume notices a plugin changed in between.
 */
async function identifyPlugins(specifiers: readonly string[], plugins: readonly unknown[], cwd: string) {
  const identities: PluginIdentity[] = [];
  for (const [n, specifier] of specifiers.entries()) {
    let file: string | undefined;
    try {
      const local = specifier.startsWith('.') || isAbsolute(specifier) || /\.[cm]?js$/.test(specifier);
      file = local ? resolve(cwd, specifier) : createRequire(resolve(cwd, 'noop.js')).resolve(specifier);
    } catch {
      file = undefined;
    }
    const id = (plugins[n] as Extractor | undefined)?.id ?? '';
    identities.push({ specifier, id, sha256: file ? await hashFile(file) : null });
  }
  return identities;
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
  // The id escaped whole (a line feed in it too), so that it stays on its line.
  writeStderr(`vnpr: error: ${escapeControl(record.docId)}: ${String(record.message ?? record.code)}\n`);
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
  // As in a file, a line over --max-file-size is a too-large error and is never read into memory.
  for await (const line of splitLines(process.stdin, settings.maxFileSize)) {
    lineNo++;
    const document =
      typeof line === 'string'
        ? parseJsonlLine(line, lineNo, `stdin#${lineNo}`)
        : describeLongLine(line, lineNo, `stdin#${lineNo}`, settings.maxFileSize);
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
  writeStderr(failures.format());
  return strict && failed ? 1 : 0;
}

async function createSink(format: OutputFormat, output: string, only: string[] | undefined): Promise<RecordSink> {
  if (format === 'xlsx') {
    const { createXlsxSink } = await import('../writers/xlsx.js'); // exceljs loads only when needed
    return createXlsxSink(output, only ? { types: only } : {});
  }
  if (format === 'csv') return (await import('../writers/csv.js')).createCsvSink(output);
  return createJsonlSink(output);
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
  const plugins = await loadPlugins(values.plugin ?? [], process.cwd());
  const only = await readTypeList(values.only, plugins);
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
  const jobs = parseJobs(values.jobs, (line) => writeStderr(`vnpr: ${line}\n`));
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
  // The journal (`<out>.vnpr-partial.jsonl`) holds the records of finished documents while the run
  // goes on; `--resume` continues from it when this run wrote it: same version, options and inputs.
  const journalPath = output === '-' ? undefined : getJournalPath(output);
  // The run's own output and journal are never its inputs, even inside an input folder: a second
  // `vnpr extract corpus -o corpus/records.jsonl` must not read the first one's records back.
  const ownFiles = journalPath ? [output, journalPath] : [];
  const inputs = await findInputs(positionals, process.cwd(), { exclude: ownFiles });
  if (inputs.length === 0) throw new UsageError(`no input files found in ${positionals.join(' ')}`);

  const header: JournalHeader = {
    vnprJournal: 2,
    vnpr: readVersion(),
    options: {
      only: only ?? null,
      plugins: await identifyPlugins(settings.plugins, plugins, settings.cwd),
      shard: shard ? `${shard.index}/${shard.count}` : null,
      maxFileSize,
    },
    inputs: inputs.length,
  };
  const journalInputs = journalPath ? await describeInputs(inputs) : [];
  let checkpoint: JournalCheckpoint | undefined;
  if (values.resume && journalPath) {
    const found = existsSync(journalPath);
    if (found) checkpoint = await checkJournal(journalPath, header, journalInputs);
    if (!checkpoint) {
      const why = found ? `${journalPath} was cut before its header was written` : `no journal ${journalPath}`;
      writeStderr(`vnpr: nothing to resume (${why}): extracting every document\n`);
    }
  }

  let sink: RecordSink | undefined;
  let journal: JournalWriter | undefined;
  try {
    sink = await createSink(format, output, only);
    // The records of the journal come first, read from it as a stream.
    if (checkpoint && journalPath) {
      if (sink.writeJsonl)
        for await (const line of readJournalRecordLines(journalPath, checkpoint)) await sink.writeJsonl(line);
      else for await (const records of readJournalRecords(journalPath, checkpoint)) await sink.write(records);
    }
    journal = journalPath ? new JournalWriter(journalPath, header, journalInputs, checkpoint) : undefined;
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
    writeStderr(`vnpr: ${name === 'SIGINT' ? 'interrupted' : 'terminated'}: no output written${resumable}\n`);
    void Promise.allSettled([runner?.destroy(), sink?.abort()]).then(() => process.exit(signal.code));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A sink that takes JSONL bytes gets no record objects: the workers serialize, this thread only writes.
  const writeJsonl = sink.writeJsonl?.bind(sink);
  try {
    runner = createTaskRunner(jobs, { ...settings, withRecords: !writeJsonl });
    const stats = await runPipeline({
      inputs,
      runner,
      jobs,
      maxFileSize,
      ...(shard ? { shard } : {}),
      ...(checkpoint && journalPath ? { done: readJournalDocuments(journalPath, checkpoint) } : {}),
      signal,
      onProgress: (state) => progress.update(state),
      onOutput: async (output, key) => {
        if (signal.aborted) return; // the output is being removed
        for (const record of output.errors) {
          progress.clear();
          printError(record);
        }
        failures.add(output.failures);
        if (writeJsonl) await writeJsonl(output.jsonl);
        else await sink?.write(output.records ?? []);
        journal?.appendJsonl(key, output.jsonl);
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
    writeStderr(`${failures.format()}${counts.join(', ')} in ${seconds} s → ${target}\n`);
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
