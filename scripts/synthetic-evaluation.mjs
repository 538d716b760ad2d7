#!/usr/bin/env node
// Writes realistic synthetic evaluation events for a fictional trust, one JSON object a line: never real data.
//
//   node scripts/synthetic-evaluation.mjs --n 100000 --seed 7 [--year 2026] [--dimensions] > events.jsonl
//
// With --dimensions each line carries the fictional trust's directorate and staff group, declared in
// `--write-dimensions dims.json` (written when asked).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { syntheticDimensions, syntheticLines } from './synthetic-evaluation-lib.mjs';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, year: { type: 'string', default: '2026' },
    dimensions: { type: 'boolean', default: false }, 'write-dimensions': { type: 'string' } },
});
const n = Number(values.n);
const seed = Number(values.seed);
if (!Number.isSafeInteger(n) || n < 0 || !Number.isSafeInteger(seed)) {
  process.stderr.write('Usage: node scripts/synthetic-evaluation.mjs --n N --seed S [--year YYYY] [--dimensions] [--write-dimensions dims.json]\n');
  process.exit(2);
}
if (values['write-dimensions']) writeFileSync(values['write-dimensions'], `${JSON.stringify(syntheticDimensions, null, 2)}\n`);
let chunk = '';
for (const line of syntheticLines({ n, seed, year: Number(values.year), dimensions: values.dimensions })) {
  chunk += `${line}\n`;
  if (chunk.length > 1 << 16) {
    if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    chunk = '';
  }
}
process.stdout.write(chunk);
