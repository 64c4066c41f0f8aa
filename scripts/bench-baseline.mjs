#!/usr/bin/env node
// The bench's baseline: the least work any tool of this kind does. One process reads the .jsonl.gz
// line by line, NFC-normalizes each text and runs one sentence regex and one number regex over it.
// Usage: node scripts/bench-baseline.mjs <corpus.jsonl.gz>; prints "<documents> <sentences> <numbers>".
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

const SENTENCE = /[^.!?\n]+[.!?]*/gu;
const NUMBER = /\d+(?:[.,]\d+)*/gu;

let documents = 0;
let sentences = 0;
let numbers = 0;
const input = createReadStream(process.argv[2]).pipe(createGunzip());
for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
  if (!line.trim()) continue;
  const text = String(JSON.parse(line).text ?? '').normalize('NFC');
  documents++;
  for (const _ of text.matchAll(SENTENCE)) sentences++;
  for (const _ of text.matchAll(NUMBER)) numbers++;
}
process.stdout.write(`${documents} ${sentences} ${numbers}\n`);
