#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { EVAL_HELP, EXTRACT_HELP, INSPECT_HELP } from './commands/help.js';
import { MERGE_COMMAND } from './commands/merge-help.js';
import { PANEL_COMMAND } from './commands/panel-help.js';
import { UsageError } from './commands/usage-error.js';
import { writeStderr } from './ui/stderr.js';
import { suggestClosest } from './util/suggest.js';
import { describeOutputFailure, describeSystemError } from './util/system-error.js';

const MAIN_HELP = `Usage: vnpr <command> [options]

Turns Vietnamese political news reports into typed records (one row per fact, with the exact span
of text it came from), as Excel, JSONL or CSV.

Commands:
  extract <paths…> -o <out>     extract records from files, folders, globs, JSONL(.gz) or stdin
  inspect <file>                show a document's records under the sentences they came from
  eval --gold <gold> <paths…>   score extraction against gold records (precision, recall, F1)
  report <paths…> -o <dir>      a static HTML review site: charts, tables, highlighted documents
  merge <records…> -o <out>     combine the JSONL outputs of shards into one output, sorted by docId
  panel <records…|inputs…> -o <out>  a panel table: unit × period × indicator, conflicts flagged

Options:
  -h, --help       show help (also: vnpr <command> --help)
  -V, --version    show the version

Examples:
  vnpr extract corpus/ -o records.xlsx
  vnpr extract articles.jsonl.gz -o records.jsonl --jobs 2
  vnpr inspect corpus/000_65ce2756da1bbcb9.txt
  vnpr eval --gold corpus/seeds.gold.jsonl corpus/
  vnpr panel corpus/ -o panel.xlsx

In a clone of the repository, run these as \`pnpm -s vnpr …\`: -s keeps pnpm's "> vnpr …" banner
out of stdout, where it would break JSONL and JSON output. After npm install -g @vnpr/cli, vnpr is on PATH.
`;

const COMMANDS: Record<string, { run: (argv: string[]) => Promise<number>; help: string }> = {
  // Commands load on demand: `--help` and `--version` stay fast, and each command loads only what it uses.
  extract: { run: async (argv) => (await import('./commands/extract.js')).runExtractCommand(argv), help: EXTRACT_HELP },
  inspect: { run: async (argv) => (await import('./commands/inspect.js')).runInspectCommand(argv), help: INSPECT_HELP },
  eval: { run: async (argv) => (await import('./commands/eval.js')).runEvalCommand(argv), help: EVAL_HELP },
  report: (await import('./report/help.js')).REPORT_COMMAND,
  merge: MERGE_COMMAND,
  panel: PANEL_COMMAND,
};

function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** The long options a command's help lists (`--jobs`, `--only`, ...). */
function listOptions(help: string): string[] {
  return [...new Set([...help.matchAll(/(?<=[\s,])--[a-z][a-z-]*/g)].map((match) => match[0]))];
}

/** What Node's argument parser threw, said for a person: the option, and the closest known one. */
function describeParseError(error: NodeJS.ErrnoException, help: string): string {
  const unknown = /^Unknown option '(?<option>[^']+)'/.exec(error.message)?.groups?.option;
  if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || !unknown) return error.message;
  const closest = unknown.startsWith('--') ? suggestClosest(unknown, listOptions(help)) : undefined;
  return `unknown option "${unknown}"${closest ? `: did you mean ${closest}?` : ''}`;
}

/** Runs the vnpr command line and returns its exit code. */
async function runCli(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-V') {
    process.stdout.write(`vnpr ${readVersion()}\n`);
    return 0;
  }
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' && rest[0] ? COMMANDS[rest[0]] : undefined;
    process.stdout.write(topic?.help ?? MAIN_HELP);
    return 0;
  }
  const command = COMMANDS[first];
  if (!command) {
    writeStderr(`vnpr: unknown command "${first}"\n\n${MAIN_HELP}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EPIPE') return 0; // the reader of stdout is gone (`| head`): a normal end for a filter
    if (error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      const message =
        error instanceof UsageError ? error.message : describeParseError(error as NodeJS.ErrnoException, command.help);
      writeStderr(`vnpr ${first}: ${message}\nRun "vnpr ${first} --help" for the options.\n`);
      return 2;
    }
    const message = describeSystemError(error) ?? (error instanceof Error ? error.message : String(error));
    writeStderr(`vnpr ${first}: ${message}\n`);
    return 2;
  }
}

// A closed stdout (`vnpr extract corpus/ -o - | head`) is the normal end of a Unix filter: stop at once,
// quietly, with exit code 0, instead of reporting "write EPIPE". Any other failure of stdout (a full
// disk) is one line on stderr and exit code 2.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  const failure = describeOutputFailure(error, '-');
  const command = COMMANDS[process.argv[2] ?? ''] ? ` ${process.argv[2]}` : '';
  writeStderr(`vnpr${command}: ${failure instanceof Error ? failure.message : String(failure)}\n`);
  process.exit(2);
});

process.exitCode = await runCli(process.argv.slice(2));
