import { expect, fixture, html } from '@open-wc/testing';
import type { i18n } from 'i18next';
import { createI18n, directionOf, hasOwnText, isReviewed } from './i18n.js';

// The languages a staff member can read the prompts in beside the manager's English, with the name each
// gives itself in its own meta.json.
const staffLanguages: ReadonlyArray<readonly [string, string]> = [
  ['pl', 'Polski'],
  ['pt', 'Português'],
  ['ro', 'Română'],
  ['ml', 'മലയാളം'],
  ['fil', 'Filipino'],
  ['ur', 'اردو'],
];

const prompt = 'topics:sleepEnergy.prompt';

/** The horizontal middle of `part` where it is drawn inside the element's only text node. */
function centreOf(el: HTMLElement, part: string): number {
  // Lit puts comment markers beside the text, so find the text node itself.
  const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(part))!;
  const start = node.textContent!.indexOf(part);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + part.length);
  const box = range.getBoundingClientRect();
  return box.left + box.width / 2;
}

describe('staff languages', () => {
  for (const [lang, name] of staffLanguages) {
    describe(lang, () => {
      let text: i18n;

      before(async () => {
        text = await createI18n('en-GB', { alsoLoad: [lang] });
      });

      it('shows the prompts in the staff member’s language beside the English', () => {
        const staff = text.getFixedT(lang)(prompt);
        expect(hasOwnText(text, lang, prompt), `${lang} has its own text`).to.equal(true);
        expect(staff.trim(), `${lang} prompt`).not.to.equal('');
        expect(staff, `${lang} prompt`).not.to.equal(text.t(prompt));
        // The manager's side stays in English.
        expect(text.t(prompt)).to.equal('How are you sleeping at the moment?');
      });

      it('names itself in its own language and says no native speaker has reviewed it yet', () => {
        expect(text.getResource(lang, 'meta', 'name')).to.equal(name);
        expect(isReviewed(text, lang)).to.equal(false);
      });

      it('has its own safety steps and services, not the English', () => {
        for (const key of ['safety:paths.suicide.steps.0', 'services:categories.crisis.name', 'explore:checkIn.prompt', 'summary:prep.staff.title']) {
          expect(hasOwnText(text, lang, key), `${lang} ${key}`).to.equal(true);
          expect(text.getFixedT(lang)(key), `${lang} ${key}`).not.to.equal(text.t(key));
        }
      });
    });
  }

  describe('ur', () => {
    let text: i18n;

    before(async () => {
      text = await createI18n('en-GB', { alsoLoad: ['ur'] });
    });

    it('is written right to left, and the other staff languages left to right', () => {
      expect(directionOf(text, 'ur')).to.equal('rtl');
      for (const [lang] of staffLanguages.filter(([l]) => l !== 'ur')) expect(directionOf(text, lang), lang).to.equal('ltr');
    });

    it('keeps a phone number in the safety text exactly as given', () => {
      const ur = text.getFixedT('ur');
      for (const number of ['0808 2000 247', '116 123', '999']) {
        expect(ur('safety:call', { number }), number).to.include(number);
        expect(ur('summary:prep.lines.call', { number }), number).to.include(number);
      }
      expect(ur('safety:text', { keyword: 'SHOUT', number: '85258' })).to.include('85258').and.include('SHOUT');
      expect(ur('safety:paths.suicide.steps.4')).to.include('116 123');
    });

    it('draws the groups of a phone number in order, left to right, inside right-to-left text', async () => {
      // In a right-to-left paragraph, the spaces between digit groups would otherwise reverse the groups
      // ("247 2000 0808"), and a reader could dial the wrong number.
      const number = '0808 2000 247';
      const el = await fixture<HTMLParagraphElement>(html`<p dir="rtl" lang="ur" style="font-size: 20px">${text.getFixedT('ur')('safety:call', { number })}</p>`);
      expect(centreOf(el, '0808')).to.be.below(centreOf(el, '2000'));
      expect(centreOf(el, '2000')).to.be.below(centreOf(el, '247'));
    });
  });
});
