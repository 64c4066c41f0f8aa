import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadPlugins, readTypeList } from '../pool/tasks.js';
import { buildReport } from '../report/build.js';
import { REPORT_HELP } from '../report/help.js';
import { countNoun, formatCount } from '../ui/progress.js';
import { drawStatusLine, writeStderr } from '../ui/stderr.js';
import { parseCommandArgs, parseOption, requireOutput, writeNotice } from '../util/command-args.js';
import { prepareOutputPath } from '../util/output-path.js';
import { DEFAULT_MAX_FILE_SIZE_TEXT, parseSize } from '../util/parse-size.js';
import { parseJobs } from '../util/run-options.js';
import { UsageError } from './usage-error.js';

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await folderSize(path) : (await stat(path)).size;
  }
  return total;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `vnpr report`: builds the static HTML review site. */
export async function runReportCommand(argv: string[]): Promise<number> {
  const args = parseCommandArgs(
    argv,
    {
      output: { type: 'string', short: 'o' },
      from: { type: 'string' },
      only: { type: 'string' },
      plugin: { type: 'string', multiple: true },
      'max-file-size': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
    },
    REPORT_HELP,
  );
  if (!args) return 0;
  const { values, positionals } = args;
  if (positionals.length === 0)
    throw new UsageError('give the documents to report on, e.g. vnpr report corpus/ -o report/');
  const output = requireOutput(values.output, '-o report/', 'the output folder');
  if (values.from && (values.only || values.plugin))
    throw new UsageError('--from reuses the records of an extraction: --only and --plugin apply to vnpr extract');
  const maxFileSize = parseOption(() => parseSize(values['max-file-size'] ?? DEFAULT_MAX_FILE_SIZE_TEXT));
  const jobs = parseJobs(values.jobs, writeNotice);
  const plugins = await loadPlugins(values.plugin ?? [], process.cwd());
  const only = await readTypeList(values.only, plugins);
  const outDir = resolve(output);
  await prepareOutputPath(output, 'folder');
  const tty = Boolean(process.stderr.isTTY);
  let lastShown = 0;
  const stats = await buildReport({
    inputs: positionals,
    outDir,
    ...(values.from ? { from: resolve(values.from) } : {}),
    ...(only ? { only } : {}),
    plugins,
    pluginSpecifiers: values.plugin ?? [],
    jobs,
    maxFileSize,
    onProgress: (documents) => {
      const now = performance.now();
      if (!tty || now - lastShown < 250) return;
      lastShown = now;
      drawStatusLine(`${formatCount(documents)} documents…`);
    },
  });
  if (tty) drawStatusLine('');
  const size = await folderSize(outDir);
  writeStderr(
    `${countNoun(stats.documents, 'document')}, ${countNoun(stats.records, 'record')}, ${countNoun(stats.errors, 'error')}, ` +
      `${countNoun(stats.pages, 'page')} (${formatBytes(size)}) in ${stats.seconds.toFixed(1)} s → ${output}/index.html\n`,
  );
  writeStderr(stats.extractorFailures);
  if (stats.mismatches > 0)
    writeStderr(`vnpr report: ${countNoun(stats.mismatches, 'record')} whose quote is not the text at their span\n`);
  return 0;
}
