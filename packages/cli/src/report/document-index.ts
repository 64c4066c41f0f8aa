// Where each document's lines are in a records file, kept outside the JavaScript heap: the docIds as
// UTF-8 bytes in one buffer, their hashes, byte ranges and links in typed arrays, and an open-addressing
// table from hash to document. A Map of docId strings to arrays cost ~140 bytes of heap per document,
// and the heap the garbage collector lets grow around it (about three times as much again): 56 MB more
// peak RSS over the 127,860 documents of the ten-times bench set. Here a document costs ~60 bytes of
// buffers whatever the heap does.

/** FNV-1a over the UTF-16 code units of a string. */
export function hashDocId(docId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < docId.length; i++) hash = Math.imul(hash ^ docId.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A typed array twice as long, holding the same values first. */
function grow<T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(array: T, length: number): T {
  if (length <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(length, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * Documents, each with its byte ranges in file order, found by docId; each can be taken once.
 * @example
 * const index = new DocumentIndex();
 * index.addRange('a.txt', 0, 120); index.addRange('b.txt', 121, 300); index.addRange('a.txt', 301, 350);
 * index.take('a.txt'); // [0, 120, 301, 350]
 */
export class DocumentIndex {
  /** The docIds' UTF-8 bytes, one after the other, and where each document's begins and ends. */
  private names = Buffer.alloc(4096);
  private namesLength = 0;
  private nameStart = new Uint32Array(256);
  private nameEnd = new Uint32Array(256);
  private hashes = new Uint32Array(256);
  /** Per document: its first and last range, and whether it was taken. */
  private firstRange = new Int32Array(256);
  private lastRange = new Int32Array(256);
  private taken = new Uint8Array(256);
  /** Per range: its bytes, and the next range of the same document (-1: none). */
  private starts = new Float64Array(256);
  private ends = new Float64Array(256);
  private nextRange = new Int32Array(256);
  /** Open addressing: document + 1 at the slot of its hash or after; 0 is empty. Never fuller than half. */
  private table = new Int32Array(1024);
  /** The document of the last range added, to extend it when the next range follows on from it. */
  private lastDocument = -1;
  /** How many documents and ranges there are. */
  documents = 0;
  private ranges = 0;

  constructor(private readonly hash: (docId: string) => number = hashDocId) {}

  /** Notes that bytes `start` to `end` hold lines of `docId` (a range that follows the document's last one extends it). */
  addRange(docId: string, start: number, end: number): void {
    let doc = this.find(docId);
    if (doc < 0) doc = this.addDocument(docId);
    const last = this.lastRange[doc] as number;
    if (doc === this.lastDocument && last >= 0) {
      this.ends[last] = end;
      return;
    }
    const range = this.ranges++;
    this.starts = grow(this.starts, this.ranges);
    this.ends = grow(this.ends, this.ranges);
    this.nextRange = grow(this.nextRange, this.ranges);
    this.starts[range] = start;
    this.ends[range] = end;
    this.nextRange[range] = -1;
    if (last >= 0) this.nextRange[last] = range;
    else this.firstRange[doc] = range;
    this.lastRange[doc] = range;
    this.lastDocument = doc;
  }

  /** The byte ranges of a document (start, end, start, end, … in file order), once; undefined when it has none or they were taken. */
  take(docId: string): number[] | undefined {
    const doc = this.find(docId);
    return doc < 0 ? undefined : this.takeDocument(doc);
  }

  /** The documents not taken yet, in the order of their first line, each with its ranges. */
  *takeRest(): Generator<number[]> {
    for (let doc = 0; doc < this.documents; doc++) {
      const ranges = this.takeDocument(doc);
      if (ranges) yield ranges;
    }
  }

  private takeDocument(doc: number): number[] | undefined {
    if (this.taken[doc]) return undefined;
    this.taken[doc] = 1;
    const out: number[] = [];
    for (let range = this.firstRange[doc] as number; range >= 0; range = this.nextRange[range] as number)
      out.push(this.starts[range] as number, this.ends[range] as number);
    return out;
  }

  /** The document of a docId, or -1. */
  private find(docId: string): number {
    const hash = this.hash(docId) >>> 0;
    const mask = this.table.length - 1;
    let bytes: Buffer | undefined;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot] as number;
      if (entry === 0) return -1;
      const doc = entry - 1;
      if (this.hashes[doc] !== hash) continue;
      bytes ??= Buffer.from(docId);
      const start = this.nameStart[doc] as number;
      const end = this.nameEnd[doc] as number;
      if (end - start === bytes.length && this.names.compare(bytes, 0, bytes.length, start, end) === 0) return doc;
    }
  }

  private addDocument(docId: string): number {
    const doc = this.documents++;
    const length = Buffer.byteLength(docId);
    if (this.namesLength + length > this.names.length) {
      const bigger = Buffer.alloc(Math.max(this.namesLength + length, this.names.length * 2));
      this.names.copy(bigger, 0, 0, this.namesLength);
      this.names = bigger;
    }
    this.nameStart = grow(this.nameStart, this.documents);
    this.nameEnd = grow(this.nameEnd, this.documents);
    this.hashes = grow(this.hashes, this.documents);
    this.firstRange = grow(this.firstRange, this.documents);
    this.lastRange = grow(this.lastRange, this.documents);
    this.taken = grow(this.taken, this.documents);
    this.nameStart[doc] = this.namesLength;
    this.namesLength += this.names.write(docId, this.namesLength);
    this.nameEnd[doc] = this.namesLength;
    this.hashes[doc] = this.hash(docId) >>> 0;
    this.firstRange[doc] = -1;
    this.lastRange[doc] = -1;
    if (this.documents * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.place(doc);
    return doc;
  }

  private place(doc: number): void {
    const mask = this.table.length - 1;
    let slot = (this.hashes[doc] as number) & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = doc + 1;
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size);
    for (let doc = 0; doc < this.documents; doc++) this.place(doc);
  }
}
