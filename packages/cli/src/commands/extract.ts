import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import type { Extractor, VnprRecord } from '@vnpr/extractors';
import {
  checkJournal,
  type DocumentKey,
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
import { type PipelineStats, runPipeline } from '../pool/run-pipeline.js';
import {
  type ExtractSettings,
  findExtractorFailures,
  loadPlugins,
  readTypeList,
  runTask,
  type TaskOutput,
} from '../pool/tasks.js';
import { createTaskRunner, type TaskRunner } from '../pool/worker-pool.js';
import { findInputs, type InputFile } from '../readers/find-inputs.js';
import { describeLongLine, parseJsonlLine, splitLines } from '../readers/jsonl.js';
import { sourceOfJsonl } from '../readers/source.js';
import { FailureTally } from '../ui/failure-tally.js';
import { countNoun, formatCount, ProgressBar } from '../ui/progress.js';
import { escapeControl, writeStderr } from '../ui/stderr.js';
import { type CommandArgs, parseCommandArgs, parseOption, requireOutput, writeNotice } from '../util/command-args.js';
import { prepareOutputPath } from '../util/output-path.js';
import { DEFAULT_MAX_FILE_SIZE_TEXT, parseSize } from '../util/parse-size.js';
import { parseJobs, parseTimeout } from '../util/run-options.js';
import { parseShard, type Shard } from '../util/shard.js';
import { describeOutputFailure } from '../util/system-error.js';
import { formatJsonl } from '../writers/jsonl.js';
import type { RecordSink } from '../writers/sink.js';
import { EXTRACT_HELP } from './help.js';
import { type OutputFormat, openSink, resolveFormat } from './output-format.js';
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
    const records = await runTask(sourceOfJsonl(document), settings, plugins);
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

/** The options of `vnpr extract`. */
const EXTRACT_OPTIONS = {
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
} as const;

type ExtractArgs = CommandArgs<typeof EXTRACT_OPTIONS>;

/** What the documents are extracted with: the settings every worker gets, and the plugins loaded here. */
interface Extraction {
  settings: ExtractSettings;
  plugins: unknown[];
}

/** Where and how a run writes its records. */
interface RunOptions {
  output: string;
  format: OutputFormat;
  jobs: number;
  shard: Shard | undefined;
  resume: boolean;
  strict: boolean;
}

/** A run ready to start: its inputs, and the journal it writes (and, with `--resume`, continues). */
interface RunPlan {
  inputs: InputFile[];
  startedAt: number;
  journalPath: string | undefined;
  header: JournalHeader;
  journalInputs: Awaited<ReturnType<typeof describeInputs>>;
  checkpoint: JournalCheckpoint | undefined;
}

/** `vnpr extract`: parses its arguments, runs the extraction, returns the exit code. */
export async function runExtractCommand(argv: string[]): Promise<number> {
  const args = parseCommandArgs(argv, EXTRACT_OPTIONS, EXTRACT_HELP);
  if (!args) return 0;
  const { values, positionals } = args;
  const extraction = await readExtraction(values);
  if (values.stdin) {
    if (positionals.length > 0) throw new UsageError('--stdin reads documents from standard input: give no paths');
    return runStdinMapper(extraction.settings, Boolean(values.strict));
  }
  const options = readRunOptions(values, positionals);
  const plan = await planRun(options, positionals, extraction);
  const outputs = await openOutputs(options, plan, extraction.settings);
  return runExtraction(options, plan, outputs, extraction.settings);
}

/** Reads `--plugin`, `--only`, `--max-file-size` and `--timeout`: what the documents are extracted with. */
async function readExtraction(values: ExtractArgs['values']): Promise<Extraction> {
  // Plugins load first (and fail fast, before any worker starts): their types are known to --only.
  const plugins = await loadPlugins(values.plugin ?? [], process.cwd());
  const only = await readTypeList(values.only, plugins);
  const maxFileSize = parseOption(() => parseSize(values['max-file-size'] ?? DEFAULT_MAX_FILE_SIZE_TEXT));
  const settings: ExtractSettings = {
    plugins: values.plugin ?? [],
    cwd: process.cwd(),
    maxFileSize,
    timeout: parseTimeout(values.timeout),
    ...(only ? { only } : {}),
  };
  return { settings, plugins };
}

/** Reads the inputs' presence, `-o`, `--format`, `--jobs`, `--shard`, `--resume` and `--strict` of a run over files. */
function readRunOptions(values: ExtractArgs['values'], positionals: string[]): RunOptions {
  if (positionals.length === 0)
    throw new UsageError('give the files or folders to read, e.g. vnpr extract corpus/ -o records.xlsx');
  const output = requireOutput(values.output, '-o records.xlsx (or -o - for JSONL on stdout)');
  const format = resolveFormat(output, values.format);
  const jobs = parseJobs(values.jobs, writeNotice);
  const shard = values.shard ? parseOption(() => parseShard(values.shard ?? '')) : undefined;
  if (values.resume && output === '-') throw new UsageError('--resume needs an output file, not stdout');
  return { output, format, jobs, shard, resume: Boolean(values.resume), strict: Boolean(values.strict) };
}

/**
 * Checks the output (before any input is read), finds the inputs and reads the journal to resume from:
 * `<out>.vnpr-partial.jsonl` holds the records of finished documents while the run goes on, and `--resume`
 * continues from it when this run wrote it (same version, options and inputs).
 */
async function planRun(options: RunOptions, positionals: string[], extraction: Extraction): Promise<RunPlan> {
  const { output, format, shard } = options;
  // Like `report`, every format makes the folders its output goes into.
  if (output !== '-') await prepareOutputPath(output, format === 'csv' ? 'folder' : 'file');
  const startedAt = performance.now();
  const journalPath = output === '-' ? undefined : getJournalPath(output);
  // The run's own output and journal are never its inputs, even inside an input folder: a second
  // `vnpr extract corpus -o corpus/records.jsonl` must not read the first one's records back.
  const ownFiles = journalPath ? [output, journalPath] : [];
  const inputs = await findInputs(positionals, process.cwd(), { exclude: ownFiles });
  if (inputs.length === 0) throw new UsageError(`no input files found in ${positionals.join(' ')}`);
  const { settings, plugins } = extraction;
  const header: JournalHeader = {
    vnprJournal: 2,
    vnpr: readVersion(),
    options: {
      only: settings.only ?? null,
      plugins: await identifyPlugins(settings.plugins, plugins, settings.cwd),
      shard: shard ? `${shard.index}/${shard.count}` : null,
      maxFileSize: settings.maxFileSize,
    },
    inputs: inputs.length,
  };
  const journalInputs = journalPath ? await describeInputs(inputs) : [];
  const checkpoint =
    options.resume && journalPath ? await findCheckpoint(journalPath, header, journalInputs) : undefined;
  return { inputs, startedAt, journalPath, header, journalInputs, checkpoint };
}

/** Where `--resume` continues: the journal's last commit, when the journal is this run's (else a notice and none). */
async function findCheckpoint(
  journalPath: string,
  header: JournalHeader,
  journalInputs: RunPlan['journalInputs'],
): Promise<JournalCheckpoint | undefined> {
  const found = existsSync(journalPath);
  const checkpoint = found ? await checkJournal(journalPath, header, journalInputs) : undefined;
  if (!checkpoint) {
    const why = found ? `${journalPath} was cut before its header was written` : `no journal ${journalPath}`;
    writeStderr(`vnpr: nothing to resume (${why}): extracting every document\n`);
  }
  return checkpoint;
}

/** Where a run writes: the sink of its output, and its journal. */
interface RunOutputs {
  sink: RecordSink;
  journal: JournalWriter | undefined;
}

/** Opens the sink (the journal's records first, with `--resume`) and the journal. */
async function openOutputs(options: RunOptions, plan: RunPlan, settings: ExtractSettings): Promise<RunOutputs> {
  const { journalPath, checkpoint } = plan;
  let sink: RecordSink | undefined;
  try {
    sink = await openSink(options.format, options.output, settings.only);
    // The records of the journal come first, read from it as a stream.
    if (checkpoint && journalPath) {
      if (sink.writeJsonl)
        for await (const line of readJournalRecordLines(journalPath, checkpoint)) await sink.writeJsonl(line);
      else for await (const records of readJournalRecords(journalPath, checkpoint)) await sink.write(records);
    }
    const journal = journalPath
      ? new JournalWriter(journalPath, plan.header, plan.journalInputs, checkpoint)
      : undefined;
    return { sink, journal };
  } catch (error) {
    await sink?.abort().catch(() => {});
    throw describeOutputFailure(error, options.output);
  }
}

/** Set by a signal: the run stops reading, writes nothing more and exits with `code`. */
interface StopSignal {
  aborted: boolean;
  code: number;
}

/**
 * Stops the run on Ctrl-C (SIGINT, exit 130) or a scheduler's SIGTERM (time limit, pre-emption; exit 143):
 * the workers stop and the temporary output is removed, so the target is never left half written.
 * Returns the function that stops listening.
 */
function listenForStop(
  signal: StopSignal,
  progress: ProgressBar,
  outputs: RunOutputs,
  getRunner: () => TaskRunner | undefined,
): () => void {
  const onSignal = (name: NodeJS.Signals) => {
    if (signal.aborted) return;
    signal.aborted = true;
    signal.code = name === 'SIGINT' ? 130 : 143;
    progress.clear();
    closeJournal(outputs.journal);
    const resumable = outputs.journal ? `; --resume continues from ${outputs.journal.path}` : '';
    writeStderr(`vnpr: ${name === 'SIGINT' ? 'interrupted' : 'terminated'}: no output written${resumable}\n`);
    void Promise.allSettled([getRunner()?.destroy(), outputs.sink.abort()]).then(() => process.exit(signal.code));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

/** What a run shows while it writes: the progress bar, the extractors that threw, and whether it was stopped. */
interface RunView {
  signal: StopSignal;
  progress: ProgressBar;
  failures: FailureTally;
}

/** Writes one document's output (its JSONL bytes, or its records) to the sink and the journal; errors to stderr. */
async function writeOutput(output: TaskOutput, key: DocumentKey, outputs: RunOutputs, view: RunView): Promise<void> {
  if (view.signal.aborted) return; // the output is being removed
  for (const record of output.errors) {
    view.progress.clear();
    printError(record);
  }
  view.failures.add(output.failures);
  const { sink, journal } = outputs;
  if (sink.writeJsonl) await sink.writeJsonl(output.jsonl);
  else await sink.write(output.records ?? []);
  journal?.appendJsonl(key, output.jsonl);
}

/** Runs the pipeline over the inputs into the outputs, closes them and prints the summary; returns the exit code. */
async function runExtraction(
  options: RunOptions,
  plan: RunPlan,
  outputs: RunOutputs,
  settings: ExtractSettings,
): Promise<number> {
  const { sink, journal } = outputs;
  const progress = new ProgressBar(process.stderr);
  const failures = new FailureTally();
  const signal: StopSignal = { aborted: false, code: 0 };
  let runner: TaskRunner | undefined;
  const stopListening = listenForStop(signal, progress, outputs, () => runner);
  try {
    // A sink that takes JSONL bytes gets no record objects: the workers serialize, this thread only writes.
    runner = createTaskRunner(options.jobs, { ...settings, withRecords: !sink.writeJsonl });
    const stats = await runPipeline({
      inputs: plan.inputs,
      runner,
      jobs: options.jobs,
      maxFileSize: settings.maxFileSize,
      ...(options.shard ? { shard: options.shard } : {}),
      ...(plan.checkpoint && plan.journalPath ? { done: readJournalDocuments(plan.journalPath, plan.checkpoint) } : {}),
      signal,
      onProgress: (state) => progress.update(state),
      onOutput: (output, key) => writeOutput(output, key, outputs, { signal, progress, failures }),
    });
    if (signal.aborted) return signal.code;
    // The workers are done: their heaps (~200 MB on the bench set) are freed before the sink closes, which for
    // .xlsx writes the whole workbook.
    await runner.destroy();
    runner = undefined;
    await sink.close();
    await journal?.remove();
    progress.clear();
    writeStderr(`${failures.format()}${summarizeRun(stats, options, plan.startedAt)}\n`);
    return options.strict && stats.errors > 0 ? 1 : 0;
  } catch (error) {
    if (signal.aborted) return signal.code; // what a stopped run threw on its way out
    closeJournal(journal);
    await sink.abort().catch(() => {});
    throw describeOutputFailure(error, options.output, journal?.path);
  } finally {
    stopListening();
    await runner?.destroy();
  }
}

/** The last line of a run: `5 files, 5 documents, 113 records, 0 errors in 11.0 s → corpus.xlsx`. */
function summarizeRun(stats: PipelineStats, options: RunOptions, startedAt: number): string {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const target = options.output === '-' ? 'stdout' : options.output;
  const counts = [
    countNoun(stats.files, 'file'),
    countNoun(stats.documents, 'document'),
    countNoun(stats.records, 'record'),
    countNoun(stats.errors, 'error'),
  ];
  if (stats.skipped > 0)
    counts.push(`${formatCount(stats.skipped)} skipped (${options.resume ? 'already done' : 'other shards'})`);
  return `${counts.join(', ')} in ${seconds} s → ${target}`;
}
