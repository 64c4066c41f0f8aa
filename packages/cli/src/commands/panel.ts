import { PanelBuilder } from '@vnpr/extractors';
import { runPipeline } from '../pool/run-pipeline.js';
import { createTaskRunner } from '../pool/worker-pool.js';
import { findInputs } from '../readers/find-inputs.js';
import { parseRecordLine, readRecordLines, readRecords } from '../readers/records.js';
import { countNoun } from '../ui/progress.js';
import { writeStderr } from '../ui/stderr.js';
import { parseCommandArgs, requireOutput, writeNotice } from '../util/command-args.js';
import { prepareOutputPath } from '../util/output-path.js';
import { DEFAULT_MAX_FILE_SIZE } from '../util/parse-size.js';
import { parseJobs } from '../util/run-options.js';
import { writePanel } from '../writers/panel.js';
import { resolveFormat } from './output-format.js';
import { PANEL_HELP } from './panel-help.js';
import { UsageError } from './usage-error.js';

/** Whether a path is a records file: .jsonl(.gz) whose first line is a record with "type" and "docId". */
async function isRecordsFile(path: string): Promise<boolean> {
  if (!/\.(?:jsonl|ndjson)(?:\.gz)?$/i.test(path)) return false;
  try {
    for await (const line of readRecordLines(path)) return parseRecordLine(line.text).record !== undefined;
  } catch {
    return false;
  }
  return false;
}

/** `vnpr panel`: reads records (or extracts them), builds the panel, writes it; returns the exit code. */
export async function runPanelCommand(argv: string[]): Promise<number> {
  const args = parseCommandArgs(
    argv,
    { output: { type: 'string', short: 'o' }, jobs: { type: 'string', short: 'j' } },
    PANEL_HELP,
  );
  if (!args) return 0;
  const { values, positionals } = args;
  if (positionals.length === 0)
    throw new UsageError('give record files or inputs, e.g. vnpr panel records.jsonl -o panel.xlsx');
  const output = requireOutput(values.output, '-o panel.xlsx, panel.csv or panel.jsonl');
  const format = resolveFormat(output, undefined);
  if (output !== '-' && output.endsWith('/'))
    throw new UsageError('the panel is one file: end -o in .xlsx, .csv or .jsonl');
  const jobs = parseJobs(values.jobs, writeNotice);

  // The output is checked before any record is read or document extracted, as `extract` does.
  if (output !== '-') await prepareOutputPath(output, 'file');
  const startedAt = performance.now();
  const panel = new PanelBuilder();
  const records: string[] = [];
  const documents: string[] = [];
  for (const arg of positionals) ((await isRecordsFile(arg)) ? records : documents).push(arg);
  for (const path of records) for await (const { record } of readRecords(path)) panel.add(record);
  if (documents.length > 0) {
    const inputs = await findInputs(documents);
    if (inputs.length === 0) throw new UsageError(`no input files found in ${documents.join(' ')}`);
    const runner = createTaskRunner(jobs, {
      plugins: [],
      cwd: process.cwd(),
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      withRecords: true,
    });
    try {
      await runPipeline({
        inputs,
        runner,
        jobs,
        maxFileSize: DEFAULT_MAX_FILE_SIZE,
        onOutput: async (task) => {
          for (const record of task.records ?? []) panel.add(record);
        },
      });
    } finally {
      await runner.destroy();
    }
  }
  const rows = panel.rows();
  await writePanel(output, format, rows);
  const units = new Set(rows.map((r) => r.unitId)).size;
  const conflicts = rows.filter((r) => r.conflict).length;
  const { stats } = panel;
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  writeStderr(
    `${countNoun(stats.documents, 'document')} → ${countNoun(rows.length, 'row')}, ${countNoun(units, 'unit')}, ` +
      `${countNoun(conflicts, 'conflict')} (left out: ${stats.withoutUnit} figures without a unit, ` +
      `${stats.withoutPeriod} without a year, half-year or term) in ${seconds} s → ${output === '-' ? 'stdout' : output}\n`,
  );
  return 0;
}
