// Where the test browsers live, and the flags they need on a locked-down machine.
// One place for both, so the test runners, the screenshots and the benchmark agree.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The time zone every test browser runs in: the guide is used in the UK, so date rules are tested as a ward
 * meets them, across the clock changes (src/base/calendar.test.ts fails if a browser is not in it).
 */
export const testTimeZone = 'Europe/London';

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

/** The browser at the path in the environment variable `variable` if it is set, else the first of `candidates` installed; undefined if none. */
function findBrowser(variable, candidates) {
  const chosen = process.env[variable];
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  return candidates.find((p) => existsSync(p));
}

/** The Chrome or Chromium to use: CHROME_PATH first, then the usual install paths; undefined if none. */
export function findChromium() {
  return findBrowser('CHROME_PATH', chromiumCandidates);
}

/** Like findChromium, but never undefined, so a config can load; find-browser.mjs reports a missing one. */
export function chromiumPath() {
  return findChromium() ?? '/usr/bin/chromium';
}

const firefoxCandidates = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** The Firefox to use: FIREFOX_PATH first, then the usual install paths (ESR first); undefined if none. */
export function findFirefox() {
  return findBrowser('FIREFOX_PATH', firefoxCandidates);
}

/** Like findFirefox, but never undefined, so a config can load. */
export function firefoxPath() {
  return findFirefox() ?? '/usr/bin/firefox-esr';
}

/** WebKitGTK's WebDriver, which starts and drives the MiniBrowser below; undefined if not installed. */
export function findWebKitWebDriver() {
  return ['/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver'].find((p) => existsSync(p));
}

/**
 * WebKitGTK's MiniBrowser, the browser WebKitWebDriver opens: Debian and Ubuntu put it under
 * /usr/lib/<multiarch>/, Fedora under /usr/libexec/. Undefined if not installed.
 */
export function findMiniBrowser() {
  const libDirs = ['/usr/lib', '/usr/lib64', '/usr/libexec'];
  for (const lib of libDirs) {
    const arches = existsSync(lib) ? ['', ...readdirSync(lib).filter((d) => d.includes('-linux-'))] : [];
    for (const arch of arches) {
      for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
        const candidate = join(lib, arch, api, 'MiniBrowser');
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

/** xvfb-run, which gives the MiniBrowser (it has no headless mode) a virtual display. */
export function findXvfbRun() {
  return ['/usr/bin/xvfb-run', '/usr/local/bin/xvfb-run'].find((p) => existsSync(p));
}
