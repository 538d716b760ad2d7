#!/usr/bin/env node
// npm run bench:evaluation: the streaming aggregation against a floor (reading the same lines and JSON.parse,
// nothing else), at 100,000 and 1,000,000 synthetic events, and docs/evaluation.sql in DuckDB on the same
// 1,000,000 events with its numbers compared to the JavaScript's. Prints a Markdown table for docs/performance.md.
//   node bench/evaluation/run.mjs [--runs 3] [--n 1000000]
// The events are written to a temporary folder and removed at the end.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { syntheticDimensions, syntheticLines } from '../../scripts/synthetic-evaluation-lib.mjs';
import { aggregateLines, parseDimensions, publishable, publishedCells } from '../../src/evaluation/index.js';
import { loadEvents } from '../../src/evaluation/duckdb-load.test-helper.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, n: { type: 'string', default: '1000000' } } });
const runs = Number(values.runs);
const big = Number(values.n);
const dir = mkdtempSync(join(os.tmpdir(), 'wcg-bench-eval-'));
const worker = new URL('./worker.mjs', import.meta.url).pathname;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function writeEvents(n) {
  const file = join(dir, `events-${n}.jsonl`);
  const out = createWriteStream(file);
  let chunk = '';
  for (const line of syntheticLines({ n, seed: 2026, dimensions: true })) {
    chunk += `${line}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
      chunk = '';
    }
  }
  await new Promise((r) => out.end(chunk, r));
  return file;
}

try {
  const dims = join(dir, 'dims.json');
  writeFileSync(dims, JSON.stringify(syntheticDimensions));
  const rows = [];
  for (const n of [100_000, big]) {
    const file = await writeEvents(n);
    const result = { floor: [], aggregate: [] };
    // Interleaved, so a busy moment on the machine falls on both.
    for (let i = 0; i < runs; i++) {
      for (const mode of ['floor', 'aggregate']) result[mode].push(JSON.parse(execFileSync(process.execPath, [worker, mode, file, dims], { encoding: 'utf8' })));
    }
    const floorS = median(result.floor.map((r) => r.cpuSeconds));
    const aggS = median(result.aggregate.map((r) => r.cpuSeconds));
    const floorWall = median(result.floor.map((r) => r.seconds));
    const aggWall = median(result.aggregate.map((r) => r.seconds));
    rows.push({ n, bytes: readFileSync(file).length, floorS, aggS, floorWall, aggWall, floorRss: median(result.floor.map((r) => r.maxRssMiB)), aggRss: median(result.aggregate.map((r) => r.maxRssMiB)) });
    if (n === big) {
      const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
      const dimensions = /** @type {any} */ (parseDimensions(syntheticDimensions)).value;
      const expected = publishedCells(publishable(aggregateLines(lines, dimensions)));
      const connection = await (await DuckDBInstance.create(':memory:')).connect();
      await loadEvents(connection, dir, lines, dimensions);
      const t0 = performance.now();
      const reader = await connection.runAndReadAll(readFileSync(new URL('../../docs/evaluation.sql', import.meta.url), 'utf8'));
      const sqlS = (performance.now() - t0) / 1000;
      const actual = reader.getRows().map(([tbl, r, c, v]) => [tbl, r, c, v === null ? null : Number(v)]);
      const same = JSON.stringify(actual) === JSON.stringify(expected);
      rows.at(-1).duckdb = { seconds: sqlS, cells: actual.length, same };
      connection.closeSync();
    }
  }
  const fmt = (x) => x.toLocaleString('en-GB', { maximumFractionDigits: 0 });
  const lines = [
    `Machine: ${os.cpus().length} × ${os.cpus()[0].model}, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at the end;`,
    `median of ${runs} interleaved runs, each a fresh process. Times are CPU seconds (user + system) of the process; wall seconds in brackets.`,
    '',
    '| events | file | floor: read + JSON.parse | aggregate + publish | ratio to floor | peak RSS floor | peak RSS aggregate |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${fmt(r.n)} | ${(r.bytes / 1048576).toFixed(0)} MiB | ${r.floorS.toFixed(2)} s (${r.floorWall.toFixed(2)}); ${fmt(r.n / r.floorS)} events/s | ${r.aggS.toFixed(2)} s (${r.aggWall.toFixed(2)}); ${fmt(r.n / r.aggS)} events/s | ${(r.aggS / r.floorS).toFixed(2)}× | ${r.floorRss} MiB | ${r.aggRss} MiB |`),
  ];
  const duck = rows.at(-1).duckdb;
  lines.push('', `docs/evaluation.sql in DuckDB on the ${fmt(big)} events (tables already loaded): ${duck.seconds.toFixed(2)} s, ${duck.cells} published numbers, ${duck.same ? 'identical to' : 'DIFFERENT FROM'} the JavaScript's.`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (!duck.same) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
