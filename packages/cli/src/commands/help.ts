import { availableParallelism } from 'node:os';

export const EXTRACT_HELP = `Usage: vnpr extract <paths…> -o <out> [options]
       vnpr extract --stdin [options] < documents.jsonl > records.jsonl

Extracts typed records from Vietnamese political reports. Paths are files, directories (walked
recursively; hidden files, node_modules and *.gold.jsonl are skipped) and globs ("corpus/**/*.txt").
Reads .txt, .md, .html, .htm, .docx, and .jsonl / .jsonl.gz ({"id","text","publishedAt"?} a line).

Options:
  -o, --output <out>       .xlsx (workbook), .jsonl, .csv (a folder of one CSV per type), or - (JSONL on stdout)
  -f, --format <format>    xlsx | jsonl | csv (default: from the extension of --output)
  -j, --jobs <n>           worker threads (default and most: ${availableParallelism()}, the cores here; 0 = none, run on the main thread)
      --timeout <seconds>  stop a document that takes longer (as long again per million characters past the
                           first): it becomes an error record "timeout" (default 30; 0 = no limit); needs workers
      --only <types>       only these record types, comma-separated (the document record is always written)
      --plugin <spec>      load an extractor plugin (a file path or package name); repeatable
      --max-file-size <n>  skip larger files, and longer JSONL lines, as too-large errors (bytes read;
                           default 50MB; accepts 200k, 1.5MB, 2g)
      --strict             exit with code 1 if any input failed (default: 0, failures become error records)
      --resume             continue a run that was stopped (killed, crashed, Ctrl-C) from its journal:
                           keep the documents already done, extract the rest; any output format.
                           Refused (exit 2) unless the options and inputs are the run's own
      --stdin              read JSONL documents on stdin, write JSONL records on stdout, one document at a time
      --shard <i/n>        take only share i of n of the documents (stable hash of the docId)
  -h, --help               show this help

Every input file ends as a document record or an error record (code "binary", "empty", "too-large",
"zip-bomb", "too-deep", "unreadable", "not-a-file", "unsupported-format", "timeout", ...); the batch goes on past
failures. A folder that cannot be listed is one "unreadable" record, and the walk goes on; a named pipe,
socket or device is "not-a-file" and is never opened. The output is checked before any input is read (a
folder where a file goes, a read-only folder: exit code 2), and the run's own output and journal are never
read as inputs, even inside an input folder.

JSONL keeps every text exactly. CSV quotes each field holding a comma, semicolon, tab, quote or line
break, and puts an apostrophe before text a spreadsheet could run as a formula (=, +, -, @ where a cell
may start: at the start, or after a ; tab or line break inside). An Excel cell keeps the text as it is
(it holds text, never a formula); past Excel's 32,767 characters it is cut and ends with
"… [truncated: N characters; full text in JSONL]".

A document that runs past --timeout (a plugin stuck in a loop, say) has its worker thread stopped and
replaced; the other documents go on. --jobs 0 runs everything on the main thread, which nothing can stop
from inside: there is no time limit, and SIGINT (Ctrl-C) or SIGTERM ends the process at once, even in a
stuck plugin; the journal keeps the finished batches for --resume. --stdin runs on the main thread too.

An output that cannot be written (a full disk, a read-only folder) stops the run with one line on
stderr and exit code 2; the journal stays, for --resume once the cause is fixed.

While it runs, the records of finished documents are appended to <out>.vnpr-partial.jsonl (the
journal, beside the output; fsynced a batch at a time). The output itself appears only when the run
is complete, so a stopped run leaves the earlier output untouched, never a truncated one. Run the
same command again with --resume to skip what the journal holds; it is removed when the output is in
place. Without --resume, a run starts over. The journal records the vnpr version, --only, --plugin
(and a hash of each plugin's file), --shard, --max-file-size and every input (path, size, modification
time); --resume checks them all and refuses, in one line naming the difference, a journal of other
options or inputs (an input added, removed, reordered or changed). --format, --jobs and --strict
may differ. Documents are known by their place in the run, so two documents with one id are both kept.
With no journal (the last run finished, or never started) --resume says so and extracts everything: a
complete output is never taken for a partial one.

Two documents of a run with the same id are both extracted; the second is followed by an error record
(code "duplicate-id") and a line on stderr.

Plugins (--plugin) run their code with your permissions: load only plugins you trust. They load
only from the paths and package names given, never by scanning folders.

Examples:
  vnpr extract corpus/ -o records.xlsx
  vnpr extract 'reports/**/*.html' -o records.jsonl --jobs 4
  vnpr extract articles.jsonl.gz -o out/ --format csv --only membership,rating
  vnpr extract corpus/ -o - | head
  vnpr extract big.jsonl.gz -o part-3.jsonl --shard 3/16
  vnpr extract corpus/ -o records.xlsx --resume      (after a run was stopped)
  cat docs.jsonl | vnpr extract --stdin > records.jsonl

In a clone of the repository, run these as \`pnpm -s vnpr …\`: -s keeps pnpm's "> vnpr …" banner
out of stdout, where it would break JSONL and JSON output.
`;

export const INSPECT_HELP = `Usage: vnpr inspect <file> [options]

Prints the document sentence by sentence, each record under the sentence it came from,
coloured by record type (on a terminal, or with --color; NO_COLOR turns colours off).

Options:
      --id <id>          in a .jsonl / .jsonl.gz file, the document with this id (default: the first)
      --only <types>     only these record types, comma-separated
      --plugin <spec>    load an extractor plugin; repeatable
      --all              also print sentences that have no record
      --color            colours even when not on a terminal
  -h, --help             show this help

Examples:
  vnpr inspect corpus/000_65ce2756da1bbcb9.txt
  vnpr inspect articles.jsonl.gz --id "Train_Full/XH_NLD_ (3672).txt" --only membership
  vnpr inspect report.html --color | less -R

In a clone of the repository, run these as \`pnpm -s vnpr …\`: -s keeps pnpm's "> vnpr …" banner
out of stdout, where it would break JSONL and JSON output.
`;

export const EVAL_HELP = `Usage: vnpr eval --gold <gold.jsonl> <paths…> [options]

Extracts the documents, then scores the records against gold annotations: precision, recall and
F1 per record type and overall (micro). Only gold lines of the documents given are scored.

Options:
  -g, --gold <file>      gold records, one JSON object a line (e.g. corpus/seeds.gold.jsonl)
  -v, --verbose          list every miss (gold not found) and extra (found, not in gold)
      --json             print the scores as JSON
  -j, --jobs <n>         worker threads (default and most: ${availableParallelism()}, the cores here)
      --only <types>     only these record types
      --plugin <spec>    load an extractor plugin; repeatable
  -h, --help             show this help

Examples:
  vnpr eval --gold corpus/seeds.gold.jsonl corpus/
  vnpr eval --gold corpus/seeds.gold.jsonl corpus/ --only membership --verbose
  vnpr eval --gold corpus/seeds.gold.jsonl corpus/ --json > scores.json

In a clone of the repository, run these as \`pnpm -s vnpr …\`: -s keeps pnpm's "> vnpr …" banner
out of stdout, where it would break JSONL and JSON output.
`;
export { REPORT_HELP } from '../report/help.js';
