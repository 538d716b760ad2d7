import { expect, html, oneEvent } from '@open-wc/testing';
import stages from '../../locales/en-GB/stages.json' with { type: 'json' };
import topics from '../../locales/en-GB/topics.json' with { type: 'json' };
import { crisisDirectoryFor } from '../../src/content/crisis.js';
import type { TrustConfigFile } from '../../src/content/trust-config.js';
import { builtInTopicIds, nations } from '../../src/content/types.js';
import type { ErrorDetail } from '../../src/events/events.js';
import { stageIds } from '../../src/model/stages.js';
import { formatDate } from '../shared/record-text.js';
import { getText } from '../test-helpers/conversation-fixture.js';
import { canEmulateMedia, emulateMedia } from '../test-helpers/media.js';
import { decodeQr, getSupportQr } from '../test-helpers/qr.js';
import { settled, standaloneFixture } from '../test-helpers/standalone-fixture.js';
import type { WcgPrepSheet } from './prep-sheet.js';

// A trust's config: its own order, one topic switched off, one topic of its own, and two local services.
const trustConfig = {
  organisation: 'Anytown Hospitals NHS Foundation Trust',
  nation: 'scotland',
  topics: { order: ['travelToWork', 'money'], disabled: ['faithCulture'] },
  extraTopics: [{
    id: 'travelToWork', services: ['hrPolicies'],
    text: { 'en-GB': { name: 'Getting to work', prompt: 'How is your journey to work?', gentler: 'Is getting here ever a worry?', listenFor: ['Feeling unsafe after dark'] } },
  }],
  services: [
    { id: 'eap', category: 'staffPsychologicalSupport', name: 'Employee Assistance Programme', phone: '01632 960001' },
    { id: 'ftsu', category: 'freedomToSpeakUp', name: 'Speak Up Guardian', email: 'speakup@example.nhs.uk' },
  ],
};

const sheet = (audience: 'staff' | 'manager' = 'staff', config?: unknown) =>
  standaloneFixture<WcgPrepSheet>(html`<wcg-prep-sheet audience=${audience} .config=${config}></wcg-prep-sheet>`);

function getTopics(el: WcgPrepSheet): string[][] {
  return [...el.shadowRoot!.querySelectorAll('.topic')].map((t) => [t.querySelector('dt')!.textContent!, t.querySelector('dd')!.textContent!]);
}

function getServiceGroups(el: WcgPrepSheet): [string, string[]][] {
  return [...el.shadowRoot!.querySelectorAll('.service-group')].map((g) => [
    g.querySelector('h4')!.textContent!,
    [...g.querySelectorAll('.contact-name')].map((n) => n.textContent!),
  ]);
}

function expectPrinted(el: WcgPrepSheet): void {
  const original = window.print;
  let printed = 0;
  window.print = () => void (printed += Number(el.hasAttribute('printing')));
  try {
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="print"]')!.click();
  } finally {
    window.print = original;
    window.dispatchEvent(new Event('afterprint'));
  }
  expect(printed).to.equal(1);
  expect(el.hasAttribute('printing')).to.equal(false);
}

