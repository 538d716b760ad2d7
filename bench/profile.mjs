#!/usr/bin/env node
// Where the time goes: traces and CPU-profiles the slowest moments the benchmark found, for our widget
// (with an unminified bundle, so time is charged to source files) and for SurveyJS.
//
//   node bench/profile.mjs [ours|surveyjs|floor]... [--loads 5]
//
// Windows: the page load until the first stage is painted (the harness's mark); what runs after that until the
// profile stops (work put off to idle time); the first Continue into "explore"; the first Continue into "plan". Each is summed over --loads fresh loads, then printed by trace event and by source.
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../scripts/browsers.mjs';
import { buildAll, buildDebug, bundleFile, outDir } from './build.mjs';
import { benchArgs, pages } from './measure.mjs';
import { markTime, profileSelfTimes, sourceMapper, top, traceSelfTimes } from './profile-analyse.mjs';
import { startStaticServer } from './server.mjs';

const loadsIndex = process.argv.indexOf('--loads');
const loads = loadsIndex > 0 ? Math.max(1, Math.min(20, Number(process.argv[loadsIndex + 1]) || 5)) : 5;
const chosen = process.argv.slice(2).filter((a, i, all) => a in pages && all[i - 1] !== '--loads');
const ids = chosen.length ? chosen : ['ours', 'surveyjs'];
const categories = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];

await buildAll();
await buildDebug();
const server = await startStaticServer({ aliases: { [`/build/${bundleFile}`]: '/build/wcg.debug.js' } });
const executablePath = findChromium();
const browser = await puppeteer.launch({ executablePath, headless: true, args: benchArgs });
// The main file is served from the unminified build; the chunks it imports are that build's own, unminified too.
const mappers = new Map();
const mapperFor = (url) => {
  const name = new URL(url, 'http://x').pathname.split('/build/')[1];
  if (!name) return undefined;
  const file = join(outDir, name === bundleFile ? 'wcg.debug.js' : name);
  if (!mappers.has(file)) mappers.set(file, existsSync(file) ? sourceMapper(file) : undefined);
  return mappers.get(file);
};

// Runs `action` under a trace and a CPU profile; adds the self times into `into`. With `until`, the name of a
// performance mark the page makes, only work before the mark counts, and the work after it goes into `after`.
async function record(page, cdp, into, action, { until, after } = {}) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.tracing.start({ categories });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  const { traceEvents } = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  const cut = until ? markTime(traceEvents, until) : undefined;
  if (until && cut === undefined) throw new Error(`the page made no performance mark "${until}"`);
  const before = { trace: traceSelfTimes(traceEvents, cut), profile: profileSelfTimes(profile, mapperFor, cut) };
  addTimes(into, before.trace, before.profile);
  if (after) {
    const whole = { trace: traceSelfTimes(traceEvents), profile: profileSelfTimes(profile, mapperFor) };
    const minus = (a, b) => new Map([...a].map(([k, v]) => [k, v - (b.get(k) ?? 0)]));
    addTimes(
      after,
      { total: whole.trace.total - before.trace.total, self: minus(whole.trace.self, before.trace.self), byBucket: minus(whole.trace.byBucket, before.trace.byBucket) },
      { bySource: minus(whole.profile.bySource, before.profile.bySource), byFunction: minus(whole.profile.byFunction, before.profile.byFunction) },
    );
  }
}

function addTimes(into, trace, { bySource, byFunction }) {
  into.busy += trace.total;
  for (const [name, ms] of trace.self) into.trace.set(name, (into.trace.get(name) ?? 0) + ms);
  for (const [name, ms] of trace.byBucket) into.buckets.set(name, (into.buckets.get(name) ?? 0) + ms);
  for (const [name, ms] of bySource) into.js.set(name, (into.js.get(name) ?? 0) + ms);
  for (const [name, ms] of byFunction) into.fns.set(name, (into.fns.get(name) ?? 0) + ms);
}

const windows = ['page load to first stage painted', 'after the first stage painted, until the profile stopped (idle-time work)', 'first Continue into explore', 'first Continue into plan'];
try {
  for (const id of ids) {
    const totals = windows.map(() => ({ busy: 0, trace: new Map(), buckets: new Map(), js: new Map(), fns: new Map() }));
    for (let i = 0; i < loads; i++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      // Same-site first, so the measured navigation stays in this renderer and the profiler with it.
      await page.goto(`${server.url}/pages/empty.html`);
      const cdp = await page.createCDPSession();
      await record(
        page,
        cdp,
        totals[0],
        async () => {
          await page.goto(`${server.url}/pages/${pages[id].file}`);
          await page.evaluate(() => window.bench.ready);
        },
        { until: 'bench-first-stage-painted', after: totals[1] },
      );
      await page.evaluate(() => window.bench.setUp());
      await page.evaluate(() => window.bench.walk(3));
      await record(page, cdp, totals[2], () => page.evaluate(() => window.bench.walk(1)));
      await page.evaluate(() => window.bench.walk(2));
      await record(page, cdp, totals[3], () => page.evaluate(() => window.bench.walk(1)));
      await context.close();
    }
    for (const [w, total] of totals.entries()) {
      console.log(`\n${pages[id].label}: ${windows[w]} (main thread busy ${(total.busy / loads).toFixed(1)} ms a load, mean of ${loads} loads)`);
      const perLoad = (map) => new Map([...map].map(([k, v]) => [k, v / loads]));
      console.log(' by kind of work, self time a load:');
      console.log(top(perLoad(total.buckets), 6, total.busy / loads).join('\n'));
      console.log(' by trace event, self time a load:');
      console.log(top(perLoad(total.trace), 10, total.busy / loads).join('\n'));
      console.log(' JavaScript by source, self time a load:');
      console.log(top(perLoad(total.js), 12).join('\n'));
      console.log(' JavaScript by function, self time a load:');
      console.log(top(perLoad(total.fns), 20).join('\n'));
    }
  }
} finally {
  await browser.close().catch(() => {});
  await server.stop();
}
