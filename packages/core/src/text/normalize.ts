/**
 * Normalizes decoded report text for matching, keeping an exact map back to the source.
 *
 * What changes:
 * - Unicode NFC, applied per cluster (a base character with its combining marks; Hangul
 *   vowel/final jamo count as marks because NFC joins them to the preceding syllable).
 * - Horizontal spaces — space, tab, NBSP U+00A0, U+2000–U+200A, U+202F, U+3000 — become
 *   U+0020, and a run of them collapses to one space. A run before a line break is removed
 *   (trailing spaces). At the very end of the text the run is kept as one space: removing
 *   it would make the result depend on what follows, and slices would no longer map back.
 * - CRLF and lone CR → "\n".
 * - Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and soft hyphens (U+00AD) are
 *   removed — unless combining marks follow them, in which case they carry those marks and stay.
 * - Old-style tone placement is folded to the new style (see {@link foldTone}).
 *
 * The map: output code units come in groups; every unit of a group maps to the source
 * offset where the group starts. A group is one cluster, a CRLF, a run of spaces (with any
 * zero-width characters inside), trailing spaces plus their line break, or the two to three
 * clusters a tone fold looks at. Removed characters between groups belong to the group that
 * follows. Normalizing `source.slice(map[s], map[e])` gives exactly `text.slice(s, e)` when
 * `s` and `e` are group boundaries (positions where the map value changes, plus 0 and the end).
 */

import { isLetter, isMark } from './letters.js';

export interface NormalizedText {
  /** The normalized text that extractors match against. */
  text: string;
  /** The decoded text it came from. */
  source: string;
  /**
   * `map[i]` is the offset in `source` where normalized code unit `i` starts;
   * `map[text.length] === source.length`.
   */
  map: Int32Array;
}

// ---------------------------------------------------------------------------
// Tone placement.
//
// Rule: in a syllable whose vowel is a glide o/u followed by a final vowel, with nothing
// after that vowel, the old style put the tone on the final vowel and the new style puts it
// on the glide:
//   hoà → hòa, khoẻ → khỏe, thuỷ → thủy, Uỷ → Ủy, UỶ → ỦY, loạ → lọa, xoè → xòe
// The pairs are o + à á ả ã ạ / è é ẻ ẽ ẹ and u + ỳ ý ỷ ỹ ỵ (any case, each letter keeps its case).
// Not folded:
//   - a letter follows the pair: the syllable goes on, and both styles put the tone on the
//     main vowel already: toàn, hoàn, khoản, thoát, hoạch, quỳnh stay as they are;
//   - u after q: "qu" is a consonant, so y is the only vowel and carries the tone in both
//     styles: quý, quỳ, quỹ, quỷ, Quý stay.
// "Follows" and "after" skip removed characters (zero-width, soft hyphen).
// ---------------------------------------------------------------------------

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** Toned final vowel (code unit) → (tone index << 16) | bare vowel code unit. */
const TONED_AFTER_O = new Map<number, number>();
const TONED_AFTER_U = new Map<number, number>();
/** (glide code unit << 3 | tone index) → toned glide code unit. */
const TONED_GLIDE = new Map<number, number>();
for (let t = 0; t < TONES.length; t++) {
  const tone = TONES[t] as string;
  for (const v of ['a', 'e', 'A', 'E'])
    TONED_AFTER_O.set((v + tone).normalize('NFC').charCodeAt(0), (t << 16) | v.charCodeAt(0));
  for (const v of ['y', 'Y']) TONED_AFTER_U.set((v + tone).normalize('NFC').charCodeAt(0), (t << 16) | v.charCodeAt(0));
  for (const g of ['o', 'O', 'u', 'U'])
    TONED_GLIDE.set((g.charCodeAt(0) << 3) | t, (g + tone).normalize('NFC').charCodeAt(0));
}

const LOWER_O = 0x6f;
const UPPER_O = 0x4f;
const LOWER_U = 0x75;
const UPPER_U = 0x55;
const LOWER_Q = 0x71;
const UPPER_Q = 0x51;

