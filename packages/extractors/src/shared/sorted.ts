/**
 * Index of the first item at or after `pos` in a list in text order: offsets, or mentions and spans by their
 * `start`. A binary search, so that "the number after this phrase" or "the clause this word is in" costs log n
 * even in a sentence of a million characters.
 */
export function firstAtOrAfter(items: readonly number[] | readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid]!;
    if ((typeof item === 'number' ? item : item.start) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
