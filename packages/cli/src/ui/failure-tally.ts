import type { ExtractorFailure } from '../pool/tasks.js';
import { formatCount } from './progress.js';
import { escapeControl } from './stderr.js';

/**
 * Counts, per extractor, the documents it threw on, to say each one once at the end of a run (a plugin
 * that throws on every document is one line on stderr, not thousands).
 */
export class FailureTally {
  private readonly byId = new Map<string, { documents: number; first: string }>();

  /** Adds the failures of one document. */
  add(failures: readonly ExtractorFailure[]): void {
    for (const { id, message } of failures) {
      const entry = this.byId.get(id);
      if (entry) entry.documents++;
      else this.byId.set(id, { documents: 1, first: message });
    }
  }

  /** One line per extractor that threw, e.g. `vnpr: extractor "budget" threw on 3 documents (first: …)`. */
  format(): string {
    let out = '';
    for (const [id, { documents, first }] of this.byId) {
      const noun = documents === 1 ? 'document' : 'documents';
      out +=
        `vnpr: extractor "${id}" threw on ${formatCount(documents)} ${noun} (first: ${escapeControl(first)}); ` +
        `their other records are kept and each document record's warnings say so\n`;
    }
    return out;
  }
}
