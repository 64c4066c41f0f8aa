export const PANEL_HELP = `Usage: vnpr panel <records.jsonl[.gz]… | inputs…> -o <panel.xlsx|panel.csv|panel.jsonl|->

Turns records into a panel for analysis: one row per unit × period × indicator (admitted,
admittedTarget, admittedPercentOfTarget, the other membership flows, members, baseOrganizations,
cells, rating counts and percents per subject and level, study attendance, awards per form), in
long form with the columns unitId, unit, unitLevel, province, provinceCode, province2025, period,
periodType, indicator, value, sources, docIds, quote, conflict, values. When documents disagree,
conflict is true, value is empty and values lists every value with its documents: never an average.
docs/panel.md says how each indicator is derived.

A .jsonl or .jsonl.gz file whose first line is a record (vnpr extract's output) is read as records;
anything else (files, folders, globs, JSONL documents) is extracted first, as vnpr extract does.
Memory grows with the panel's cells, not with the records.

Options:
  -o, --output <out>       .xlsx (a "panel" sheet), .csv (one file), .jsonl, or - (JSONL on stdout)
  -j, --jobs <n>           worker threads for inputs that are extracted (default: the number of cores)
  -h, --help               show this help

Examples:
  vnpr panel corpus/ -o panel.xlsx
  vnpr extract archive/ -o records.jsonl && vnpr panel records.jsonl -o panel.csv
`;

/** How bin.ts registers the command: the help text now, the command itself only when it runs. */
export const PANEL_COMMAND = {
  run: async (argv: string[]): Promise<number> => (await import('./panel.js')).runPanelCommand(argv),
  help: PANEL_HELP,
};
