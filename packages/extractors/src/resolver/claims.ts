/**
 * Who took each code unit of the normalized text: one number belongs to one record. An extractor that runs
 * later cannot take a number again, and `quantity` never repeats it. Claims are short spans, so checking one
 * is a few array reads, whatever the size of the document; the table is made at the first claim, since most
 * documents of a general archive have none.
 */
export class ClaimTable {
  #owner: Int32Array | null = null;
  readonly #length: number;

  constructor(textLength: number) {
    this.#length = textLength + 1;
  }

  /** True when an extractor other than `owner` (or any, for -1) took a code unit of `[start, end)`. */
  takenByOther(start: number, end: number, owner: number): boolean {
    const table = this.#owner;
    if (table === null) return false;
    for (let i = Math.max(0, start); i < Math.min(end, table.length); i++)
      if (table[i] && table[i] !== owner) return true;
    return false;
  }

  /** True when an extractor other than `owner` took a code unit of any of the spans. */
  anyTakenByOther(spans: readonly { start: number; end: number }[], owner: number): boolean {
    for (const k of spans) if (this.takenByOther(k.start, k.end, owner)) return true;
    return false;
  }

  /** True when any record took a code unit of `[start, end)`. */
  isClaimed(start: number, end: number): boolean {
    return this.takenByOther(start, end, -1);
  }

  /** Gives `[start, end)` to `owner` (an extractor's position + 1). */
  claim(start: number, end: number, owner: number): void {
    this.#owner ??= new Int32Array(this.#length);
    this.#owner.fill(owner, Math.max(0, start), Math.min(end, this.#length));
  }
}
