import { statSync } from 'node:fs';
import { type Evaluation, evaluate, type VnprRecord } from '@vnpr/extractors';
import { runPipeline } from '../pool/run-pipeline.js';
import { readSettings } from '../pool/tasks.js';
import { createTaskRunner } from '../pool/worker-pool.js';
import { findInputs } from '../readers/find-inputs.js';
import { RecordsFileError, readRecords } from '../readers/records.js';
import { FailureTally } from '../ui/failure-tally.js';
import { countNoun } from '../ui/progress.js';
import { writeStderr } from '../ui/stderr.js';
import { parseCommandArgs, writeNotice } from '../util/command-args.js';
import { parseJobs } from '../util/run-options.js';
import { EVAL_HELP } from './help.js';
import { UsageError } from './usage-error.js';

function getFileName(docId: unknown): string {
  return String(docId).split('/').pop() ?? '';
}

async function readGold(path: string): Promise<Record<string, unknown>[]> {
  const found = statSync(path, { throwIfNoEntry: false });
  if (!found)
    throw new UsageError(
      `gold file ${path} not found: give a JSONL file of gold records, e.g. corpus/seeds.gold.jsonl`,
    );
  if (found.isDirectory())
    throw new UsageError(`--gold ${path} is a folder: give a JSONL file of gold records, e.g. corpus/seeds.gold.jsonl`);
  const gold: Record<string, unknown>[] = [];
  try {
    for await (const { record } of readRecords(path, { check: 'json' })) gold.push(record);
  } catch (error) {
    throw error instanceof RecordsFileError ? new UsageError(error.message) : error;
  }
  return gold;
}

function formatRatio(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : '-';
}

/** Renders the scores as an aligned text table. */
export function formatScoreTable(evaluation: Evaluation): string {
  const header = ['type', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'];
  const rows = Object.entries(evaluation.perType)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([type, s]) => [
      type,
      String(s.tp),
      String(s.fp),
      String(s.fn),
      formatRatio(s.precision),
      formatRatio(s.recall),
      formatRatio(s.f1),
    ]);
  const { micro } = evaluation;
  rows.push([
    'micro',
    String(micro.tp),
    String(micro.fp),
    String(micro.fn),
    formatRatio(micro.precision),
    formatRatio(micro.recall),
    formatRatio(micro.f1),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const format = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [format(header), rule, ...rows.slice(0, -1).map(format), rule, format(rows[rows.length - 1] ?? [])].join('\n');
}

/** `vnpr eval`: extracts, scores against gold with `evaluate()`, prints the table (or JSON). */
export async function runEvalCommand(argv: string[]): Promise<number> {
  const args = parseCommandArgs(
    argv,
    {
      gold: { type: 'string', short: 'g' },
      verbose: { type: 'boolean', short: 'v' },
      json: { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      only: { type: 'string' },
      plugin: { type: 'string', multiple: true },
    },
    EVAL_HELP,
  );
  if (!args) return 0;
  const { values, positionals } = args;
  if (!values.gold) throw new UsageError('give the gold records with --gold, e.g. --gold corpus/seeds.gold.jsonl');
  if (positionals.length === 0)
    throw new UsageError('give the documents to score, e.g. vnpr eval --gold corpus/seeds.gold.jsonl corpus/');
  const jobs = parseJobs(values.jobs, writeNotice);
  const settings = { ...(await readSettings(values.only, values.plugin)), withRecords: true };

  const gold = await readGold(values.gold);
  const inputs = await findInputs(positionals);
  const predicted: VnprRecord[] = [];
  const runner = createTaskRunner(jobs, settings);
  const failures = new FailureTally();
  try {
    await runPipeline({
      inputs,
      runner,
      jobs,
      maxFileSize: settings.maxFileSize,
      onOutput: async (output) => {
        failures.add(output.failures);
        for (const record of output.records ?? []) predicted.push(record); // not push(...): no limit on a document's records
      },
    });
  } finally {
    await runner.destroy();
  }
  // Gold and predictions meet on the file name (the last path segment), as evaluate() matches them.
  const docIds = new Set(predicted.map((record) => getFileName(record.docId)));
  const scoredGold = gold.filter(
    (record) =>
      docIds.has(getFileName(record.docId)) &&
      (!settings.only || settings.only.includes(String(record.type)) || record.type === 'document'),
  );
  const evaluation = evaluate(scoredGold, predicted);
  writeStderr(failures.format());

  if (values.json) {
    process.stdout.write(`${JSON.stringify(evaluation, null, 2)}\n`);
    return 0;
  }
  const out = [formatScoreTable(evaluation)];
  out.push(
    '',
    `${countNoun(docIds.size, 'document')}, ${countNoun(scoredGold.length, 'gold record')}, ${countNoun(predicted.length, 'predicted record')}`,
  );
  const { right, all } = evaluation.documentFields;
  out.push(`document fields right: ${right}/${all}`);
  if (values.verbose) {
    out.push('', `misses and extras (${evaluation.misses.length}):`, ...evaluation.misses.map((line) => `  ${line}`));
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
