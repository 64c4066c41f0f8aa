import type { AnalyzedDocument, Sentence } from '@vnpr/core';
import { withChecks } from '../checks/index.js';
import type { Extractor, VnprRecord } from '../contract.js';
import { documentRecord } from '../document/index.js';
import { withUnits } from '../units/index.js';
import { checkFields, checkShape } from './check.js';
import { ClaimTable } from './claims.js';
import { cueIndexFor } from './cue-index.js';
import { Diagnostics } from './diagnostics.js';
import { type Accepted, inLead, inTextOrder, withoutLeadRepeats, withoutRepeats } from './repeats.js';
import { toRecord } from './spans.js';
import { propose, SentenceInputs } from './visit.js';

export type { Diagnostic, DiagnosticCode } from './diagnostics.js';
export { cuePattern, hitsCue } from './visit.js';

/**
 * The resolver: everything between the extractors and the records, as named steps in the order they run.
 *
 * First, `CueIndex.hitsOf`: one scan of the text for the cue words of all extractors tells which content
 * sentences each extractor will see. Then for each extractor, by priority:
 *   1. `propose`      the extractor reads the document (sentence form: each content sentence that holds a cue)
 *   2. `checkShape`   a candidate has start, end, fields and its sentence
 *   3. content only   a candidate in site chrome, a caption or a repeated paragraph is dropped
 *   4. claims         a candidate that needs a number an earlier extractor took is dropped
 *   5. `checkFields`  the schema, JSON-safe values, no common field set
 *   6. `toRecord`     the span mapped to the decoded source, with its quote and sentence
 *   7. claim          the record's numbers are its own from now on
 * Then, over all records:
 *   8. `inTextOrder`         records in the order of their evidence
 *   9. `withoutLeadRepeats`  a headline or caption figure the body reports goes
 *  10. `withoutRepeats`      the same record twice (a paragraph repeated) is kept once
 *  11. `documentRecord`      the `document` record first, with every diagnostic in its `warnings`
 *  12. `withUnits`           each record with an organization gets its canonical unit
 *  13. `withChecks`          `check` records after the records they concern (unless `only` leaves them out)
 */
export function resolve(
  doc: AnalyzedDocument,
  extractors: readonly Extractor[],
  options: { publishedAt: string | null; withChecks: boolean; diagnostics: Diagnostics },
): VnprRecord[] {
  const { diagnostics } = options;
  const claims = new ClaimTable(doc.text.length);
  const inputs = new SentenceInputs(doc, options.publishedAt ?? doc.metadata.publishedAt, claims);
  const accepted: Accepted[] = [];
  // One scan of the text for the cues of all extractors: which sentences each extractor will see.
  const hits = cueIndexFor(extractors)?.hitsOf(doc) ?? null;
  // Plain loops here: V8 compiles this function for the kinds of arrays it has met, and an empty list (no
  // claims, no records kept) is another kind than one of objects; met late in a run, it made V8 compile it again.
  for (let position = 0; position < extractors.length; position++) {
    const extractor = extractors[position] as Extractor;
    const owner = position + 1;
    const bit = 1 << position;
    const sees = hits ? (s: Sentence) => ((hits[s.index] ?? 0) & bit) !== 0 : undefined;
    for (const proposal of propose(doc, extractor, owner, inputs, diagnostics, sees)) {
      if (!checkShape(proposal, diagnostics)) continue;
      const c = proposal.candidate;
      if (c.sentence.skip) continue;
      const taken = c.claims;
      if (taken && claims.anyTakenByOther(taken, owner)) continue;
      const checked = checkFields(proposal, diagnostics);
      if (!checked) continue;
      const record = toRecord(doc, checked, diagnostics);
      if (!record) continue;
      if (taken) for (const k of taken) claims.claim(k.start, k.end, owner);
      const key = `${extractor.id}\u0000${JSON.stringify(checked.fields)}`;
      accepted.push({ record, start: c.start, key, lead: inLead(doc, extractor.id, c.sentence, c.start) });
    }
  }
  const kept = withoutRepeats(withoutLeadRepeats(inTextOrder(accepted)));
  const warnings = diagnostics.list.map((d) => d.message);
  const all: VnprRecord[] = [documentRecord(doc, options.publishedAt, warnings)];
  for (const a of kept) all.push(a.record);
  const records = withUnits(all);
  return options.withChecks ? withChecks(records) : records;
}

export { Diagnostics };
