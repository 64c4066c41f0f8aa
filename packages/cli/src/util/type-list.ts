import { UsageError } from '../commands/usage-error.js';
import { suggestClosest } from './suggest.js';

/**
 * Reads a comma-separated list of record types (`--only membership,rating`), or undefined when none is
 * given. Every command with `--only` reads it here. A type that is not in `known` (the built-in types and
 * those of the loaded plugins) is a usage error that lists the known types and the closest one.
 *
 * @example
 * parseTypeList('membership, rating,', ['membership', 'rating']) // ['membership', 'rating']
 * parseTypeList('memberships', ['membership', 'rating']) // throws: unknown record type "memberships" (did you mean membership?) …
 */
export function parseTypeList(value: string | undefined, known: readonly string[]): string[] | undefined {
  if (value === undefined) return undefined;
  const types = value
    .split(',')
    .map((type) => type.trim())
    .filter(Boolean);
  if (types.length === 0) throw new UsageError(`--only needs record types, e.g. --only membership,rating`);
  for (const type of types) {
    if (known.includes(type)) continue;
    const closest = suggestClosest(type, known);
    throw new UsageError(
      `unknown record type "${type}" in --only${closest ? ` (did you mean ${closest}?)` : ''}; the types are ${known.join(', ')}`,
    );
  }
  return types;
}
