import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { chromiumPath, browserArgs } from './scripts/browsers.mjs';

/**
 * wtr's own summary is a progress bar, not a plain "N passed, N failed" line that CI tools read.
 * This reporter prints one, counting a file that failed to load as a failure.
 */
export function summaryLineReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      for (const session of sessions) {
        const before = failed;
        const walk = (suite) => {
          for (const t of suite?.tests ?? []) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
          for (const child of suite?.suites ?? []) walk(child);
        };
        walk(session.testResults);
        if (!session.passed && failed === before) failed++;
      }
      console.log(`\nwtr: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    },
  };
}

/** Settings every browser run shares; the per-browser configs spread this and set `browsers`. */
export const base = {
  // Tests sit beside the code they test (STYLE.md).
  files: ['src/**/*.test.ts', 'components/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  reporters: [defaultReporter(), summaryLineReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  concurrency: 2,
};

export default {
  ...base,
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: browserArgs } }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts', 'components/**/*.ts'],
    exclude: ['**/*.test.ts', '**/test-helpers/**'],
    threshold: { statements: 85, branches: 75, functions: 80, lines: 85 },
  },
};
