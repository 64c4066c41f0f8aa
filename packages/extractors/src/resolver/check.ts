import type { Candidate } from '../contract.js';
import type { Diagnostics } from './diagnostics.js';
import type { Proposal } from './visit.js';
import { describe } from './visit.js';

/** The fields every record carries, which the framework sets and an extractor's fields never override. */
export const FRAMEWORK_FIELDS = ['type', 'docId', 'span', 'quote', 'sentence'] as const;

/** A proposal the checks let through, with its fields as the schema parsed them. */
export interface Checked extends Proposal {
  fields: Record<string, unknown>;
}

/** Whether a candidate has the shape of one (start, end, fields, sentence); a diagnostic when it has not. */
export function checkShape(p: Proposal, diagnostics: Diagnostics): boolean {
  const shape = candidateProblem(p.candidate);
  if (shape) {
    diagnostics.add(p.extractor.id, 'malformed-candidate', `extractor ${p.extractor.id} proposed ${shape}: dropped`);
  }
  return shape === null;
}

/**
 * The checks of a candidate's fields, in order: the schema, then whether JSON, CSV and Excel can hold them,
 * then whether they set a common field (ignored, with a diagnostic). Null when it is dropped.
 */
export function checkFields(p: Proposal, diagnostics: Diagnostics): Checked | null {
  const { extractor, candidate } = p;
  const span: [number, number] = [candidate.start, candidate.end];
  const parsed = extractor.schema.safeParse(candidate.fields);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'schema';
    diagnostics.add(
      extractor.id,
      'invalid-record',
      `extractor ${extractor.id} produced an invalid record: ${message}`,
      span,
    );
    return null;
  }
  const fields = parsed.data as Record<string, unknown>;
  const unsafe = unserializable(fields);
  if (unsafe) {
    diagnostics.add(
      extractor.id,
      'unserializable',
      `extractor ${extractor.id} produced a record with ${unsafe}: dropped`,
      span,
    );
    return null;
  }
  const taken = FRAMEWORK_FIELDS.filter((k) => Object.hasOwn(fields, k));
  if (taken.length > 0) {
    diagnostics.add(
      extractor.id,
      'framework-field',
      `extractor ${extractor.id} set ${taken.map((k) => JSON.stringify(k)).join(', ')}, which the framework sets: ignored`,
      span,
    );
  }
  return { ...p, fields };
}

/** What a candidate lacks to be read at all, or null when it has the shape of one. */
export function candidateProblem(c: unknown): string | null {
  if (c === null || typeof c !== 'object') return `${describe(c)} as a candidate`;
  const { fields, start, end, sentence } = c as Partial<Candidate<unknown>>;
  if (typeof start !== 'number' || typeof end !== 'number') return 'a candidate without numeric start and end';
  if (sentence === null || typeof sentence !== 'object' || typeof sentence.index !== 'number')
    return 'a candidate without its sentence';
  if (fields === null || typeof fields !== 'object') return 'a candidate without fields';
  return null;
}

/** Names a value that JSON, CSV and Excel cannot hold (a BigInt, a function, a symbol, NaN), or null. */
export function unserializable(value: unknown, path = 'fields', depth = 0): string | null {
  // The path to the value ("fields.values[2].value") is written only for the message, when there is one.
  const steps: (string | number)[] = [];
  const problem = problemIn(value, depth, steps);
  if (problem === null) return null;
  const where = steps.reduceRight<string>(
    (at, step) => (typeof step === 'number' ? `${at}[${step}]` : `${at}.${step}`),
    path,
  );
  return problem.replace('\u0000', where);
}

/** What `unserializable` finds, with `\u0000` for the path; the steps to it, innermost first, in `steps`. */
function problemIn(value: unknown, depth: number, steps: (string | number)[]): string | null {
  if (depth > 20) return 'fields nested deeper than 20 levels (\u0000)';
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'a non-finite number at \u0000';
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol' || value === undefined)
    return `a ${typeof value} at \u0000`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = problemIn(value[i], depth + 1, steps);
      if (problem) {
        steps.push(i);
        return problem;
      }
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return `a ${proto?.constructor?.name ?? 'class'} object at \u0000`;
  for (const k in value as Record<string, unknown>) {
    if (!Object.hasOwn(value as object, k)) continue;
    const item = (value as Record<string, unknown>)[k];
    // An optional field left undefined is absent, as JSON writes it.
    if (item === undefined) continue;
    const problem = problemIn(item, depth + 1, steps);
    if (problem) {
      steps.push(k);
      return problem;
    }
  }
  return null;
}
