// One measured pass over an events file, in a process of its own so its peak memory is its own.
//   node bench/evaluation/worker.mjs floor|aggregate events.jsonl dims.json
// floor: read the lines and JSON.parse each, nothing else. aggregate: the real aggregation and publishing.
// Prints one JSON line: { events, seconds, cpuSeconds, maxRssMiB, heapUsedMiB }. CPU time (user + system) is
// what the ratio uses: on a shared machine the wall time also counts other people's work.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { addLine, createTotals, parseDimensions, publishable } from '../../src/evaluation/index.js';

const [mode, file, dimsFile] = process.argv.slice(2);
const dimensions = parseDimensions(JSON.parse(readFileSync(dimsFile, 'utf8')));
if (!dimensions.ok) throw new Error('bad dimensions file');
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
let events = 0;
let sink = 0;
const totals = createTotals(dimensions.value);
const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
if (mode === 'floor') {
  for await (const line of lines) {
    // Keep a value from every parse, so none can be optimised away.
    if (JSON.parse(line) !== null) sink++;
    events++;
  }
} else {
  for await (const line of lines) {
    addLine(totals, line);
    events++;
  }
  sink = Object.keys(publishable(totals).tables).length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mib = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
process.stdout.write(`${JSON.stringify({ events, sink, seconds, cpuSeconds, maxRssMiB: mib(process.resourceUsage().maxRSS * 1024), heapUsedMiB: mib(process.memoryUsage().heapUsed) })}\n`);
