/**
 * Reads a comma-separated list of record types (`--only membership,rating`), or undefined when none is given.
 *
 * @example
 * parseTypeList('membership, rating,') // ['membership', 'rating']
 */
export function parseTypeList(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map((type) => type.trim())
    .filter(Boolean);
}
