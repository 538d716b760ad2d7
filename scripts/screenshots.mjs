#!/usr/bin/env node
// Saves a screenshot of every stage of the live conversation, at desktop and phone width and with the
// screen shared, into screenshots/ (ignored by git), so a person can look at what the widget shows.
// `--lang cy` runs the conversation in another interface language; `--staff-lang ur` adds the staff
// member's language beside it; `--topics feelingSafe,copingHabits` chooses those topics to explore. The files are
// named after the languages, e.g. cy-desktop-01-prepare.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { browserArgs, chromiumPath } from './browsers.mjs';
import { startServer } from './dev-server.mjs';

const { values: args } = parseArgs({ options: { lang: { type: 'string', default: 'en-GB' }, 'staff-lang': { type: 'string' }, topics: { type: 'string' } } });
const out = 'screenshots';

// The button labels the walk clicks, in the interface language (falling back to en-GB, as the guide does).
function label(namespace, path) {
  for (const lang of [args.lang, 'en-GB']) {
    try {
      const value = path.split('.').reduce((o, k) => o?.[k], JSON.parse(readFileSync(`locales/${lang}/${namespace}.json`, 'utf8')));
      if (typeof value === 'string') return value;
    } catch {
      // No such file in this language: try en-GB.
    }
  }
  throw new Error(`no label ${namespace}:${path}`);
}
const labels = {
  next: label('common', 'nav.next'),
  finish: label('common', 'nav.finish'),
  addAction: label('plan', 'actions.add'),
  removeAction: label('plan', 'actions.remove').split('{{')[0].trim(),
  safety: label('safety', 'open'),
  back: label('safety', 'close'),
};
const query = new URLSearchParams();
if (args.lang !== 'en-GB') query.set('lang', args.lang);
if (args.lang === 'cy') query.set('nation', 'wales');
if (args['staff-lang']) query.set('staff-lang', args['staff-lang']);
const prefix = [args.lang !== 'en-GB' ? args.lang : '', args['staff-lang'] ? `staff-${args['staff-lang']}` : '', args.topics ? 'topics' : ''].filter(Boolean).join('-');
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
  { name: 'shared-phone', width: 375, height: 812, shared: true },
];

try {
  for (const view of views) {
    const page = await browser.newPage();
    await page.setViewport({ width: view.width, height: view.height });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    const search = new URLSearchParams(query);
    if (view.shared) search.set('share-screen', '');
    await page.goto(`${url}/demo/conversation.html${search.size ? `?${search}` : ''}`, { waitUntil: 'networkidle0' });
    await page.evaluate(deepHelpers);
    const shot = async (label) => {
      await new Promise((r) => setTimeout(r, 150));
      await page.screenshot({ path: `${out}/${prefix ? `${prefix}-` : ''}${view.name}-${label}.png`, fullPage: true });
    };
    const stage = () => page.evaluate(() => window.deepAll('#stage-heading')[0]?.textContent.trim());
    const next = (label = labels.next) => page.evaluate((l) => window.clickText(l), label);

    let step = 1;
    await shot(`${String(step++).padStart(2, '0')}-prepare`);
    await next();
    await shot(`${String(step++).padStart(2, '0')}-open`);
    await next();
    // Agreed wording in the last box of the stage, as a manager would type it.
    await page.evaluate(() => {
      const field = window.deepAll('textarea').at(-1);
      field.value = 'Busy month on the ward, sleeping badly after nights.';
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    });
    await shot(`${String(step++).padStart(2, '0')}-check-in`);
    await next();
    // Choose two topics so the explore stage shows: those asked for, else two from the list.
    await page.evaluate((ids) => {
      const boxes = window.deepAll('input[type=checkbox]');
      (ids ? boxes.filter((c) => ids.includes(c.value)) : boxes.slice(2, 4)).forEach((c) => c.click());
    }, args.topics?.split(',') ?? null);
    await shot(`${String(step++).padStart(2, '0')}-choose-topics`);
    await next();
    await shot(`${String(step++).padStart(2, '0')}-explore-1`);
    await next();
    await shot(`${String(step++).padStart(2, '0')}-explore-2`);
    await next();
    await shot(`${String(step++).padStart(2, '0')}-what-helps`);
    await next();
    await page.evaluate((l) => window.clickText(l), labels.addAction).catch(() => {});
    await next();
    await shot(`${String(step++).padStart(2, '0')}-plan-errors`);
    await page.evaluate((l) => window.clickText(l), labels.safety);
    await shot(`${String(step++).padStart(2, '0')}-safety`);
    await page.evaluate((l) => window.clickText(l), labels.back);
    await page.evaluate((l) => window.deepAll('button').filter((b) => b.textContent.trim().startsWith(l)).forEach((b) => b.click()), labels.removeAction);
    await next();
    await shot(`${String(step++).padStart(2, '0')}-agree`);
    // Record every section, so the staff copy on the last page shows each one.
    await page.evaluate(() => window.deepAll('input[type=checkbox]').filter((c) => !c.checked).forEach((c) => c.click()));
    await next(labels.finish);
    await shot(`${String(step++).padStart(2, '0')}-complete`);
    console.log(`${view.name}: ${step - 1} screenshots, last stage "${await stage()}"`);
    await page.close();
  }
} finally {
  await browser.close();
  await stop();
}
