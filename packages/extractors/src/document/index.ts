import { type AnalyzedDocument, toSourceSpan } from '@vnpr/core';
import type { VnprRecord } from '../contract.js';

/**
 * The `document` record: one per document, with the metadata read from the text. Its span is the
 * headline's (or empty when there is none).
 */
export function documentRecord(doc: AnalyzedDocument, publishedAt: string | null, problems: string[]): VnprRecord {
  const { metadata } = doc;
  let span: [number, number] = [0, 0];
  if (metadata.titleSpan) {
    span = toSourceSpan(doc.normalized, ...metadata.titleSpan);
  }
  return {
    type: 'document',
    docId: doc.id,
    span,
    quote: doc.source.slice(span[0], span[1]),
    sentence: metadata.title ?? '',
    title: metadata.title,
    publishedAt: publishedAt ?? metadata.publishedAt,
    source: metadata.source,
    author: metadata.author,
    organization: metadata.organization,
    province: metadata.province,
    provinceCode: metadata.provinceCode,
    province2025: metadata.province2025,
    chars: doc.source.length,
    encoding: doc.encoding,
    warnings: [...doc.warnings, ...problems],
  };
}
