import { expect } from '@open-wc/testing';
import { crisisDirectories } from '../../src/content/crisis.js';
import { nations } from '../../src/content/types.js';
import { fallbackLanguages, getFallbackBlock, hostWithFallback, isShown } from './fallback-helpers.js';

// This file never imports the guide's elements: it is a page where the script was blocked, failed or never came.
// Only the content module is imported, to compare the numbers; it registers nothing.

const directoryNumbers = new Set(
  nations.flatMap((nation) => crisisDirectories[nation].entries.flatMap((e) => [e.phone, e.sms?.number])).filter(Boolean).map((n) => n!.replace(/\D/g, '')),
);

describe('crisis fallback when the script never loads', () => {
  afterEach(() => document.querySelectorAll('wcg-conversation').forEach((el) => el.remove()));

  it('shows the national crisis numbers inside the element, in English and Welsh', async () => {
    for (const lang of fallbackLanguages) {
      const el = hostWithFallback(await getFallbackBlock(lang));
      expect(customElements.get('wcg-conversation'), 'the guide was defined after all').to.equal(undefined);
      const block = el.querySelector('.wcg-crisis-fallback')!;
      expect(isShown(block), `the ${lang} fallback is not shown`).to.equal(true);
      expect(block.getAttribute('lang')).to.equal(lang);
      const calls = [...block.querySelectorAll('a[href^="tel:"]')].filter(isShown).map((a) => a.getAttribute('href'));
      expect(calls, lang).to.include.members(['tel:999', 'tel:111', 'tel:116123', 'tel:08088088000']);
      expect(block.querySelector('a[href="sms:85258?body=SHOUT"]'), lang).to.exist;
      expect(block.textContent, lang).to.contain('999').and.to.contain('116 123').and.to.contain('85258');
      el.remove();
    }
  });

  it('is accessible, in English and Welsh', async () => {
    for (const lang of fallbackLanguages) {
      const el = hostWithFallback(await getFallbackBlock(lang));
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('holds only numbers the national directories hold, with no script or styles', async () => {
    for (const lang of fallbackLanguages) {
      const holder = document.createElement('div');
      holder.append(...(await getFallbackBlock(lang)));
      expect(holder.querySelector('script, style, link, [style], [onclick]'), lang).to.equal(null);
      const numbers = [...holder.querySelectorAll('a')].map((a) => a.getAttribute('href')!.replace(/^(tel|sms):/, '').replace(/\?.*$/, ''));
      expect(numbers, lang).not.to.be.empty;
      for (const number of numbers) expect(directoryNumbers.has(number), `${lang} ${number}`).to.equal(true);
    }
  });
});
