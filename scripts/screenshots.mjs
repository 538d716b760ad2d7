#!/usr/bin/env node
// Saves a screenshot of every stage of the live conversation, at desktop and phone width and with the
// screen shared, into screenshots/ (ignored by git), so a person can look at what the widget shows.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { browserArgs, chromiumPath } from './browsers.mjs';
import { startServer } from './dev-server.mjs';

const out = 'screenshots';
mkdirSync(out, { recursive: true });
const { url, stop } = await startServer();
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: browserArgs });

// Runs in the page: finds elements through every open shadow root.
const deepHelpers = () => {
  window.deepAll = (selector, root = document) => {
    const found = [...root.querySelectorAll(selector)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...window.deepAll(selector, el.shadowRoot));
    return found;
  };
  window.clickText = (text) => {
    const button = window.deepAll('button').find((b) => b.textContent.trim() === text);
    if (!button) throw new Error(`no button "${text}"`);
    button.click();
  };
};

const views = [
  { name: 'desktop', width: 1280, height: 800, shared: false },
  { name: 'phone', width: 375, height: 812, shared: false },
  { name: 'shared', width: 1280, height: 800, shared: true },
];

try {
  for (const view of views) {
    const page = await browser.newPage();
    await page.setViewport({ width: view.width, height: view.height });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${url}/demo/conversation.html${view.shared ? '?share-screen' : ''}`, { waitUntil: 'networkidle0' });
    await page.evaluate(deepHelpers);
    const shot = async (label) => {
      await new Promise((r) => setTimeout(r, 150));
      await page.screenshot({ path: `${out}/${view.name}-${label}.png`, fullPage: true });
    };
    const stage = () => page.evaluate(() => window.deepAll('#stage-heading')[0]?.textContent.trim());
    const next = (label = 'Continue') => page.evaluate((l) => window.clickText(l), label);

    let step = 1;
    await shot(`${String(step++).padStart(2, '0')}-prepare`);
    await next();
    await shot(`${String(step++).padStart(2, '0')}-open`);
    await next();
    await shot(`${String(step++).padStart(2, '0')}-check-in`);
    await next();
    // Choose two topics so the explore stage shows.
    await page.evaluate(() => window.deepAll('input[type=checkbox]').slice(2, 4).forEach((c) => c.click()));
    await shot(`${String(step++).padStart(2, '0')}-choose-topics`);
    await next();
    await shot(`${String(step++).padStart(2, '0')}-explore-1`);
    await next();
    await shot(`${String(step++).padStart(2, '0')}-explore-2`);
    await next();
    await shot(`${String(step++).padStart(2, '0')}-what-helps`);
    await next();
    await page.evaluate(() => window.clickText('Add an action')).catch(() => {});
    await next();
    await shot(`${String(step++).padStart(2, '0')}-plan-errors`);
    await page.evaluate(() => window.clickText('Safety steps'));
    await shot(`${String(step++).padStart(2, '0')}-safety`);
    await page.evaluate(() => window.clickText('Back to the conversation'));
    await page.evaluate(() => window.deepAll('button').filter((b) => /^Remove/.test(b.textContent.trim())).forEach((b) => b.click()));
    await next();
    await shot(`${String(step++).padStart(2, '0')}-agree`);
    await next('Agree and record');
    await shot(`${String(step++).padStart(2, '0')}-complete`);
    console.log(`${view.name}: ${step - 1} screenshots, last stage "${await stage()}"`);
    await page.close();
  }
} finally {
  await browser.close();
  await stop();
}
