// What every command does with its arguments before its own work: parse them (`-h`/`--help` included),
// and turn an option value a parser refuses into a usage error (exit code 2, with the command's help hint).
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from '../commands/usage-error.js';
import { writeStderr } from '../ui/stderr.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** `-h` / `--help`, which every command has. */
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** The parsed arguments of a command with the options `T` (and `--help`). */
export type CommandArgs<T extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: T & typeof HELP_OPTION }>
>;

/**
 * Parses a command's options and positional arguments. With `-h`/`--help` it prints `help` on stdout and
 * returns `undefined` (the command then returns exit code 0); an unknown option throws, as `parseArgs` does.
 *
 * @example const args = parseCommandArgs(argv, { output: { type: 'string', short: 'o' } }, PANEL_HELP); if (!args) return 0;
 */
export function parseCommandArgs<const T extends OptionsConfig>(
  argv: string[],
  options: T,
  help: string,
): CommandArgs<T> | undefined {
  const parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, ...HELP_OPTION } });
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(help);
    return undefined;
  }
  return parsed as CommandArgs<T>;
}

/**
 * Runs the parser of one option value, its error becoming a {@link UsageError} (a line and exit code 2).
 *
 * @example const maxFileSize = parseOption(() => parseSize(values['max-file-size'] ?? '50MB')); // UsageError for "50 parsecs"
 */
export function parseOption<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
}

/**
 * The `-o` of a command, or a usage error that shows an example.
 *
 * @example requireOutput(undefined, '-o panel.csv') // UsageError: give the output with -o, e.g. -o panel.csv
 */
export function requireOutput(output: string | undefined, example: string, what = 'the output'): string {
  if (!output) throw new UsageError(`give ${what} with -o, e.g. ${example}`);
  return output;
}

/** Writes a notice of a run (`--jobs` capped, a merge's warning) as a `vnpr: ` line on stderr. */
export function writeNotice(line: string): void {
  writeStderr(`vnpr: ${line}\n`);
}
