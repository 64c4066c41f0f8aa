// The programmatic side of @vnpr/cli: the readers and writers the command line is built from.
export { findInputs, type InputFile } from './readers/find-inputs.js';
export { extractHtmlText } from './readers/html.js';
export { extractDocxText } from './readers/docx.js';
export { readDocumentFile } from './readers/read-document.js';
export { readJsonlDocuments, parseJsonlLine, type JsonlDocument } from './readers/jsonl.js';
export { compileGlob, splitGlob, isGlob } from './readers/glob.js';
export { createXlsxSink, type XlsxSinkOptions } from './writers/xlsx.js';
export { createCsvSink } from './writers/csv.js';
export { createJsonlSink } from './writers/jsonl.js';
export type { RecordSink } from './writers/sink.js';
export { getColumns, toRow, protectFormula, formatTargetValue } from './writers/columns.js';
export { parseSize } from './util/parse-size.js';
export { parseShard, hashFnv1a, isInShard } from './util/shard.js';
