#!/usr/bin/env node
// How many (sentence, extractor) pairs the extractors look at on the benchmark set: without cues (every
// extractor reads every content sentence, as before cues were declared) and with them (a sentence-form
// extractor reads the content sentences holding one of its cues; a document-form extractor with cues runs only
// on documents where one does, and then counts all content sentences). Reads ../shared/bench like `pnpm bench`;
// exits 0 with a note when the set is absent.
//   node scripts/bench-visits.mjs [corpus.jsonl.gz] [--limit N]
import { createReadStream, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const LIMIT = limitAt >= 0 ? Number(args[limitAt + 1]) : Number.POSITIVE_INFINITY;
const CORPUS =
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit') ??
  resolve(ROOT, '../shared/bench/vntc-chinhtri.jsonl.gz');
if (!existsSync(CORPUS)) {
  process.stderr.write(`bench-visits: ${CORPUS} not found (the benchmark set is not shipped); nothing to count\n`);
  process.exit(0);
}
const { analyze } = await import(resolve(ROOT, 'packages/core/dist/index.js'));
const { builtinExtractors } = await import(resolve(ROOT, 'packages/extractors/dist/index.js'));
const { CueIndex } = await import(resolve(ROOT, 'packages/extractors/dist/resolver/cue-index.js'));

const index = new CueIndex(builtinExtractors);
const per = new Map(builtinExtractors.map((e) => [e.id, { before: 0, after: 0 }]));
let docs = 0;
let sentences = 0;
const input = createReadStream(CORPUS);
const lines = createInterface({
  input: CORPUS.endsWith('.gz') ? input.pipe(createGunzip()) : input,
  crlfDelay: Number.POSITIVE_INFINITY,
});
for await (const line of lines) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line);
  let doc;
  try {
    doc = analyze(text, { id });
  } catch {
    continue;
  }
  const content = doc.sentences.filter((s) => !s.skip);
  const hits = index.hitsOf(doc);
  docs++;
  sentences += content.length;
  for (const [i, e] of builtinExtractors.entries()) {
    const count = per.get(e.id);
    count.before += content.length;
    const seen = content.filter((s) => (hits[s.index] & (1 << i)) !== 0).length;
    count.after += e.fromSentence ? seen : seen > 0 || !e.cues?.length ? content.length : 0;
  }
  if (docs >= LIMIT) break;
}
const total = { before: 0, after: 0 };
const rows = [...per].map(([id, { before, after }]) => {
  total.before += before;
  total.after += after;
  const form = builtinExtractors.find((e) => e.id === id).fromSentence ? 'sentence' : 'document';
  return `| ${id} | ${form} | ${before.toLocaleString('en')} | ${after.toLocaleString('en')} | ${((100 * after) / before).toFixed(1)}% |`;
});
process.stdout.write(
  [
    `${docs.toLocaleString('en')} documents, ${sentences.toLocaleString('en')} content sentences`,
    '',
    '| extractor | form | pairs without cues | pairs with cues | share |',
    '|---|---|---:|---:|---:|',
    ...rows,
    `| all | | ${total.before.toLocaleString('en')} | ${total.after.toLocaleString('en')} | ${((100 * total.after) / total.before).toFixed(1)}% |`,
    '',
  ].join('\n'),
);
