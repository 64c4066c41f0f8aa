export const MERGE_HELP = `Usage: vnpr merge <records.jsonl[.gz]… | folder…> -o <out> [options]

Combines the JSONL outputs of several runs (the parts of a --shard job array, a Hadoop or Spark
job's part files) into one output with the same sheets and files as vnpr extract: records sorted
by docId, the records of each document kept together and in their order. A folder stands for the
.jsonl, .jsonl.gz and part-* files under it (hidden files, _SUCCESS and temporary parts
skipped); gzip is recognised by its first bytes.

Memory stays flat: inputs that are sorted by docId (as vnpr extract writes a folder's documents)
are merged as they stream; an input that is not is first sorted in pieces through temporary files.
The result does not depend on the order of the inputs.

A docId found in more than one input is kept once (a copy with a document record before one
without, then the smallest copy), reported on stderr, and followed by an error record with code
"duplicate-doc". Error records of the inputs are kept. A line that is not a record becomes an error
record with code "invalid-record".

Options:
  -o, --output <out>       .xlsx (workbook), .jsonl, .csv (a folder of one CSV per type), or - (JSONL on stdout)
  -f, --format <format>    xlsx | jsonl | csv (default: from the extension of --output)
      --only <types>       the workbook's sheets: only these record types (as given to vnpr extract --only)
      --sort-memory <n>    memory for sorting an input that is not in docId order (default 64MB)
      --tmp-dir <dir>      where those sorted pieces go (default: the system's temporary folder)
      --strict             exit with code 1 when a docId was found in more than one input
  -h, --help               show this help

Examples:
  vnpr merge results/ -o records.xlsx
  vnpr merge results/part-*.jsonl -o records.jsonl
  vnpr merge part-0.jsonl.gz part-1.jsonl.gz -o out/ --format csv
  vnpr merge hadoop-output/ -o - | grep '"type":"error"'
`;

/** How bin.ts registers the command: the help text now, the command itself only when it runs. */
export const MERGE_COMMAND = {
  run: async (argv: string[]): Promise<number> => (await import('./merge.js')).runMergeCommand(argv),
  help: MERGE_HELP,
};
