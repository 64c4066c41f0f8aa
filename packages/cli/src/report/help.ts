import { availableParallelism } from 'node:os';

export const REPORT_HELP = `Usage: vnpr report <paths…> -o <dir> [options]
       vnpr report --from records.jsonl <paths…> -o <dir>

Writes a static HTML review site: index.html (counts, charts, sortable and filterable record
tables) and one page per document with every record highlighted in its text. The folder opens
from disk in any browser, without a server or the network. Reads the same inputs as vnpr extract.

Options:
  -o, --output <dir>       the folder to write (created if missing; files in it are overwritten)
      --from <records>     reuse the records of an extraction (vnpr extract -o records.jsonl) instead
                           of extracting again; the paths give the texts (read and decoded again).
                           A plain (not gzip) JSONL file: it is read twice, a document's records
                           at a time, never whole into memory
      --only <types>       only these record types, comma-separated
      --plugin <spec>      load an extractor plugin (a file path or package name); repeatable
      --max-file-size <n>  skip larger files as errors (default 50MB)
  -j, --jobs <n>           worker threads that make the pages: read the records back (or extract
                           them), read the text, render the HTML (default and most: ${availableParallelism()}, the
                           cores here; 0 = none, on the main thread). The pages are the same for any n
  -h, --help               show this help

Examples:
  vnpr report corpus/ -o report/
  vnpr extract articles.jsonl.gz -o records.jsonl && vnpr report --from records.jsonl articles.jsonl.gz -o report/

In a clone of the repository, run these as \`pnpm -s vnpr …\`: -s keeps pnpm's "> vnpr …" banner
out of stdout, where it would break JSONL and JSON output.
`;

/** How bin.ts registers the command: the help text now, the command itself only when it runs. */
export const REPORT_COMMAND = {
  run: async (argv: string[]): Promise<number> => (await import('../commands/report.js')).runReportCommand(argv),
  help: REPORT_HELP,
};
