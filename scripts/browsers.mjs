// Where the test browsers live, and the flags they need on a locked-down machine.
// One place for both, so the test runner, the screenshots and the benchmark agree.
import { existsSync } from 'node:fs';

/** Chromium flags: root needs --no-sandbox; the rest stop background calls to the network. */
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const chromiumCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The Chrome or Chromium to use: CHROME_PATH first, then the usual install paths; undefined if none. */
export function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return chromiumCandidates.find((p) => existsSync(p));
}

/** Like findChromium, but never undefined, so a config can load; find-browser.mjs reports a missing one. */
export function chromiumPath() {
  return findChromium() ?? '/usr/bin/chromium';
}
