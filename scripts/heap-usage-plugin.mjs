// A test-runner command that reports the JavaScript heap of the page running a test, after forced
// garbage collection: `await executeServerCommand('heap-usage')` in a test gives `{ usedSize }` in bytes,
// `usedSize: null` where the browser cannot tell (Firefox over WebDriver BiDi, WebKit over WebDriver).
// (An object, because the runner takes a plain null as "no plugin knows this command".) Chromium's
// performance.memory is rounded and refreshed only every 20 minutes without a launch flag, so the
// figure comes from the DevTools protocol instead, as the benchmark's does (bench/measure.mjs).

/** The wtr plugin: answers the `heap-usage` command; other commands are left to other plugins. */
export function heapUsagePlugin() {
  return {
    name: 'heap-usage',
    async executeCommand({ command, session }) {
      if (command !== 'heap-usage') return undefined;
      if (session.browser.type !== 'puppeteer') return { usedSize: null };
      let cdp;
      try {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        // Twice: the first collection can leave garbage that only the second finds unreachable.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return { usedSize };
      } catch {
        // Firefox is driven by puppeteer too, but over WebDriver BiDi, which has no heap figures.
        return { usedSize: null };
      } finally {
        await cdp?.detach().catch(() => undefined);
      }
    },
  };
}
