/**
 * A value computed once per owner and key, however often it is asked: a pattern tested once per sentence, a
 * period read once per clause of a long sentence with many flows, a term checked once per document.
 *
 * @example
 * const tests = new WeakMap<Sentence, Map<string, boolean>>();
 * remembered(tests, sentence, 'size', () => SIZE.test(sentence.text));
 */
export function remembered<O extends object, T>(
  store: WeakMap<O, Map<string, T>>,
  owner: O,
  key: string,
  compute: () => T,
): T {
  let known = store.get(owner);
  if (!known) {
    known = new Map();
    store.set(owner, known);
  }
  if (known.has(key)) return known.get(key) as T;
  const value = compute();
  known.set(key, value);
  return value;
}