describe('<wcg-prep-sheet>', () => {
  it('renders the staff member’s sheet', async () => {
    const el = await sheet();
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Your health and wellbeing conversation');
    expect(el.shadowRoot!.querySelector('.from')).to.equal(null);
  });

  it('is accessible', async () => {
    const el = await sheet();
    await expect(el).to.be.accessible();
  });

  it('is accessible as the manager’s paper guide', async () => {
    const el = await sheet('manager', trustConfig);
    await expect(el).to.be.accessible();
  });

  it('tells the staff member what the conversation is for, that it is their choice and private within limits, and how to have it', async () => {
    const text = getText(await sheet());
    for (const said of [
      'It is not a performance review', 'You choose whether to have the conversation', 'You can skip any question',
      'There is one limit', 'at risk of serious harm',
      'You can bring someone with you', 'someone other than your line manager', 'ask for a professional interpreter',
    ]) {
      expect(text).to.contain(said);
    }
  });

  it('says exactly what is kept, where and who can see it, and never promises that it stays between the two of them', async () => {
    const text = getText(await sheet());
    expect(text).not.to.match(/stays between you and your manager/i);
    for (const part of [
      'What is written down, and who can see it',
      'notes your manager makes for themselves are never kept',
      'nothing goes in unless you agree',
      'The record is kept by your organisation',
      'Your manager can see it',
      'looked at again at your next conversation',
    ]) {
      expect(text).to.contain(part);
    }
  });

  it('carries the "not yet checked" notice in a language no native speaker has checked, on screen and on paper', async () => {
    const polish = await standaloneFixture<WcgPrepSheet>(html`<wcg-prep-sheet lang="pl"></wcg-prep-sheet>`);
    const notice = polish.shadowRoot!.querySelector('[part="unreviewed"]')!;
    expect(notice.textContent).to.contain('Tego tłumaczenia nie sprawdziła jeszcze osoba');
    // Not hidden from print: nothing in the notice's class list is print-only-hidden.
    expect(notice.closest('.print, .no-print, .screen-only')).to.equal(null);
    const english = await sheet();
    expect(english.shadowRoot!.querySelector('[part="unreviewed"]')).to.equal(null);
    const manager = await standaloneFixture<WcgPrepSheet>(html`<wcg-prep-sheet lang="cy" audience="manager"></wcg-prep-sheet>`);
    expect(manager.shadowRoot!.querySelector('[part="unreviewed"]')!.textContent).to.contain("Dydy siaradwr brodorol ddim wedi gwirio'r cyfieithiad hwn eto.");
  });

  it('lists every built-in topic with its gentler wording', async () => {
    const el = await sheet();
    expect(getTopics(el)).to.deep.equal(builtInTopicIds.map((id) => [topics[id].name, topics[id].gentler]));
  });

  it('lists the trust’s topics, in its order, from its config', async () => {
    const el = await sheet('staff', trustConfig);
    const listed = getTopics(el);
    expect(listed.slice(0, 2)).to.deep.equal([['Getting to work', 'Is getting here ever a worry?'], [topics.money.name, topics.money.gentler]]);
    expect(listed.map(([name]) => name)).not.to.include(topics.faithCulture.name);
    expect(listed).to.have.length(builtInTopicIds.length);
    expect(el.shadowRoot!.querySelector('.from')!.textContent).to.equal('From Anytown Hospitals NHS Foundation Trust');
  });

  it('shows the crisis numbers of each nation, with the date they were checked', async () => {
    const el = await sheet();
    for (const nation of nations) {
      el.nation = nation;
      await el.updateComplete;
      const lines = el.shadowRoot!.querySelector('[part="crisis-lines"]')!.parentElement!.textContent!.replace(/\s+/g, ' ');
      const directory = crisisDirectoryFor(nation);
      for (const entry of directory.entries) {
        expect(lines, `${nation} ${entry.id}`).to.contain(entry.phone ? `Call ${entry.phone}` : `Text ${entry.sms!.keyword} to ${entry.sms!.number}`);
      }
      expect(el.shadowRoot!.querySelectorAll('[part="crisis-lines"] li')).to.have.length(directory.entries.length);
      expect(lines).to.contain(`Numbers checked on ${formatDate(directory.lastVerified, 'en-GB')}`);
    }
    expect(getText(el)).to.contain('Call 0808 808 8000');
  });

  it('warns on paper, as on screen, when a number could not be confirmed on its own page', async () => {
    const el = await sheet();
    const lines = el.shadowRoot!.querySelector('[part="crisis-lines"]')!.parentElement!;
    expect(lines.querySelector('[part="unconfirmed"]')!.textContent).to.contain("could not be checked on the service's own website");
  });

  it('takes the nation from the trust’s config unless it is given one', async () => {
    const el = await sheet('staff', trustConfig);
    expect(getText(el)).to.contain('Breathing Space');
    el.nation = 'wales';
    await el.updateComplete;
    expect(getText(el)).not.to.contain('Breathing Space');
    expect(getText(el)).to.contain('Live Fear Free');
  });

  it('gives the manager every stage with its heading and lead, and every topic’s prompt', async () => {
    const el = await sheet('manager', trustConfig);
    const steps = [...el.shadowRoot!.querySelectorAll('.stage')];
    expect(steps.map((s) => s.querySelector('h4')!.textContent)).to.deep.equal(stageIds.map((id, n) => `Step ${n + 1}: ${stages[id].heading}`));
    expect(steps.map((s) => s.querySelector('.stage-lead')!.textContent)).to.deep.equal(stageIds.map((id) => stages[id].lead));
    const text = getText(el);
    for (const said of Object.values(stages.open.say).filter((s) => s !== stages.open.say.heading && s !== stages.open.say.headingShared && s !== stages.open.say.hint)) {
      expect(text).to.contain(said);
    }
    const cards = [...el.shadowRoot!.querySelectorAll('.topic-card')];
    expect(cards.map((c) => c.querySelector('h4')!.textContent)[0]).to.equal('Getting to work');
    for (const id of builtInTopicIds.filter((t) => t !== 'faithCulture')) {
      expect(text).to.contain(topics[id].prompt);
      expect(text).to.contain(topics[id].gentler);
      for (const line of topics[id].listenFor) expect(text).to.contain(line);
    }
    expect(text).to.contain('How is your journey to work?');
  });

  it('gives the manager the trust’s services, grouped by category', async () => {
    const el = await sheet('manager', trustConfig);
    expect(getServiceGroups(el)).to.deep.equal([
      ['Staff support and counselling', ['Employee Assistance Programme']],
      ['Freedom to Speak Up guardian', ['Speak Up Guardian']],
      ['Changes at work and Access to Work', ['Access to Work']],
      ['Money worries', ["Cavell Nurses' Trust"]],
    ]);
    expect(getText(el)).to.contain('Phone 01632 960001');
  });

  it('names the kind of service as each nation does: Speaking Up Safely in Wales', async () => {
    const el = await sheet('manager', { ...trustConfig, nation: 'wales' });
    expect(getServiceGroups(el).map(([heading]) => heading)).to.include('Speaking Up Safely').and.not.to.include('Freedom to Speak Up guardian');
  });

  it('gives the manager the safety steps with the crisis numbers', async () => {
    const el = await sheet('manager');
    const safety = el.shadowRoot!.querySelector('[part="safety"]')!;
    expect([...safety.querySelectorAll('.safety-path h4')].map((h) => h.textContent)).to.deep.equal([
      'Suicide or self-harm', 'Someone else at risk, or not safe to work or drive', 'Domestic abuse', 'A child or an adult at risk',
    ]);
    expect(safety.querySelectorAll('.steps li')).to.have.length(29);
    const text = safety.textContent!.replace(/\s+/g, ' ');
    for (const part of [
      'Call 116 123',
      // The new and changed steps are on paper too.
      'If they have already hurt themselves or taken anything, call 999 or go to A&E now, even if they seem well.',
      'Agree a simple safety plan together',
      'Do not let them drive, or work a clinical shift',
      'Children living with domestic abuse are a safeguarding matter',
    ]) {
      expect(text).to.contain(part);
    }
  });

  it('ends the manager’s guide with a blank plan on a page of its own', async () => {
    const el = await sheet('manager');
    const plan = el.shadowRoot!.querySelector('[part="blank-plan"]')!;
    expect(plan).to.equal(el.shadowRoot!.querySelector('.sheet')!.lastElementChild);
    expect([...plan.querySelectorAll('caption')].map((c) => c.textContent)).to.deep.equal(['Actions', 'Changes to how you work']);
    expect(plan.querySelectorAll('.actions-table tbody tr')).to.have.length(4);
    expect(plan.querySelectorAll('.consent li')).to.have.length(8);
    expect(plan.textContent).to.contain('Signature');
    const printRules = (el.constructor as typeof WcgPrepSheet).elementStyles.map((s) => (s as { cssText: string }).cssText).join('');
    expect(printRules).to.match(/@media print\s*{[^@]*\.blank-plan\s*{[^}]*break-before: page/);
  });

  it('lists the problems with bad config and carries on with the standard ones', async () => {
    const el = await sheet();
    const reported = oneEvent(el, 'wcg-error');
    // A file read at run time can hold anything; the type keeps such mistakes out of a host's own code only.
    el.config = { organisation: 'Anytown', nation: 'France', services: [{ id: 'x', category: 'gym', name: 'Gym' }] } as unknown as TrustConfigFile;
    const { detail } = (await reported) as CustomEvent<ErrorDetail>;
    await settled(el, () => el.shadowRoot!.querySelector('[part="config-errors"]'));
    const paths = [...el.shadowRoot!.querySelectorAll('[part="config-errors"] code')].map((c) => c.textContent);
    expect(paths).to.deep.equal(detail.errors.map((e) => e.path));
    expect(paths).to.include('services[0].category');
    expect(getTopics(el)).to.have.length(builtInTopicIds.length);
  });

  describe('staff support QR code', () => {
    const staffSupportUrl = 'https://www.example.nhs.uk/staff-support?from=sheet';
    const withSupport = { ...trustConfig, staffSupportUrl };

    it('shows the trust’s staff support page as a QR code that reads as its address, with the address written out', async () => {
      const el = await sheet('staff', withSupport);
      const code = await getSupportQr(el.shadowRoot!);
      expect(await decodeQr(code)).to.equal(staffSupportUrl);
      expect(code.getAttribute('role')).to.equal('img');
      expect(code.getAttribute('aria-label')).to.equal('QR code for the staff support page');
      const caption = el.shadowRoot!.querySelector('.support-qr figcaption')!;
      expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Scan for staff support: www.example.nhs.uk/staff-support?from=sheet');
      expect(caption.querySelector('a')!.href).to.equal(staffSupportUrl);
      await expect(el).to.be.accessible();
    });

    it('says it in the sheet’s language', async () => {
      const el = await standaloneFixture<WcgPrepSheet>(html`<wcg-prep-sheet lang="cy" .config=${withSupport}></wcg-prep-sheet>`);
      const code = await getSupportQr(el.shadowRoot!);
      expect(code.getAttribute('aria-label')).to.equal('Cod QR ar gyfer y dudalen cymorth i staff');
      expect(el.shadowRoot!.querySelector('.support-qr figcaption')!.textContent).to.contain('Sganiwch i gael cymorth i staff:');
    });

    it('shows no QR code without a staff support page, nor on the manager’s guide', async () => {
      for (const el of [await sheet(), await sheet('staff', trustConfig), await sheet('manager', withSupport)]) {
        expect(el.shadowRoot!.querySelector('.support-qr, svg[role="img"]')).to.equal(null);
      }
    });

    if (canEmulateMedia) {
      it('prints the QR code, big enough to scan', async () => {
        const el = await sheet('staff', withSupport);
        const code = await getSupportQr(el.shadowRoot!);
        await emulateMedia({ media: 'print' });
        try {
          const { width, height } = code.getBoundingClientRect();
          // 30 mm on paper: at 96 CSS pixels to the inch, about 113 px.
          expect(Math.round(width)).to.equal(113);
          expect(Math.round(height)).to.equal(113);
          expect(getComputedStyle(code.closest('figure')!).display).to.not.equal('none');
        } finally {
          await emulateMedia({});
        }
      });
    }
  });

  it('prints from its button, for either audience', async () => {
    expectPrinted(await sheet());
    expectPrinted(await sheet('manager'));
  });
});
