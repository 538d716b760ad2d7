import { expect, html } from '@open-wc/testing';
import { createI18n } from '../../src/i18n/i18n.js';
import { recordSections } from '../../src/model/conversation.js';
import { type ConversationEvent } from '../../src/machine/conversation.types.js';
import type { TrustConfig } from '../../src/content/trust-config.js';
import { consentTo, continueTo, conversationFixture, filledEvents, filledHeadings, getText, testConfig } from '../test-helpers/conversation-fixture.js';
import { canEmulateMedia, emulateMedia } from '../test-helpers/media.js';
import { decodeQr, getSupportQr } from '../test-helpers/qr.js';
import type { WcgStageComplete } from './stage-complete.js';

const marker = 'PRIVATE-NOTE-4412';

const filled = filledEvents(marker);

/** The last stage, reached the way a user reaches it: Continue until the conversation is complete. */
async function completePage(events: ConversationEvent[], staffLanguage?: string, config?: TrustConfig) {
  const result = await conversationFixture<WcgStageComplete>(html`<wcg-stage-complete></wcg-stage-complete>`, {
    events,
    ...(staffLanguage ? { staffLanguage } : {}),
    ...(config ? { config } : {}),
  });
  if (staffLanguage) {
    // The staff language's shipped files, fetched the way the root element fetches them.
    const loaded = await createI18n('en-GB', { alsoLoad: [staffLanguage] });
    for (const ns of ['summary', 'topics', 'meta']) {
      const bundle = loaded.getResourceBundle(staffLanguage, ns);
      if (bundle) result.i18n.addResourceBundle(staffLanguage, ns, bundle, true, true);
    }
    result.el.requestUpdate();
    await result.el.updateComplete;
  }
  await continueTo(result, 'complete');
  return result;
}

function getCopyHeadings(el: WcgStageComplete): string[] {
  return [...el.shadowRoot!.querySelectorAll('.staff-copy h4')].map((h) => h.textContent!.trim());
}

function getPrintButton(el: WcgStageComplete): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="print"]');
}

