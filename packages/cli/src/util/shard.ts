/** A `--shard i/n` selection: this process takes the inputs whose hash mod `count` is `index`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Parses `i/n` (0 ≤ i < n).
 * @example parseShard('1/4') // { index: 1, count: 4 }
 */
export function parseShard(text: string): Shard {
  const match = /^(?<index>\d+)\/(?<count>\d+)$/.exec(text.trim());
  const index = Number(match?.groups?.index);
  const count = Number(match?.groups?.count);
  if (!match || count < 1 || index >= count) {
    throw new Error(`invalid --shard "${text}": use i/n with 0 <= i < n, e.g. 0/4`);
  }
  return { index, count };
}

/** 32-bit FNV-1a over the UTF-8 bytes of a string: stable across runs, machines and Node versions. */
export function hashFnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Whether a document (by its docId) belongs to this shard; every docId is in exactly one shard. */
export function isInShard(docId: string, shard: Shard | undefined): boolean {
  return !shard || hashFnv1a(docId) % shard.count === shard.index;
}