const FOLD_O = /([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?![\p{L}\p{M}])/gu;
const FOLD_U = /(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

function foldPair(glide: string, vowel: string): string {
  const table = glide === 'o' || glide === 'O' ? TONED_AFTER_O : TONED_AFTER_U;
  const info = table.get(vowel.charCodeAt(0)) as number;
  const toned = TONED_GLIDE.get((glide.charCodeAt(0) << 3) | (info >> 16)) as number;
  return String.fromCharCode(toned, info & 0xffff);
}

/**
 * Folds old-style tone placement to the new style on NFC text: "hoà" → "hòa", "khoẻ" → "khỏe",
 * "thuỷ" → "thủy", "Uỷ" → "Ủy", "UỶ" → "ỦY". Leaves "toàn", "hoàn", "quý", "quỳnh" unchanged
 * (the rule is described above the tables in this file).
 *
 * @example foldTone('Uỷ ban hoà giải') // → 'Ủy ban hòa giải'
 * @example foldTone('toàn quốc, quý I') // → 'toàn quốc, quý I'
 */
export function foldTone(s: string): string {
  const fold = (_match: string, glide: string, vowel: string) => foldPair(glide, vowel);
  return s.replace(FOLD_O, fold).replace(FOLD_U, fold);
}

// ---------------------------------------------------------------------------
// Character classes (cached for the BMP: 0 = not computed yet).
// ---------------------------------------------------------------------------

/**
 * Bit 1: computed, bit 2: joiner (combining mark or Hangul vowel/final jamo), bit 4: letter,
 * bit 8: NFC-stable alone, bit 16: simple (stable, no joiner, no special handling: copied as is).
 */
const CLASS = new Uint8Array(0x10000);
const COMPUTED = 1;
const JOINER = 2;
const LETTER_BIT = 4;
const STABLE = 8;
const SIMPLE = 16;
/** Bit 32: a code unit that may open a pair the tone fold looks at: o, u, q (either case). */
const GLIDE = 32;
/** Bit 64: a code unit that may close such a pair: a toned a, e, y, or the u of "qu". */
const PAIR_SECOND = 64;

function classify(cp: number): number {
  if (cp < 0x10000) {
    const cached = CLASS[cp] as number;
    if (cached !== 0) return cached;
  }
  const ch = String.fromCodePoint(cp);
  let bits = COMPUTED;
  if (isMark(cp) || (cp >= 0x1160 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff)) bits |= JOINER;
  if (isLetter(cp)) bits |= LETTER_BIT;
  if ((cp >= 0xd800 && cp <= 0xdfff) || ch.normalize('NFC') === ch) bits |= STABLE;
  if (
    (bits & (STABLE | JOINER)) === STABLE &&
    cp < 0xd800 &&
    cp !== 0x0a &&
    cp !== 0x0d &&
    !isHorizontalSpace(cp) &&
    !isRemovableChar(cp) &&
    !GLIDE_OR_Q.has(cp)
  ) {
    bits |= SIMPLE;
  }
  if (GLIDE_OR_Q.has(cp)) bits |= GLIDE;
  if (TONED_AFTER_O.has(cp) || TONED_AFTER_U.has(cp) || cp === LOWER_U || cp === UPPER_U) bits |= PAIR_SECOND;
  if (cp < 0x10000) CLASS[cp] = bits;
  return bits;
}

function isHorizontalSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
}

function isRemovableChar(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

const GLIDE_OR_Q: ReadonlySet<number> = new Set([LOWER_O, UPPER_O, LOWER_U, UPPER_U, LOWER_Q, UPPER_Q]);
// Warm the cache for ASCII and the Vietnamese letters.
for (let c = 0; c < 0x250; c++) classify(c);
for (let c = 0x1ea0; c < 0x1f00; c++) classify(c);

// ---------------------------------------------------------------------------
// The normalizer.
// ---------------------------------------------------------------------------

/**
 * Working buffers, kept from one call to the next (normalize is synchronous, and the text and map it
 * returns are copies): a fresh pair for every document cost more than the copy.
 */
let scratchOut: Uint16Array = new Uint16Array(0);
let scratchMap: Int32Array = new Int32Array(0);
/** Buffers up to this many code units are kept (6 MB); a longer text gets its own, dropped after the call. */
const SCRATCH_LIMIT = 1 << 20;

function keepScratch(out: Uint16Array, map: Int32Array): void {
  if (out.length <= SCRATCH_LIMIT) {
    scratchOut = out;
    scratchMap = map;
  }
}

class Normalizer {
  private out: Uint16Array;
  private map: Int32Array;
  private len = 0;
  /** Start of removed characters not yet given to a group, or -1. */
  private pending = -1;
  private readonly n: number;

  constructor(private readonly src: string) {
    this.n = src.length;
    if (scratchOut.length >= this.n + 16) {
      this.out = scratchOut;
      this.map = scratchMap;
    } else {
      this.out = new Uint16Array(this.n + 16);
      this.map = new Int32Array(this.n + 17);
      keepScratch(this.out, this.map);
    }
  }

  /**
   * True when the o, u or q at `i` opens no pair for the tone fold: a plain character follows (no toned
   * vowel, no "u", no removed character, no combining mark after either), so it is copied as it is, like
   * any simple character. Most o and u of a Vietnamese text ("công", "người", "cho ") pass.
   */
  private isLoneGlide(i: number): boolean {
    const { src, n } = this;
    if (i + 1 >= n) return true;
    const next = src.charCodeAt(i + 1);
    if (next >= 0xd800 || isRemovableChar(next) || (classify(next) & (JOINER | PAIR_SECOND)) !== 0) return false;
    if (i + 2 >= n) return true;
    const after = src.charCodeAt(i + 2);
    return after < 0x300 || (after < 0xd800 && (classify(after) & JOINER) === 0);
  }

  private cpAt(i: number): number {
    return this.src.codePointAt(i) as number;
  }

  private isJoinerAt(i: number): boolean {
    return i < this.n && (classify(this.cpAt(i)) & JOINER) !== 0;
  }

  /** A zero-width character or soft hyphen at `i` that is removed (no combining mark follows). */
  private isRemovedAt(i: number): boolean {
    return isRemovableChar(this.src.charCodeAt(i)) && !this.isJoinerAt(i + 1);
  }

  private skipRemoved(i: number): number {
    while (i < this.n && this.isRemovedAt(i)) i++;
    return i;
  }

  /** End of the cluster starting at `i`: one code point plus the joiners after it. */
  private clusterEnd(i: number): number {
    let j = i + (this.cpAt(i) > 0xffff ? 2 : 1);
    while (j < this.n) {
      const cp = this.cpAt(j);
      if ((classify(cp) & JOINER) === 0) break;
      j += cp > 0xffff ? 2 : 1;
    }
    return j;
  }

  /** The single NFC code unit of cluster [i, j), or -1 when NFC gives anything else. */
  private clusterUnit(i: number, j: number): number {
    const c = this.src.charCodeAt(i);
    if (j === i + 1) return (classify(c) & STABLE) !== 0 ? c : -1;
    const s = this.src.slice(i, j).normalize('NFC');
    return s.length === 1 ? s.charCodeAt(0) : -1;
  }

  private groupStart(i: number): number {
    const start = this.pending >= 0 ? this.pending : i;
    this.pending = -1;
    return start;
  }

  private ensure(extra: number): void {
    if (this.len + extra + 1 <= this.out.length) return;
    const size = Math.max(this.out.length * 2, this.len + extra + 16);
    const out = new Uint16Array(size);
    out.set(this.out.subarray(0, this.len));
    this.out = out;
    const map = new Int32Array(size + 1);
    map.set(this.map.subarray(0, this.len));
    this.map = map;
    keepScratch(out, map);
  }

  private emitUnit(u: number, start: number): void {
    this.ensure(1);
    this.out[this.len] = u;
    this.map[this.len++] = start;
  }

  /** Emits the NFC form of cluster [i, j) (a horizontal-space base becomes U+0020). */
  private emitCluster(i: number, j: number, start: number): void {
    const c = this.src.charCodeAt(i);
    if (j === i + 1 && (classify(c) & STABLE) !== 0) {
      this.emitUnit(c, start);
      return;
    }
    let s = this.src.slice(i, j);
    if (isHorizontalSpace(c)) s = ` ${s.slice(1)}`;
    s = s.normalize('NFC');
    this.ensure(s.length);
    for (let k = 0; k < s.length; k++) {
      this.out[this.len] = s.charCodeAt(k);
      this.map[this.len++] = start;
    }
  }

  run(): NormalizedText {
    const { src, n } = this;
    let i = 0;
    const cls = CLASS;
    while (i < n) {
      const c = src.charCodeAt(i);
      // Fast path: a character copied as it is, with no combining mark after it.
      let bits = cls[c] as number;
      if (bits === 0) bits = classify(c);
      if ((bits & SIMPLE) !== 0) {
        const next = i + 1 < n ? src.charCodeAt(i + 1) : 0;
        if (next < 0x300 || (next < 0xd800 && ((cls[next] || classify(next)) & JOINER) === 0)) {
          if (this.len + 2 > this.out.length) this.ensure(1);
          this.out[this.len] = c;
          this.map[this.len++] = this.pending >= 0 ? this.groupStart(i) : i;
          i++;
          continue;
        }
      }
      if ((bits & GLIDE) !== 0 && this.isLoneGlide(i)) {
        this.emitUnit(c, this.pending >= 0 ? this.groupStart(i) : i);
        i++;
        continue;
      }
      if (c === 0x0a) {
        this.emitUnit(0x0a, this.groupStart(i));
        i++;
      } else if (c === 0x0d) {
        this.emitUnit(0x0a, this.groupStart(i));
        i += src.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      } else if (isRemovableChar(c) && !this.isJoinerAt(i + 1)) {
        if (this.pending < 0) this.pending = i;
        i++;
      } else if (isHorizontalSpace(c) && !this.isJoinerAt(i + 1)) {
        i = this.spaceRun(i);
      } else {
        i = this.cluster(i);
      }
    }
    this.ensure(0);
    this.map[this.len] = n;
    return { text: this.text(), source: src, map: this.map.slice(0, this.len + 1) };
  }

  /** A run of horizontal spaces (and removed characters) starting at `i`. */
  private spaceRun(i: number): number {
    const { src, n } = this;
    let j = i + 1;
    while (j < n) {
      const c = src.charCodeAt(j);
      if ((isHorizontalSpace(c) || isRemovableChar(c)) && !this.isJoinerAt(j + 1)) j++;
      else break;
    }
    const start = this.groupStart(i);
    const next = j < n ? src.charCodeAt(j) : -1;
    if (next === 0x0a || next === 0x0d) {
      // Trailing spaces: they and the line break are one group.
      this.emitUnit(0x0a, start);
      return j + (next === 0x0d && src.charCodeAt(j + 1) === 0x0a ? 2 : 1);
    }
    this.emitUnit(0x20, start);
    return j;
  }

  /** A cluster starting at `i`, with the tone-fold look-ahead for o, u and q. */
  private cluster(i: number): number {
    const j = this.clusterEnd(i);
    const u = this.clusterUnit(i, j);
    if (u === LOWER_O || u === UPPER_O || u === LOWER_U || u === UPPER_U) {
      const end = this.glide(i, j, u);
      if (end > 0) return end;
    } else if (u === LOWER_Q || u === UPPER_Q) {
      const end = this.qu(i, j);
      if (end > 0) return end;
    }
    this.emitCluster(i, j, this.groupStart(i));
    return j;
  }

  /** Glide o/u at [i, j) followed by a toned final vowel: fold or keep. Returns 0 when no pair. */
  private glide(i: number, j: number, glide: number): number {
    const p = this.skipRemoved(j);
    if (p >= this.n) return 0;
    const k = this.clusterEnd(p);
    const v = this.clusterUnit(p, k);
    const info = (glide === LOWER_O || glide === UPPER_O ? TONED_AFTER_O : TONED_AFTER_U).get(v);
    if (info === undefined) return 0;
    const start = this.groupStart(i);
    const r = this.skipRemoved(k);
    if (r < this.n && (classify(this.cpAt(r)) & LETTER_BIT) !== 0) {
      // The syllable goes on ("hoàn"): no fold. The next cluster joins the group, so that no
      // slice can end between the pair and the letter that decided it.
      this.emitUnit(glide, start);
      this.emitUnit(v, start);
      const r2 = this.clusterEnd(r);
      this.emitCluster(r, r2, start);
      return r2;
    }
    this.emitUnit(TONED_GLIDE.get((glide << 3) | (info >> 16)) as number, start);
    this.emitUnit(info & 0xffff, start);
    return k;
  }

  /** "qu" + toned y ("quý"): never folded; one group. Returns 0 when the pattern is absent. */
  private qu(i: number, j: number): number {
    const p = this.skipRemoved(j);
    if (p >= this.n) return 0;
    const k = this.clusterEnd(p);
    const u = this.clusterUnit(p, k);
    if (u !== LOWER_U && u !== UPPER_U) return 0;
    const p2 = this.skipRemoved(k);
    if (p2 >= this.n) return 0;
    const k2 = this.clusterEnd(p2);
    const y = this.clusterUnit(p2, k2);
    if (!TONED_AFTER_U.has(y)) return 0;
    const start = this.groupStart(i);
    this.emitUnit(this.src.charCodeAt(i), start);
    this.emitUnit(u, start);
    this.emitUnit(y, start);
    return k2;
  }

  private text(): string {
    const units = this.out.subarray(0, this.len);
    // UTF-16 code units in machine order (little-endian on every platform Node runs on) decode natively;
    // a text with a lone surrogate, which the decoder refuses, is built code unit by code unit.
    if (LITTLE_ENDIAN) {
      try {
        return UTF16LE.decode(units);
      } catch {
        // a lone surrogate
      }
    }
    const parts: string[] = [];
    const CHUNK = 8192;
    for (let s = 0; s < this.len; s += CHUNK) {
      parts.push(
        String.fromCharCode.apply(null, units.subarray(s, Math.min(s + CHUNK, this.len)) as unknown as number[]),
      );
    }
    return parts.join('');
  }
}

const UTF16LE = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }); // (ignoreBOM: a leading U+FEFF is kept)
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Normalizes decoded text (NFC, spaces, line breaks, zero-width characters, tone placement)
 * and records for every output code unit where it came from in the source.
 *
 * @example
 * const norm = normalize('Uỷ ban\u00a0nhân dân\r\n');
 * norm.text // → 'Ủy ban nhân dân\n'
 * toSourceSpan(norm, 7, 15) // → [7, 15] ('nhân dân' in the source)
 */
