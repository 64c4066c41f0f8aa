import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineExtractor } from './contract.js';
import { fieldsOf, recordFields } from './fields.js';
import { builtinExtractors } from './registry.js';
import { UNIT_FIELDS, UNIT_TYPES } from './units/index.js';

describe('recordFields, derived from the schemas', () => {
  it('lists the document first, every built-in extractor, then check and error', () => {
    const types = Object.keys(recordFields);
    expect(types[0]).toBe('document');
    expect(types.slice(-2)).toEqual(['check', 'error']);
    expect(new Set(types)).toEqual(new Set(['document', ...builtinExtractors.map((e) => e.id), 'check', 'error']));
  });

  it('keeps the contract order of membership and adds the unit fields after an organization', () => {
    expect(recordFields.membership).toEqual([
      'organization',
      'action',
      'count',
      'target',
      'percentOfTarget',
      'period',
      ...UNIT_FIELDS,
    ]);
    expect(recordFields.reference).not.toContain('unitId');
  });

  it('gives the unit fields to the document and to each type whose schema has an organization', () => {
    const withUnit = Object.keys(recordFields).filter((t) => recordFields[t]?.includes('unitId'));
    const withOrganization = builtinExtractors.filter((e) => fieldsOf(e)?.includes('organization')).map((e) => e.id);
    expect(new Set(withUnit)).toEqual(new Set(['document', ...withOrganization]));
    // The built-in list UNIT_TYPES (public) names them; a new extractor need not be added to it.
    for (const t of UNIT_TYPES) expect(withUnit).toContain(t);
  });

  it("reads a plugin's columns from its schema, and none from a schema that is not an object", () => {
    const meeting = defineExtractor({
      id: 'meeting',
      schema: z.object({ organization: z.string(), count: z.number() }),
      cues: ['hội nghị'],
      fromSentence: () => [],
    });
    expect(fieldsOf(meeting)).toEqual(['organization', 'count', ...UNIT_FIELDS]);
    expect(fieldsOf({ schema: z.string() })).toBeNull();
  });
});
