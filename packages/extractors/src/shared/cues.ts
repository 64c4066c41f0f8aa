/**
 * The white space that a normalized sentence may hold between two words: a space, a line wrapped inside the sentence,
 * a wrapped line that starts with a space (normalize collapses runs of spaces and drops those before a line break;
 * a blank line ends the sentence).
 */
export const WORD_GAPS: readonly string[] = [' ', '\n', '\n '];

/**
 * Every way a sentence may write `phrase` when a pattern allows any white space (`\s+`) between its words, for a
 * cue list: "chi bộ" → "chi bộ", "chi\nbộ", "chi\n bộ".
 */
export function spacedCues(phrase: string): string[] {
  const [first = '', ...rest] = phrase.split(' ');
  let out = [first];
  for (const word of rest) out = out.flatMap((head) => WORD_GAPS.map((gap) => `${head}${gap}${word}`));
  return out;
}
