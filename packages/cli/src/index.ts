// The programmatic side of @vnpr/cli: the readers and writers the command line is built from.

export { extractDocxText } from './readers/docx.js';
export { findInputs, type InputFile } from './readers/find-inputs.js';
export { compileGlob, isGlob, splitGlob } from './readers/glob.js';
export { extractHtmlText } from './readers/html.js';
export { type JsonlDocument, parseJsonlLine, readJsonlDocuments } from './readers/jsonl.js';
export { readDocumentFile } from './readers/read-document.js';
export {
  type ListedSource,
  listFileSources,
  listSources,
  type ReadableSource,
  readSourceInput,
  type Source,
  sourceOfJsonl,
  toSourceText,
} from './readers/source.js';
export { parseSize } from './util/parse-size.js';
export { hashFnv1a, isInShard, parseShard } from './util/shard.js';
export { formatTargetValue, getColumns, toRow } from './writers/columns.js';
export { createCsvSink, protectFormula } from './writers/csv.js';
export { createJsonlSink } from './writers/jsonl.js';
export type { RecordSink } from './writers/sink.js';
export { createXlsxSink, type XlsxSinkOptions } from './writers/xlsx.js';
