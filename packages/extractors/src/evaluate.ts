import { foldTone } from '@vnpr/core';

/** Precision, recall and F1 of one record type. */
export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  perType: Record<string, TypeScore>;
  micro: TypeScore;
  /** Document fields (publishedAt, source, author, province, title) right / checked. */
  documentFields: { right: number; all: number };
  /** One line per missed gold record ("miss …") and per unmatched prediction ("extra …"). */
  misses: string[];
}

type Rec = Record<string, unknown>;

const text = (v: unknown) =>
  foldTone(String(v ?? '').normalize('NFC'))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
const docKey = (id: unknown) => text(id).split('/').pop() ?? '';
const num = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= Math.max(0.011, Math.abs(b) * 1e-9);
const datePrefix = (pred: unknown, gold: unknown) =>
  typeof pred === 'string' && typeof gold === 'string' && pred.startsWith(gold);
const symbol = (s: unknown) => text(s).replace(/\s+/g, '').replace(/đ/g, 'd');
/** Optional gold field: absent means "any value". */
const opt = (g: Rec, p: Rec, k: string) => g[k] === undefined || num(p[k], g[k]);

/** Coarse classes of the units reports rate and count, so "TCCS Đảng" and "tổ chức cơ sở đảng" agree. */
function entityClass(s: unknown): string {
  const t = text(s);
  if (/dưới cơ sở/.test(t)) return 'party-unit-below-grassroots';
  if (/bộ phận/.test(t)) return 'partial-committee';
  if (/tập thể/.test(t)) return 'leadership-collective';
  if (/tccs|tổ chức cơ sở|cơ sở đảng|tổ chức đảng/.test(t)) return 'grassroots-organization';
  if (/đảng viên/.test(t)) return 'member';
  if (/chi bộ/.test(t)) return 'cell';
  return t;
}

function targetNumbers(p: Rec): number[] {
  const out: number[] = [];
  for (const v of (p.values as Rec[] | undefined) ?? []) {
    for (const k of ['value', 'min', 'max']) if (typeof v?.[k] === 'number') out.push(v[k] as number);
  }
  return out;
}

/**
 * When a predicted record satisfies a gold record of the same type and document. Gold records list only
 * the fields the annotator pinned; a field left out matches anything.
 */
const MATCHERS: Record<string, (g: Rec, p: Rec) => boolean> = {
  event: (g, p) => datePrefix(p.date, g.date),
  official: (g, p) => text(p.name) === text(g.name),
  rating: (g, p) =>
    p.level === g.level &&
    entityClass(p.subject) === entityClass(g.subject) &&
    opt(g, p, 'count') &&
    opt(g, p, 'percent') &&
    opt(g, p, 'total'),
  membership: (g, p) =>
    text(p.action) === text(g.action) && num(p.count, g.count) && opt(g, p, 'target') && opt(g, p, 'percentOfTarget'),
  orgStat: (g, p) => entityClass(p.entity) === entityClass(g.entity) && num(p.count, g.count),
  participation: (g, p) =>
    num(p.attended, g.attended) && opt(g, p, 'total') && opt(g, p, 'percent') && opt(g, p, 'sessions'),
  reference: (g, p) => {
    if (g.symbol) return symbol(p.symbol) === symbol(g.symbol) && (g.date === undefined || datePrefix(p.date, g.date));
    if (p.symbol) return false;
    if (text(p.kind) !== text(g.kind)) return false;
    if (g.term && text(p.term) !== text(g.term)) return false;
    if (g.name && !text(p.name).includes(text(g.name)) && !(p.name && text(g.name).includes(text(p.name))))
      return false;
    return true;
  },
  target: (g, p) => {
    if (p.index !== g.index) return false;
    const nums = targetNumbers(p);
    for (const k of ['value', 'min', 'max']) if (g[k] !== undefined && !nums.some((n) => num(n, g[k]))) return false;
    const values = (p.values as Rec[] | undefined) ?? [];
    return !g.comparator || values.some((v) => v?.comparator === g.comparator);
  },
  award: (g, p) => num(p.count, g.count) && (g.form === undefined || text(p.form) === text(g.form)),
  quantity: (g, p) => num(p.value, g.value),
};

