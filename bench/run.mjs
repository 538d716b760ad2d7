#!/usr/bin/env node
// npm run bench: our <wcg-conversation>, SurveyJS showing the same script, and a bare Lit floor, measured
// side by side in one headless Chromium. Prints the table and writes bench/results.json.
//
//   npm run bench [-- --runs 15] [-- --walk 16] [-- --many 5] [-- --docs]
//
// --runs: loads of each page (interleaved, at least 15 for the published figures); --walk: stage changes
// per load; --many: how many of those runs also load 20 instances for the heap (the heap after a forced
// collection varies by well under 1% between runs, so a few suffice and the run stays short);
// --slow: loads of each page on an emulated slow connection (measure.mjs, `slowNetwork`);
// --docs: also puts the new table into the Benchmark section of docs/performance.md.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../scripts/browsers.mjs';
import { buildAll } from './build.mjs';
import { writeDocs } from './docs.mjs';
import { benchArgs, measureLoad, pages, slowNetwork } from './measure.mjs';
import { baselineLine, figures, machineLine, quantile, slowerSteps, steps, textTable } from './report.mjs';
import { fileFor, startStaticServer } from './server.mjs';

const argument = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Math.max(1, Math.min(100, Number(process.argv[i + 1]) || fallback)) : fallback;
};
const options = { runs: argument('runs', 15), walk: argument('walk', 16), many: argument('many', 5), slow: argument('slow', 5), instances: 20 };
options.many = Math.min(options.many, options.runs);
const root = new URL('..', import.meta.url);
const expectHeading = JSON.parse(readFileSync(new URL('locales/en-GB/stages.json', root), 'utf8')).prepare.heading;
const loadAverage = { start: os.loadavg()[0] };
const started = Date.now();
const log = (line) => process.stderr.write(`${line}\n`);

const executablePath = findChromium();
if (!executablePath) {
  log('No Chrome or Chromium found: run `node scripts/find-browser.mjs chromium`, or set CHROME_PATH.');
  process.exit(1);
}

log('Building bench/.build/ …');
await buildAll();
const server = await startStaticServer();
const browser = await puppeteer.launch({ executablePath, headless: true, args: benchArgs });
const chromium = (await browser.version()).replace('/', ' ');
const ids = Object.keys(pages);
const raw = Object.fromEntries(ids.map((id) => [id, { loads: [], many: [], slow: [], files: new Set(), firstFiles: new Set() }]));
const empty = [];

try {
  const load = (file, options) => measureLoad(browser, server.url, file, { expectHeading, ...options });
  // One unmeasured load of each page first, so the operating system's file cache is warm for all three.
  for (const id of ids) await load(pages[id].file, { n: 1 });
  // The runs that also load 20 instances, spread evenly: with 15 runs and 5 of them, every third.
  const manyRuns = new Set(Array.from({ length: options.many }, (_, i) => Math.floor((i * options.runs) / options.many)));
  for (let run = 0; run < options.runs; run++) {
    const many = manyRuns.has(run);
    log(`Run ${run + 1} of ${options.runs}${many ? `, with ${options.instances} instances` : ''}`);
    if (many) empty.push(await load('empty.html', { n: 0, expectHeading: '' }));
    // A different page goes first each run, so none always gets the quietest moment.
    const order = ids.map((_, i) => ids[(i + run) % ids.length]);
    for (const id of order) {
      server.served.length = 0;
      const onReady = (paths) => paths.forEach((path) => fileFor(path) && raw[id].firstFiles.add(fileFor(path)));
      raw[id].loads.push(await load(pages[id].file, { n: 1, walk: options.walk, heap: many, onReady }));
      for (const file of server.served) raw[id].files.add(file);
      if (many) raw[id].many.push(await load(pages[id].file, { n: options.instances }));
    }
  }
  // First stage painted on a slow connection: a few loads of each page, interleaved, after the others.
  for (let run = 0; run < options.slow; run++) {
    log(`Slow connection, run ${run + 1} of ${options.slow}`);
    for (const id of ids.map((_, i) => ids[(i + run) % ids.length])) {
      raw[id].slow.push(await load(pages[id].file, { n: 1, heap: false, network: slowNetwork }));
    }
  }
} finally {
  await browser.close().catch(() => {});
  await server.stop();
}

// Bytes are what the page fetched, gzipped at level 9, leaving out the bench pages and harness.
const sizes = (files) => {
  const measured = [...files].filter((file) => !file.includes('/bench/pages/'));
  const list = measured.map((file) => {
    const content = readFileSync(file);
    return { file: file.slice(new URL(root).pathname.length), raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  const total = (ext) => list.filter((f) => f.file.endsWith(ext)).reduce((sum, f) => sum + f.gzip, 0);
  return { js: total('.js'), css: total('.css'), files: list };
};
const firstJs = (files) => sizes(files).js;

loadAverage.end = os.loadavg()[0];
const cpus = os.cpus();
const result = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
    loadAverage,
  },
  options,
  seconds: Math.round((Date.now() - started) / 1000),
  pages: {},
  raw: {},
};
for (const id of ids) {
  const bytes = sizes(raw[id].files);
  result.pages[id] = { label: pages[id].label, ...figures({ bytes, firstJs: firstJs(raw[id].firstFiles), ...raw[id], empty, instances: options.instances }), files: bytes.files };
  result.raw[id] = {
    firstStage: raw[id].loads.map((l) => l.firstStage),
    fcp: raw[id].loads.map((l) => l.fcp),
    changes: raw[id].loads.map((l) => l.samples.map(({ work, frames, to }) => ({ work, frames, to }))),
    heap: raw[id].loads.flatMap((l) => l.heap ?? []),
    heapMany: raw[id].many.map((l) => l.heap),
    manyPainted: raw[id].many.map((l) => l.firstStage),
    slowFirstStage: raw[id].slow.map((l) => l.firstStage),
  };
}
result.steps = Object.fromEntries(ids.map((id) => [id, steps(result.raw[id].changes)]));
result.empty = {
  firstFrameMedian: quantile(empty.map((l) => l.firstStage), 0.5),
  heapMiB: quantile(empty.map((l) => l.heap.used), 0.5) / 1024 / 1024,
};
result.raw.empty = empty.map(({ firstStage, heap }) => ({ firstStage, heap }));

writeFileSync(new URL('bench/results.json', root), `${JSON.stringify(result, null, 2)}\n`);
console.log(textTable(result));
console.log(`\n${slowerSteps(result).join('\n')}`);
console.log(`\n${baselineLine(result)}\n${machineLine(result)}`);
console.log(`Took ${result.seconds} s. Raw samples in bench/results.json.`);
if (process.argv.includes('--docs')) console.log(writeDocs(result));

