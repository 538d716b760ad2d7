// One measured page load: a fresh browser context (its own renderer, nothing cached), the page, the
// first-stage timing, the JavaScript heap after a forced garbage collection, and optionally a walk.
import { browserArgs } from '../scripts/browsers.mjs';

/** The pages compared, by id: the file under bench/pages/ and how the table names it. */
export const pages = {
  ours: { file: 'ours.html', label: '<wcg-conversation>' },
  surveyjs: { file: 'surveyjs.html', label: 'SurveyJS 2.5.38' },
  floor: { file: 'floor.html', label: 'floor (bare Lit)' },
};

/**
 * Chromium flags: the project's usual ones, and a resolver that knows no host but the loopback address,
 * so nothing a page asks for can leave the machine or wait on the network.
 */
export const benchArgs = [...browserArgs, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'];

/** JavaScript heap of the page's renderer after two forced collections, in bytes (CDP, not performance.memory). */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { used: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? null, nodes: dom.nodes };
}

/**
 * Loads `file` with `n` instances in a new browser context and measures it: the heap too unless `heap` is
 * false. With `walk`, also sets up the walk (unmeasured) and times `walk` stage changes. `onPageError`
 * hears any uncaught page error; `onReady` is given the paths the page had fetched by its first stage painted; `network` emulates a
 * connection (`slowNetwork`).
 */
/**
 * A slow connection, as a ward's guest Wi-Fi gives: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip
 * (Chromium's network emulation, applied to every request of the page).
 */
export const slowNetwork = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

export async function measureLoad(browser, url, file, { n = 1, walk = 0, heap: withHeap = true, expectHeading = '', onPageError, network, onReady } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const errors = [];
    page.on('pageerror', (error) => {
      errors.push(error.message);
      onPageError?.(error);
    });
    // Every file a page needs is on the loopback server: anything that fails is a broken page.
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    page.on('response', (response) => response.status() >= 400 && errors.push(`HTTP ${response.status()}: ${response.url()}`));
    const cdp = await page.createCDPSession();
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    await page.goto(`${url}/pages/${file}?n=${n}`, { waitUntil: 'load', timeout: 60_000 });
    const ready = await page.evaluate(() => window.bench.ready);
    // What the page had fetched by the time its first stage was painted (the resource timing of each file).
    const firstPaths = await page.evaluate((t) => performance.getEntriesByType('resource').filter((e) => e.responseEnd <= t).map((e) => new URL(e.name).pathname), ready.firstStage);
    onReady?.(firstPaths);
    // Paint Timing entries arrive with the frame's presentation feedback, which can trail the rAFs.
    await page.waitForFunction(() => window.bench.fcp() !== null, { timeout: 5000, polling: 50 }).catch(() => {});
    const fcp = await page.evaluate(() => window.bench.fcp());
    const heading = await page.evaluate(() => (window.benchAdapter ? window.bench.heading() : ''));
    if (expectHeading && heading !== expectHeading) throw new Error(`${file}: first heading "${heading}", expected "${expectHeading}"`);
    if (ready.instances !== (file === 'empty.html' ? 0 : n)) throw new Error(`${file}: ${ready.instances} instances mounted, expected ${n}`);
    const heap = withHeap ? await heapAfterGc(cdp) : null;
    let samples = [];
    if (walk > 0) {
      await page.evaluate(() => window.bench.setUp());
      if ((await page.evaluate(() => window.bench.heading())) !== heading) throw new Error(`${file}: set-up did not return to the first stage`);
      samples = await page.evaluate((changes) => window.bench.walk(changes), walk);
    }
    if (errors.length) throw new Error(`${file}: ${errors[0]}`);
    return { firstStage: ready.firstStage, polls: ready.polls, fcp, heap, samples };
  } finally {
    await context.close();
  }
}
