import { expect, html } from '@open-wc/testing';
import { crisisDirectoryFor } from '../../src/content/crisis.js';
import { formatDate } from '../shared/dates.js';
import { clickButton, getHeading, readyConversation, settle } from '../test-helpers/conversation-helpers.js';
import { deepFind } from '../test-helpers/deep-find.js';
import { datePartsOf, typeDate, typeInto } from '../test-helpers/typing.js';
import type { WcgConversation } from './conversation.js';

// With the screen turned to a staff member who reads another language (`share-screen` and `staff-lang`), everything
// they are asked to read, choose or agree to is in their language beside the manager's. The walk looks at every
// English text on screen and fails on any without the staff member's words beside it (in the same line of text or
// the one around it). Left out: the buttons, which the manager presses; what screen readers alone hear; and what a
// person or the trust wrote (typed text, service details), which is shown as written.

/** True when `node` is shown, not only read by a screen reader. */
function isShown(node: Text): boolean {
  const parent = node.parentElement!;
  return parent.checkVisibility() && !parent.closest('.visually-hidden');
}

/** The English texts on screen with no text in `staffLang` beside them. */
function englishAlone(el: WcgConversation, staffLang: string): string[] {
  const inStaffLanguage = `[lang="${staffLang}"]`;
  const alone: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.trim();
      const parent = node.parentElement;
      if (parent && /[A-Za-z]{2,}/.test(text) && isShown(node as Text) && !parent.closest(`${inStaffLanguage}, button, [data-content]`)) {
        const around = [parent, parent.parentElement].filter((e): e is HTMLElement => e !== null);
        if (!around.some((e) => e.querySelector(`:scope > ${inStaffLanguage}, :scope > * > ${inStaffLanguage}`))) alone.push(text);
      }
    }
    if (node instanceof Element && ['STYLE', 'SCRIPT'].includes(node.tagName)) return;
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
  };
  walk(el);
  return alone;
}

/** Presses Continue until the heading starts with `heading` (the staff member's words follow it). */
async function continueTo(el: WcgConversation, heading: string): Promise<void> {
  for (let i = 0; i < 12 && !getHeading(el).startsWith(heading); i++) await clickButton(el, 'Continue');
  expect(getHeading(el)).to.contain(heading);
}

for (const staffLang of ['ur', 'pl']) {
  describe(`<wcg-conversation share-screen staff-lang="${staffLang}">`, () => {
    it('shows every text the staff member reads, chooses or agrees to in their language beside the English', async () => {
      const el = await readyConversation(html`<wcg-conversation share-screen staff-lang=${staffLang}></wcg-conversation>`);
      const found: Record<string, string[]> = {};
      const check = async () => {
        await settle(el);
        const alone = englishAlone(el, staffLang);
        if (alone.length) found[getHeading(el)] = alone;
      };
      // Preparing is the manager's alone, before the screen is turned.
      await clickButton(el, 'Continue');
      for (let i = 0; i < 2; i++) {
        await check();
        await clickButton(el, 'Continue');
      }
      deepFind<HTMLInputElement>(el, 'input[type="checkbox"]').slice(0, 2).forEach((box) => box.click());
      await check();
      await clickButton(el, 'Continue');
      deepFind<HTMLInputElement>(el, 'input[type="checkbox"][data-id]').slice(0, 1).forEach((box) => box.click());
      await check();
      await clickButton(el, 'Safety steps');
      await check();
      await clickButton(el, deepFind<HTMLButtonElement>(el, 'button.path')[0]!.textContent!.trim().split('\n')[0]!.trim());
      await check();
      await clickButton(el, 'Back to the conversation');
      for (let i = 0; i < 3; i++) {
        await clickButton(el, 'Continue');
        await check();
      }
      await clickButton(el, 'Add an action');
      typeInto(deepFind<HTMLInputElement>(el, 'input.text')[0]!, 'Walk at lunch');
      await clickButton(el, 'Continue');
      await check();
      deepFind<HTMLInputElement>(el, 'input[type="checkbox"][id^="consent-"]').forEach((box) => box.click());
      await check();
      await clickButton(el, 'Agree and record');
      await check();
      expect(getHeading(el)).to.contain('Conversation complete');
      expect(found).to.deep.equal({});
    });

    it("writes each date in the language of the text around it: the staff member's in theirs, the manager's in English", async () => {
      const el = await readyConversation(html`<wcg-conversation share-screen staff-lang=${staffLang}></wcg-conversation>`);
      // The dates on screen, read apart: those in the staff member's text, and the rest.
      const dates = (iso: string) => {
        const inStaffText = deepFind(el, `[lang="${staffLang}"]`).map((e) => e.textContent!).join(' | ');
        const all = deepFind(el, '[part="verified"], dd, .value, li, p').map((e) => e.textContent!).join(' | ');
        return { inStaffText, all, staff: formatDate(iso, staffLang), english: formatDate(iso, 'en-GB') };
      };
      const expectBoth = (iso: string) => {
        const { inStaffText, all, staff, english } = dates(iso);
        expect(staff).to.not.equal(english);
        expect(inStaffText, iso).to.include(staff);
        expect(inStaffText, iso).to.not.include(english);
        expect(all, iso).to.include(english);
      };
      await clickButton(el, 'Continue');
      await clickButton(el, 'Safety steps');
      expectBoth(crisisDirectoryFor('england').lastVerified);
      await clickButton(el, 'Back to the conversation');
      await continueTo(el, 'What would you like to talk about?');
      deepFind<HTMLInputElement>(el, 'input[type="checkbox"][id^="topic-"]')[0]!.click();
      await continueTo(el, 'Agree a plan');
      await clickButton(el, 'Add an action');
      const plan = deepFind<HTMLInputElement>(el, 'input[id$="-due-day"]')[0]!;
      const root = plan.getRootNode() as DocumentFragment;
      typeInto(deepFind<HTMLInputElement>(el, 'input.text')[0]!, 'Walk at lunch');
      typeDate(root, plan.id.replace(/-day$/, ''), ...datePartsOf('2027-01-15'));
      typeDate(root, 'reviewDate', ...datePartsOf('2027-05-20'));
      await settle(el);
      await clickButton(el, 'Continue');
      expect(getHeading(el)).to.contain('Check and agree what is recorded');
      expectBoth('2027-01-15');
      expectBoth('2027-05-20');
    });
  });
}
