import { expect, html, oneEvent } from '@open-wc/testing';
import type { ErrorDetail } from '../../src/events/events.js';
import { damagedRecord, storedRecord } from '../../demo/stored-record.js';
import { getText } from '../test-helpers/conversation-fixture.js';
import { canEmulateMedia, emulateMedia } from '../test-helpers/media.js';
import { decodeQr, getSupportQr } from '../test-helpers/qr.js';
import { settled, standaloneFixture } from '../test-helpers/standalone-fixture.js';
import type { WcgPlanSummary } from './plan-summary.js';

const allHeadings = [
  'Your last plan', 'How things are', 'What we talked about', 'What helps you stay well', 'Actions',
  'Changes to how you work', 'Services you chose', 'Next conversation',
];

// Welsh words a trust has written for two headings; the others have no Welsh yet.
const welshConfig = {
  organisation: 'Hafren Valley Health Board', nation: 'wales',
  overrides: { cy: { 'summary:plan.sections.actions': 'Camau gweithredu', 'summary:plan.title': 'Fy nghynllun iechyd a lles' } },
};

const summary = (record: unknown, attrs = html``) =>
  standaloneFixture<WcgPlanSummary>(html`<wcg-plan-summary .record=${record}>${attrs}</wcg-plan-summary>`);

function getHeadings(el: WcgPlanSummary): string[] {
  return [...el.shadowRoot!.querySelectorAll('.record-section h3 .heading-text')].map((h) => h.textContent!.trim());
}

function getFacts(el: WcgPlanSummary): string[][] {
  return [...el.shadowRoot!.querySelectorAll('.fact')].map((f) => [f.querySelector('dt')!.textContent!, f.querySelector('dd')!.textContent!]);
}

function getProblemPaths(el: WcgPlanSummary, part: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(`[part="${part}"] li code`)].map((c) => c.textContent!);
}

