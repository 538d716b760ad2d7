// Helpers for the scripts and tests that drive a demo page in headless Chromium.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { browserArgs, chromiumPath } from './browsers.mjs';
import { buildBundle, bundleOptions } from './bundle-config.mjs';
import { startStaticServer } from './static-server.mjs';

/** Starts headless Chromium with the project's flags. */
export function launchBrowser() {
  return puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: browserArgs });
}

/** Runs in the page: `deepAll(selector)` finds elements through every open shadow root; `buttonLabels()` lists visible button text. */
export function installDeepHelpers() {
  window.deepAll = (selector, root = document) => {
    const found = [...root.querySelectorAll(selector)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...window.deepAll(selector, el.shadowRoot));
    return found;
  };
  window.buttonLabels = () => window.deepAll('button').map((b) => b.textContent.trim());
}

/** Clicks the first button, in any shadow root, whose text is `label`; throws when there is none. */
export async function clickButton(page, label) {
  await page.evaluate((text) => {
    const button = window.deepAll('button').find((b) => b.textContent.trim() === text);
    if (!button) throw new Error(`no button "${text}"`);
    button.click();
  }, label);
}

/**
 * Walks a `<wcg-conversation>` on the page from the first stage to the end by its own buttons:
 * Continue until the agree stage, then "Agree and record". `onStage(heading)` runs on each stage
 * first (to tick boxes, open the safety steps...). Resolves to the stage headings seen.
 */
export async function walkToCompletion(page, { maxSteps = 30, onStage = async () => {} } = {}) {
  const headings = [];
  for (let step = 0; step < maxSteps; step += 1) {
    await page.waitForFunction(() => window.deepAll('#stage-heading').length > 0, { polling: 50 });
    const heading = await page.evaluate(() => window.deepAll('#stage-heading')[0].textContent.trim());
    headings.push(heading);
    await onStage(heading);
    const labels = await page.evaluate(() => window.buttonLabels());
    if (labels.includes('Start again')) return headings;
    await clickButton(page, labels.includes('Agree and record') ? 'Agree and record' : 'Continue');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not finished after ${maxSteps} steps; last stage "${headings.at(-1)}"`);
}

/**
 * Builds what ships into a temporary folder (into its `folder`, when given, below the pages, as a host may serve
 * it), writes `pages` (file name → HTML) beside it, serves the folder and starts Chromium, for a test of the built
 * files in a real tab. Resolves to { url, browser, close }; `close()` stops all three and deletes the folder.
 */
export async function servedBuild(pages, { folder = '' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'wcg-built-'));
  try {
    await buildBundle({ ...bundleOptions(join(dir, folder)), absWorkingDir: fileURLToPath(new URL('..', import.meta.url)), logLevel: 'silent' });
    for (const [file, html] of Object.entries(pages)) writeFileSync(join(dir, file), html);
    const server = await startStaticServer({ '/': dir });
    const browser = await launchBrowser().catch(async (error) => {
      await server.stop();
      throw error;
    });
    return {
      url: server.url,
      browser,
      async close() {
        await browser.close();
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