export function normalize(source: string): NormalizedText {
  return new Normalizer(source).run();
}

/**
 * Maps a normalized span `[start, end)` back to the source text. Offsets are clamped to the text.
 *
 * @example
 * const norm = normalize('a\u200Bb  c');
 * norm.text // → 'ab c'
 * toSourceSpan(norm, 1, 4) // → [1, 6] ('\u200Bb  c': removed characters go with the group after them)
 */
export function toSourceSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  const last = norm.map.length - 1;
  const s = Math.min(Math.max(start, 0), last);
  const e = Math.min(Math.max(end, s), last);
  return [norm.map[s] as number, norm.map[e] as number];
}

/**
 * Widens a normalized span `[start, end)` to whole normalization groups, so that it maps back to the source
 * exactly: a span that ends inside a group (a number before a combining mark, "%\u0301") takes the whole group.
 * Returns the widened normalized span; `toSourceSpan` of it gives the source offsets.
 *
 * @example
 * const norm = normalize('50%\u0301');
 * widenToGroups(norm, 0, 3) // → [0, 4] when the mark forms one group with "%"
 */
export function widenToGroups(norm: NormalizedText, start: number, end: number): [number, number] {
  const map = norm.map;
  const length = norm.text.length;
  let from = start;
  let to = end;
  while (from > 0 && map[from] === map[from - 1]) from--;
  while (to < length && map[to] === map[to - 1]) to++;
  return [from, to];
}