/** Predictions the gold is exhaustive for, and so judged for precision. */
const JUDGED: Record<string, (p: Rec) => boolean> = {
  event: (p) => typeof p.date === 'string',
  rating: (p) => typeof p.level === 'string',
  reference: (p) => typeof p.symbol === 'string' && p.symbol.length > 0,
  target: (p) => p.index !== null && p.index !== undefined,
  quantity: () => false,
};

const DOCUMENT_FIELDS = ['publishedAt', 'source', 'author', 'province', 'title'];

function score(tp: number, fp: number, fn: number): TypeScore {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Scores predicted records against gold records, per type (see docs/evaluation.md for the matching rules).
 * Each gold record matches at most one prediction of its type and document; gold marked `optional` never
 * counts against recall, and the prediction it matches is not an extra.
 *
 * @example
 * evaluate([{ type: 'membership', docId: 'a.txt', action: 'kết nạp', count: 99 }], extract(text, { id: 'a.txt' })).micro.f1
 */
export function evaluate(gold: readonly Rec[], predicted: readonly Rec[]): Evaluation {
  const pool = new Map<string, { p: Rec; used: boolean }[]>();
  for (const p of predicted) {
    const key = `${p.type}\u0000${docKey(p.docId)}`;
    if (!pool.has(key)) pool.set(key, []);
    pool.get(key)!.push({ p, used: false });
  }
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  const row = (t: string) => (counts[t] ??= { tp: 0, fp: 0, fn: 0 });
  const misses: string[] = [];
  const documentFields = { right: 0, all: 0 };
  const goldDocs = new Set(gold.map((g) => docKey(g.docId)));

  for (const g of gold) {
    const type = String(g.type);
    const candidates = pool.get(`${type}\u0000${docKey(g.docId)}`) ?? [];
    if (type === 'document') {
      const p = candidates[0]?.p;
      for (const f of DOCUMENT_FIELDS) {
        if (!(f in g)) continue;
        documentFields.all++;
        const ok =
          g[f] === null
            ? !!p && (p[f] === null || p[f] === undefined)
            : !!p && (f === 'publishedAt' ? datePrefix(p[f], g[f]) : text(p[f]) === text(g[f]));
        if (ok) documentFields.right++;
        else
          misses.push(`document ${docKey(g.docId)} ${f}: want ${JSON.stringify(g[f])}, got ${JSON.stringify(p?.[f])}`);
      }
      continue;
    }
    const match = MATCHERS[type];
    if (!match) continue;
    const hit = candidates.find((c) => !c.used && match(g, c.p));
    if (g.optional) {
      if (hit) hit.used = true;
      continue;
    }
    if (hit) {
      hit.used = true;
      row(type).tp++;
    } else {
      row(type).fn++;
      const { type: _t, docId: _d, ...rest } = g;
      misses.push(`miss ${type} ${docKey(g.docId)} ${JSON.stringify(rest)}`);
    }
  }
  for (const [key, candidates] of pool) {
    const [type = '', doc = ''] = key.split('\u0000');
    if (!goldDocs.has(doc) || !MATCHERS[type]) continue;
    const judged = JUDGED[type] ?? (() => true);
    for (const c of candidates) {
      if (c.used || !judged(c.p)) continue;
      row(type).fp++;
      const { docId: _d, span: _s, sentence: _x, quote, type: _t, ...rest } = c.p;
      misses.push(`extra ${type} ${doc} ${JSON.stringify(rest).slice(0, 200)} ← "${String(quote).slice(0, 80)}"`);
    }
  }
  const perType: Record<string, TypeScore> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [t, c] of Object.entries(counts).sort()) {
    perType[t] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { perType, micro: score(tp, fp, fn), documentFields, misses };
}
