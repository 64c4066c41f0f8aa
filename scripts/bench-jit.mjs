#!/usr/bin/env node
// The bench's warm-up rows: what a fresh V8 isolate pays before the extraction runs at full speed.
//
//   node --trace-opt --trace-deopt scripts/bench-jit.mjs <extractors dist index.js> <corpus.jsonl.gz>
//
// Reads the whole corpus into memory, then runs `extract(text, { id })` over it twice in this one thread. The
// first pass is what a worker of `vnpr extract` does; the second runs on code V8 has already optimized, so the
// difference is the warm-up: optimizing compiles (TurboFan runs them on background threads, which is why the
// process CPU exceeds the thread's wall time), recompiles after deoptimizations, and the slower code run until
// then. With the trace flags, V8 writes a line per finished compile and per deoptimization to stdout; this
// script writes `@@pass <n> <json>` after each pass, and scripts/bench.mjs counts the lines between them.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

const [extractorsPath, corpus] = process.argv.slice(2);
if (!extractorsPath || !corpus) {
  process.stderr.write(
    'usage: node --trace-opt --trace-deopt scripts/bench-jit.mjs <extractors index.js> <corpus.jsonl.gz>\n',
  );
  process.exit(2);
}
const { extract } = await import(extractorsPath);

const documents = [];
const input = createReadStream(corpus).pipe(createGunzip());
for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line);
  documents.push({ id: String(doc.id), text: String(doc.text ?? '') });
}

for (const pass of [1, 2]) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let records = 0;
  for (const { id, text } of documents) {
    try {
      records += extract(text, { id }).length;
    } catch {
      // An empty or undecodable text: the CLI makes it an error record; here it only counts as read.
    }
  }
  const used = process.cpuUsage(cpu);
  const result = {
    documents: documents.length,
    records,
    wall: (performance.now() - started) / 1000,
    cpu: (used.user + used.system) / 1e6,
  };
  process.stdout.write(`\n@@pass ${pass} ${JSON.stringify(result)}\n`);
}