describe('<wcg-plan-summary>', () => {
  it('renders the plan with its date and outcome', async () => {
    const el = await summary(storedRecord);
    expect(el.shadowRoot!.querySelector('h2 .heading-text')!.textContent).to.equal('My health and wellbeing plan');
    const text = getText(el);
    expect(text).to.contain('Conversation held on 14 May 2026');
    expect(getFacts(el)).to.deep.equal([
      ['Outcome', 'The conversation was held'], ['Language of the conversation', 'British English'], ["Staff member's language", 'Welsh'],
    ]);
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('lang')).to.equal('en-GB');
  });

  it('is accessible', async () => {
    const el = await summary(storedRecord);
    await expect(el).to.be.accessible();
  });

  it('shows every section of a full record, in order, with what was agreed', async () => {
    const el = await summary(storedRecord);
    expect(getHeadings(el)).to.deep.equal(allHeadings);
    const text = getText(el);
    for (const part of [
      'Ask the rota team about fewer runs of nights: done', 'No more than three nights in a row since March.',
      'Busy few months on the ward. Sleeping badly after nights, but glad to have the team.',
      'Sleep and energy Tired after runs of nights, especially the drive home.', 'Breaks and shifts',
      'What keeps you well at work? Walking the dog, and a proper break on long days.',
      'If I notice those signs, what would you like me to do? Ask me privately how I am, not in front of the team.',
      'Book an occupational health appointment about sleep and shift work (your manager, by 1 June 2026)',
      'Try the staff support line for tips on sleeping after nights (you)', 'A protected 30-minute break on long days: agreed',
      'No night shifts at all: not possible The ward needs everyone on the night rota; we agreed fewer runs of nights instead.',
      'Employee Assistance Programme', 'We will talk again on 20 November 2026.',
    ]) {
      expect(text).to.contain(part);
    }
    // The one question of what helps that the record leaves unanswered is not shown.
    expect(text).not.to.contain('What will you do for yourself when things get harder?');
  });

  it('shows only the sections the record holds', async () => {
    const { summary: _s, topics: _t, whatHelps: _w, adjustments: _a, services: _v, review: _r, ...rest } = storedRecord;
    const el = await summary({ ...rest, sections: ['actions', 'reviewDate'] });
    expect(getHeadings(el)).to.deep.equal(['Actions', 'Next conversation']);
    const text = getText(el);
    for (const left of ['Busy few months', 'Tired after runs of nights', 'Walking the dog', 'A protected 30-minute break', 'Employee Assistance', 'Ask the rota team']) {
      expect(text).not.to.contain(left);
    }
  });

  it('says only the fact of the conversation was recorded when no section was', async () => {
    const el = await summary({ ...storedRecord, sections: [], summary: undefined, review: undefined, topics: undefined, whatHelps: undefined, actions: undefined, adjustments: undefined, services: undefined, reviewDate: undefined });
    expect(getHeadings(el)).to.deep.equal([]);
    expect(getText(el)).to.contain('Only the fact that this conversation happened was recorded.');
  });

  it('says the staff member declined, and shows nothing else', async () => {
    const el = await summary({ ...storedRecord, outcome: 'declined' });
    expect(getHeadings(el)).to.deep.equal([]);
    const text = getText(el);
    expect(text).to.contain('The staff member chose not to have the conversation');
    expect(text).to.contain('Nothing else was recorded.');
    expect(text).not.to.contain('Book an occupational health appointment');
  });

  it('lists every problem of a bad record by path, shows none of it, and reports them', async () => {
    const el = await summary(storedRecord);
    const reported = oneEvent(el, 'wcg-error');
    el.record = damagedRecord;
    const { detail } = (await reported) as CustomEvent<ErrorDetail>;
    await el.updateComplete;
    expect(getProblemPaths(el, 'record-errors')).to.deep.equal(['outcome', 'date', 'actions[0].owner']);
    expect(detail.errors.map((e) => e.path)).to.deep.equal(['outcome', 'date', 'actions[0].owner']);
    expect(el.shadowRoot!.querySelector('.plan')).to.equal(null);
    expect(getText(el)).to.contain('This plan cannot be shown');
    expect(getText(el)).not.to.contain('Book OH');
  });

  it('never throws, whatever it is given', async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = Object.defineProperty({ ...storedRecord }, 'summary', { get() { throw new Error('no'); }, enumerable: true });
    const inputs: unknown[] = [null, 42, 'not json', '{"schemaVersion": 1}', [], {}, proxy, throwing, { ...storedRecord, sections: 'all' }];
    for (const [index, input] of inputs.entries()) {
      // Set as a property after rendering: a template would read the revoked Proxy itself.
      const el = await summary(undefined);
      el.record = input;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="record-errors"]'), `input ${index}`).to.exist;
      expect(getProblemPaths(el, 'record-errors').length).to.be.above(0);
    }
  });

  it('is accessible when the record cannot be shown', async () => {
    const el = await summary({ ...storedRecord, nation: 'France' });
    await expect(el).to.be.accessible();
  });

  it('shows the record and what was left out when a record only has warnings', async () => {
    const el = await summary({ ...storedRecord, summry: 'typo' });
    expect(getProblemPaths(el, 'record-warnings')).to.deep.equal(['summry']);
    expect(getHeadings(el)).to.deep.equal(allHeadings);
  });

  it("gives a service the record names its contact details from the trust's config, and its name alone without it", async () => {
    const [chosen] = storedRecord.services!;
    const config = { organisation: 'Anytown', services: [{ id: chosen!.id, category: chosen!.category, name: chosen!.name, phone: '01632 960123', url: 'https://example.nhs.uk/support' }] };
    const el = await standaloneFixture<WcgPlanSummary>(html`<wcg-plan-summary .record=${storedRecord} .config=${config}></wcg-plan-summary>`);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.copy-contact a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([['01632 960123', 'tel:01632960123'], ['example.nhs.uk/support', 'https://example.nhs.uk/support']]);
    expect((await summary(storedRecord)).shadowRoot!.querySelector('.copy-contact')).to.equal(null);
  });

  describe('staff support QR code', () => {
    const staffSupportUrl = 'https://www.example.nhs.uk/staff-support';
    const withSupport = { organisation: 'Anytown', staffSupportUrl };

    it('ends the plan with a QR code that reads as the staff support page, its address written out', async () => {
      const el = await summary(storedRecord);
      el.config = withSupport;
      const code = await getSupportQr(el.shadowRoot!);
      expect(await decodeQr(code)).to.equal(staffSupportUrl);
      expect(code.getAttribute('aria-label')).to.equal('QR code for the staff support page');
      const caption = el.shadowRoot!.querySelector('.plan .support-qr figcaption')!;
      expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Scan for staff support: www.example.nhs.uk/staff-support');
      await expect(el).to.be.accessible();
    });

    it('shows no QR code without a staff support page', async () => {
      const el = await summary(storedRecord);
      expect(el.shadowRoot!.querySelector('.support-qr, svg')).to.equal(null);
    });

    it('refuses an http:// staff support page and shows no QR code', async () => {
      const el = await summary(storedRecord);
      const reported = oneEvent(el, 'wcg-error');
      el.config = { ...withSupport, staffSupportUrl: 'http://www.example.nhs.uk/staff-support' };
      const { detail } = (await reported) as CustomEvent<ErrorDetail>;
      expect(detail.errors.map((e) => e.path)).to.deep.equal(['staffSupportUrl']);
      await settled(el, () => el.shadowRoot!.querySelector('[part="config-errors"]'));
      expect(el.shadowRoot!.querySelector('.support-qr')).to.equal(null);
    });

    if (canEmulateMedia) {
      it('prints the QR code', async () => {
        const el = await summary(storedRecord);
        el.config = withSupport;
        const code = await getSupportQr(el.shadowRoot!);
        await emulateMedia({ media: 'print' });
        try {
          expect(Math.round(code.getBoundingClientRect().width)).to.equal(113);
        } finally {
          await emulateMedia({});
        }
      });
    }
  });

  it('names a trust topic from the config, and by its id without it', async () => {
    const record = { ...storedRecord, topics: [{ id: 'travelToWork' }] };
    const without = await summary(record);
    expect(getText(without)).to.contain("A topic from your organisation's own list (travelToWork)");
    const config = { organisation: 'Anytown', extraTopics: [{ id: 'travelToWork', services: [], text: { 'en-GB': { name: 'Getting to work', prompt: 'How is your journey?', gentler: 'Is the journey a worry?' } } }] };
    const withConfig = await standaloneFixture<WcgPlanSummary>(html`<wcg-plan-summary .record=${record} .config=${config}></wcg-plan-summary>`);
    expect(getText(withConfig)).to.contain('Getting to work');
  });

  it("shows headings in the staff member's language too, the trust's wording first, and none in a language the guide has no text in", async () => {
    const el = await standaloneFixture<WcgPlanSummary>(html`<wcg-plan-summary staff-lang="cy" .record=${storedRecord} .config=${welshConfig}></wcg-plan-summary>`);
    await settled(el, () => el.shadowRoot!.querySelectorAll('.second-language').length === 9);
    const seconds = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.second-language')];
    expect(seconds.map((s) => [s.textContent, s.lang])).to.deep.equal([
      ['Fy nghynllun iechyd a lles', 'cy'], ['Eich cynllun diwethaf', 'cy'], ['Sut mae pethau', 'cy'], ['Beth wnaethon ni siarad amdano', 'cy'],
      ["Beth sy'n eich helpu i gadw'n iach", 'cy'], ['Camau gweithredu', 'cy'], ["Newidiadau i'r ffordd rydych chi'n gweithio", 'cy'],
      ['Gwasanaethau a ddewisoch chi', 'cy'], ['Y sgwrs nesaf', 'cy'],
    ]);
    expect(seconds[5]!.closest('h3')!.querySelector('.heading-text')!.textContent).to.equal('Actions');
    el.staffLang = 'de';
    await settled(el, () => !el.shadowRoot!.querySelector('.second-language'));
    expect(getHeadings(el)).to.deep.equal(allHeadings);
  });

  it('takes its language from the nearest [lang] when it has none of its own', async () => {
    const config = { organisation: 'Hafren', nation: 'wales', overrides: { cy: { 'summary:plan.print': 'Argraffu’r cynllun' } } };
    const el = await standaloneFixture<WcgPlanSummary>(html`<div lang="cy"><wcg-plan-summary .record=${storedRecord} .config=${config}></wcg-plan-summary></div>`);
    expect(el.shadowRoot!.querySelector('button[part="print"]')!.textContent).to.equal('Argraffu’r cynllun');
    el.lang = 'en-GB';
    await settled(el, () => el.shadowRoot!.querySelector('button[part="print"]')!.textContent === 'Print this plan');
  });

  it('prints from its button and its print() method, on A4 and marked as printing until the dialogue closes', async () => {
    const el = await summary(storedRecord);
    const original = window.print;
    const marked: boolean[] = [];
    const onA4 = () => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => /@page\s*{[^}]*size: a4;[^}]*margin: 15mm/i.test(r.cssText)));
    window.print = () => void marked.push(el.hasAttribute('printing') && onA4());
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="print"]')!.click();
      window.dispatchEvent(new Event('afterprint'));
      expect(el.hasAttribute('printing')).to.equal(false);
      expect(onA4()).to.equal(false);
      el.print();
    } finally {
      window.print = original;
      window.dispatchEvent(new Event('afterprint'));
    }
    expect(marked).to.deep.equal([true, true]);
  });
});
