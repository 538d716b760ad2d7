import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath, browserArgs, testTimeZone } from './scripts/browsers.mjs';
import { commonJsBundlePlugin } from './scripts/commonjs-bundle-plugin.mjs';
import { mediaEmulationPlugin } from './scripts/media-emulation-plugin.mjs';
import { redirectMiddleware } from './scripts/redirect-middleware.mjs';

// Browsers started from here inherit the environment: every engine runs in British time.
process.env.TZ = testTimeZone;

/**
 * wtr's own summary is a progress bar, not a plain "N passed, N failed" line that CI tools read.
 * This reporter prints one, counting a file that failed to load as a failure. When more than one
 * browser ran, a line per browser comes first.
 */
export function summaryLineReporter() {
  return {
    stop({ sessions }) {
      const perBrowser = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        const counts = perBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        const before = counts.failed;
        const walk = (suite) => {
          for (const t of suite?.tests ?? []) t.skipped ? counts.skipped++ : t.passed ? counts.passed++ : counts.failed++;
          for (const child of suite?.suites ?? []) walk(child);
        };
        walk(session.testResults);
        if (!session.passed && counts.failed === before) counts.failed++;
        perBrowser.set(name, counts);
      }
      const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;
      const total = { passed: 0, failed: 0, skipped: 0 };
      for (const counts of perBrowser.values()) for (const key of Object.keys(total)) total[key] += counts[key];
      const lines = perBrowser.size > 1 ? [...perBrowser].map(([name, counts]) => `${name}: ${line(counts)}`) : [];
      lines.push(`wtr: ${line(total)}`);
      // wtr prints its progress bars after every reporter has stopped; printing on exit keeps the
      // summary line last, where CI tools look for it.
      process.once('exit', () => console.log(`\n${lines.join('\n')}`));
    },
  };
}

/**
 * Headless Chromium, every test file in a window of its own. Files run two at a time, and of two tabs
 * one is hidden: a hidden page gets no animation frames and no focus. Passing puppeteer-core itself
 * makes wtr call the engine "Chromium".
 */
export function chromiumLauncher() {
  return chromeLauncher({
    puppeteer,
    createPage: ({ context }) => context.newPage({ type: 'window' }),
    launchOptions: { executablePath: chromiumPath(), headless: true, args: browserArgs },
  });
}

/** Config every browser run shares; the per-browser configs spread this and set `browsers`. */
export const base = {
  // Tests sit beside the code they test (STYLE.md).
  files: ['src/**/*.test.ts', 'components/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // Ajv, a CommonJS package, checks the JSON Schemas in tests.
    commonJsBundlePlugin(['ajv/dist/2020.js', 'jsqr']),
    // Print and forced colours, as Chromium renders them (scripts/media-emulation-plugin.mjs).
    mediaEmulationPlugin(),
    // The accessibility tree as Chromium builds it, what a screen reader is given; wtr leaves this command out
    // by default. Its snapshots are compared with the stored ones (components/conversation/accessibility-tree.test.ts).
    a11ySnapshotPlugin(),
  ],
  // Redirecting routes for the same-origin tests (scripts/redirect-middleware.mjs).
  middleware: [redirectMiddleware()],
  reporters: [defaultReporter(), summaryLineReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // Property tests run thousands of cases, slower still under coverage on a busy 2-core machine; a
  // generous limit keeps them from failing on time alone, while a real hang still fails.
  testFramework: { config: { timeout: 60000 } },
  // A file's whole run: the 20-instance, 5,000-event stress file takes about 70 s in WebKitGTK on a busy machine.
  testsFinishTimeout: 300000,
  concurrency: 2,
};

export default {
  ...base,
  browsers: [chromiumLauncher()],
  coverageConfig: {
    include: ['src/**/*.ts', 'components/**/*.ts'],
    exclude: ['**/*.test.ts', '**/test-helpers/**'],
    threshold: { statements: 85, branches: 75, functions: 80, lines: 85 },
  },
};
