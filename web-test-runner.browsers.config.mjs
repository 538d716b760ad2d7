// The whole suite in the three browser engines people use: Chromium, Firefox and WebKit.
// Run it with `npm run test:browsers`, which starts the WebKit driver this config connects to.
// Set TEST_BROWSERS (e.g. `TEST_BROWSERS=firefox,webkit`) to run only some of them.
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { findMiniBrowser, firefoxPath } from './scripts/browsers.mjs';
import { base, chromiumLauncher } from './web-test-runner.config.mjs';

/**
 * WebKitGTK's MiniBrowser, driven through WebKitWebDriver, one test file at a time in a top-level page
 * (wtr runs webdriver tests in iframes only when files run in parallel). Reported as "WebKit" rather
 * than the capability string.
 */
class WebKitLauncher extends WebdriverLauncher {
  concurrency = 1;

  async initialize(config, testFiles) {
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
  }
}

const launchers = {
  chromium: chromiumLauncher,

  // puppeteer drives Firefox over WebDriver BiDi: no geckodriver, nothing downloaded. One file at a
  // time: only one Firefox window has focus, and in the others focus events and :focus never happen.
  firefox: () =>
    chromeLauncher({
      puppeteer,
      concurrency: 1,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true },
    }),

  webkit: () => {
    const port = Number(process.env.WEBKIT_WEBDRIVER_PORT);
    if (!port) {
      throw new Error('WebKit needs a running WebKitWebDriver: run `npm run test:browsers`, which starts one.');
    }
    return new WebKitLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only; asking for BiDi fails to match capabilities.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
      },
    });
  },
};

const wanted = (process.env.TEST_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((b) => b.trim().toLowerCase());
const unknown = wanted.filter((b) => !(b in launchers));
if (unknown.length > 0) throw new Error(`TEST_BROWSERS: unknown ${unknown.join(', ')}; use chromium, firefox, webkit.`);

export default {
  ...base,
  browsers: wanted.map((b) => launchers[b]()),
  // Two engines at once, each one file at a time: on a two-core machine Firefox and WebKit together took 592 s
  // where one after the other took about 1000 s, with every test passing. Three at once fought for the cores.
  concurrentBrowsers: 2,
};
