import { checkSchema } from './checks/schema.js';
import type { Extractor } from './contract.js';
import { builtinExtractors } from './registry.js';
import { UNIT_FIELDS } from './units/index.js';

/** The `document` record's own fields, in column order (it is made by the framework, not by a schema). */
const DOCUMENT_FIELDS = [
  'title',
  'publishedAt',
  'source',
  'author',
  'organization',
  'province',
  'provinceCode',
  'province2025',
  'chars',
  'encoding',
  'warnings',
  ...UNIT_FIELDS,
];

/** The order of the built-in sheets; an extractor not named here follows, in the registry's order. */
const SHEET_ORDER = ['event', 'official', 'membership', 'rating', 'target', 'reference', 'orgStat', 'participation'];

/**
 * An extractor's columns: its schema's fields in their order, then the unit fields when it has an
 * `organization` (the framework resolves its unit). Null for a schema that is not a zod object.
 */
export function fieldsOf(extractor: Pick<Extractor, 'schema'>): string[] | null {
  const shape = (extractor.schema as { shape?: Record<string, unknown> }).shape;
  if (!shape || typeof shape !== 'object') return null;
  const own = Object.keys(shape);
  return own.includes('organization') ? [...own, ...UNIT_FIELDS] : own;
}

function builtinFields(): Record<string, string[]> {
  const ordered = [...builtinExtractors].sort((a, b) => rank(a.id) - rank(b.id));
  const out: Record<string, string[]> = { document: DOCUMENT_FIELDS };
  for (const e of ordered) out[e.id] = fieldsOf(e) ?? [];
  out.check = Object.keys(checkSchema.shape);
  out.error = ['code', 'message'];
  return out;
}

function rank(id: string): number {
  const at = SHEET_ORDER.indexOf(id);
  return at === -1 ? SHEET_ORDER.length + builtinExtractors.findIndex((e) => e.id === id) : at;
}

/**
 * The contract's own fields per record type, in column order (the common fields are not listed): derived from
 * each extractor's schema, so that a new extractor needs no line here.
 */
export const recordFields: Record<string, string[]> = builtinFields();