describe('<wcg-stage-complete>', () => {
  it('renders a confirmation and the staff copy', async () => {
    const { el } = await completePage([...filled, ...consentTo(['summary', 'actions'])]);
    const text = getText(el);
    expect(el.shadowRoot!.querySelector('.panel h3')!.textContent).to.equal('Plan recorded');
    expect(text).to.contain("2 sections were recorded, with the staff member's agreement.");
    expect(el.shadowRoot!.querySelector('.staff-copy h3')!.textContent).to.equal('My health and wellbeing plan');
    expect(text).to.contain('Conversation held on 26 November 2026');
    expect(text).to.contain('Your private notes have been deleted.');
  });

  it('is accessible', async () => {
    const { el } = await completePage([...filled, ...consentTo(recordSections)]);
    await expect(el).to.be.accessible();
  });

  it('shows only the sections the staff member agreed to record', async () => {
    const { el } = await completePage([...filled, ...consentTo(['summary', 'actions'])]);
    expect(getCopyHeadings(el)).to.deep.equal(['How things are', 'Actions']);
    const text = getText(el);
    expect(text).to.contain('A hard month on nights');
    expect(text).to.contain('Book a meeting with occupational health (your manager, by 10 December 2026)');
    for (const left of ['Feeling flat after nights', 'Walking the dog', 'A desk fan', 'Staff support line', '1 March 2027']) {
      expect(text).not.to.contain(left);
    }
  });

  it('shows every consented section in words the staff member can read', async () => {
    const { el } = await completePage([...filled, ...consentTo(recordSections)]);
    expect(getCopyHeadings(el)).to.deep.equal(filledHeadings);
    const text = getText(el);
    for (const part of [
      'How you are feeling Feeling flat after nights',
      'What keeps you well at work? Walking the dog',
      'A desk fan: agreed',
      'Staff support line',
      'We will talk again on 1 March 2027.',
    ]) {
      expect(text).to.contain(part);
    }
  });

  it('gives each service chosen its phone number and opening hours, so the printed copy can be acted on', async () => {
    const { el } = await completePage([...filled, ...consentTo(recordSections)]);
    const contact = el.shadowRoot!.querySelector('.staff-copy .copy-contact')!;
    const rows = [...contact.querySelectorAll('.contact-row')].map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('dd')!.textContent!.trim()]);
    expect(rows).to.deep.equal([['Phone', '01632 960000'], ['Opening times', 'Every day, 8am to 8pm']]);
    const phone = contact.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(phone.getAttribute('href')).to.equal('tel:01632960000');
    expect(phone.dir).to.equal('ltr');
    expect(getComputedStyle(phone).whiteSpace).to.equal('nowrap');
    await expect(el).to.be.accessible();
  });

  it('never shows private notes', async () => {
    const { el } = await completePage([...filled, ...consentTo(recordSections)]);
    expect(el.shadowRoot!.innerHTML).not.to.contain(marker);
  });

  it('says only the fact of the conversation was recorded when nothing was agreed', async () => {
    const { el } = await completePage(filled);
    expect(getText(el)).to.contain('Only the fact that this conversation happened was recorded.');
    expect(getText(el)).to.contain('Nothing else was recorded this time.');
    expect(getCopyHeadings(el)).to.deep.equal([]);
  });

  it('prints a copy for the staff member', async () => {
    const { el } = await completePage([...filled, ...consentTo(['actions'])]);
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      getPrintButton(el)!.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
  });

  it('says nothing else was recorded when the staff member declined', async () => {
    const { el, actor } = await completePage([{ type: 'stage.next' }, { type: 'open.decline' }]);
    expect(actor.getSnapshot().context.outcome).to.equal('declined');
    const text = getText(el);
    expect(text).to.contain('The staff member chose not to have a wellbeing conversation this time.');
    expect(text).to.contain('Nothing else has been recorded.');
    expect(el.shadowRoot!.querySelector('.staff-copy')).to.equal(null);
    expect(getPrintButton(el)).to.equal(null);
  });

  it('is accessible when the staff member declined', async () => {
    const { el } = await completePage([{ type: 'stage.next' }, { type: 'open.decline' }]);
    await expect(el).to.be.accessible();
  });

  describe('staff support QR code', () => {
    const staffSupportUrl = 'https://www.example.nhs.uk/staff-support';
    const withSupport = { ...testConfig, staffSupportUrl };

    it('ends the staff copy with a QR code that reads as the staff support page and nothing from the conversation', async () => {
      const { el } = await completePage([...filled, ...consentTo(recordSections)], undefined, withSupport);
      const code = await getSupportQr(el.shadowRoot!.querySelector('.staff-copy')!);
      const decoded = await decodeQr(code);
      expect(decoded).to.equal(staffSupportUrl);
      expect(code.getAttribute('role')).to.equal('img');
      expect(code.getAttribute('aria-label')).to.equal('QR code for the staff support page');
      const caption = el.shadowRoot!.querySelector('.staff-copy .support-qr figcaption')!;
      expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Scan for staff support: www.example.nhs.uk/staff-support');
      await expect(el).to.be.accessible();
    });

    it('shows no QR code without a staff support page', async () => {
      const { el } = await completePage([...filled, ...consentTo(recordSections)]);
      expect(el.shadowRoot!.querySelector('.support-qr, svg')).to.equal(null);
    });

    it('says it in the staff member’s language in their copy', async () => {
      const { el } = await completePage([...filled, ...consentTo(['actions'])], 'ur', withSupport);
      const code = await getSupportQr(el.shadowRoot!.querySelector('.staff-copy')!);
      expect(code.getAttribute('aria-label')).to.equal('عملے کی مدد کے صفحے کا QR کوڈ');
      const caption = el.shadowRoot!.querySelector('.staff-copy .support-qr figcaption')!;
      expect(caption.textContent).to.contain('عملے کی مدد کے لیے اسکین کریں:');
      expect(caption.querySelector('a')!.getAttribute('dir')).to.equal('ltr');
      expect(await decodeQr(code)).to.equal(staffSupportUrl);
    });

    if (canEmulateMedia) {
      it('prints the QR code with the staff copy', async () => {
        const { el } = await completePage([...filled, ...consentTo(['actions'])], undefined, withSupport);
        const code = await getSupportQr(el.shadowRoot!);
        await emulateMedia({ media: 'print' });
        try {
          expect(getComputedStyle(el.shadowRoot!.querySelector('.panel')!).display).to.equal('none');
          expect(Math.round(code.getBoundingClientRect().width)).to.equal(113);
          expect(code.getClientRects().length).to.be.above(0);
        } finally {
          await emulateMedia({});
        }
      });
    }
  });

  describe('with staff-lang', () => {
    it('prints the staff copy in the staff member\'s language, right to left for Urdu', async () => {
      const { el } = await completePage([...filled, ...consentTo(recordSections)], 'ur');
      const copy = el.shadowRoot!.querySelector<HTMLElement>('.staff-copy')!;
      const wrapper = copy.parentElement!;
      expect(wrapper.getAttribute('lang')).to.equal('ur');
      expect(wrapper.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(copy).direction).to.equal('rtl');
      expect(copy.querySelector('h3')!.textContent).to.equal('میری صحت اور بہبود کا منصوبہ');
      expect(getCopyHeadings(el)).to.include('کرنے کے کام');
      const copyText = copy.textContent!.replace(/\s+/g, ' ');
      // Typed words stay as typed; the words around them are Urdu.
      expect(copyText).to.contain('Book a meeting with occupational health');
      expect(copyText).to.contain('آپ کے مینیجر');
      expect(copyText).to.contain('کام پر ٹھیک رہنے میں آپ کو کیا چیز مدد دیتی ہے؟');
      expect(copyText).not.to.contain('your manager');
      // English typed into an Urdu copy keeps its own direction, so its full stop stays at its end.
      expect(copy.querySelector('.agreed')!.getAttribute('dir')).to.equal('auto');
      expect(getComputedStyle(copy.querySelector('.agreed')!).direction).to.equal('ltr');
      expect(copyText).not.to.contain(marker);
      // The manager's own lines stay in the manager's language, and say the copy is unreviewed Urdu.
      const note = el.shadowRoot!.querySelector('[part="copy-language"]')!.textContent!.replace(/\s+/g, ' ');
      expect(note).to.contain("This copy is in Urdu, the staff member's language.");
      expect(note).to.contain('not yet been checked by a native speaker');
      expect(el.shadowRoot!.querySelector('.panel h3')!.textContent).to.equal('Plan recorded');
      await expect(el).to.be.accessible();
    });

    it('marks typed words in the staff copy as in no known language, with their own direction', async () => {
      const { el } = await completePage([...filled, ...consentTo(recordSections)], 'ur');
      const copy = el.shadowRoot!.querySelector<HTMLElement>('.staff-copy')!;
      // Every piece of typed text: an action in its Urdu sentence, a what-helps answer, a summary.
      const typed = [...copy.querySelectorAll<HTMLElement>('[dir="auto"]')];
      const action = typed.find((e) => e.textContent!.includes('Book a meeting with occupational health'));
      expect(action, 'the typed action').to.exist;
      expect(typed.length).to.be.greaterThan(2);
      for (const e of typed) expect([e.getAttribute('lang'), e.textContent!.trim() !== ''], e.outerHTML).to.deep.equal(['', true]);
      // The sentence around the action is Urdu, and the action inside it keeps English punctuation where typed.
      expect(action!.closest('li')!.textContent).to.contain('آپ کے مینیجر');
      // A trust's English opening hours keep their own direction in the Urdu copy, full stop at the end.
      const hours = copy.querySelector('.copy-contact dd:last-child .written')!;
      expect([hours.getAttribute('lang'), getComputedStyle(hours).direction]).to.deep.equal(['', 'ltr']);
    });

    it('keeps the manager\'s language when the staff language has no copy text', async () => {
      const { el } = await completePage([...filled, ...consentTo(['actions'])], 'de');
      expect(el.shadowRoot!.querySelector('[part="copy-language"]')).to.equal(null);
      expect(getCopyHeadings(el)).to.deep.equal(['Actions']);
    });
  });
});
