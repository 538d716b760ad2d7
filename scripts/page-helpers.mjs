// Helpers for the scripts and tests that drive a demo page in headless Chromium.
import puppeteer from 'puppeteer-core';
import { browserArgs, chromiumPath } from './browsers.mjs';

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
