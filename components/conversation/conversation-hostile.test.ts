import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { parseTrustConfig } from '../../src/content/parse-trust-config.js';
import type { TrustConfig } from '../../src/content/trust-config.js';
import type { AgreedRecord } from '../../src/record/record.types.js';
import type { WcgPlanSummary } from '../plan-summary/plan-summary.js';
import { driveConversation, mountConversation } from '../test-helpers/full-conversation.js';
import {
  deepText, folded, hostileConfig, hostilePayloads, injectedMarkup, linkedAddresses, marked, overflowing, watchForScript,
} from '../test-helpers/hostile-input.js';
import { conversationFixture, testConfig } from '../test-helpers/conversation-fixture.js';
import { standaloneFixture } from '../test-helpers/standalone-fixture.js';
import { settle } from '../test-helpers/conversation-helpers.js';

const previous = {
  schemaVersion: 1, scriptVersion: '2026-11.1', outcome: 'completed', date: '2026-05-01', nation: 'england', language: 'en-GB',
  sections: ['actions'], actions: [{ id: 'a1', text: 'Try the later shift pattern', owner: 'manager' }],
};

// The trust's words, each expected on screen somewhere in a full conversation; typed words are checked on their own.
const configFields = [
  'organisation', 'topic.name', 'topic.description', 'topic.prompt', 'topic.gentler', 'topic.followUps.0', 'topic.followUps.1',
  'topic.listenFor.0', 'topic.avoid.0', 'topic.culturalNote', 'service.name', 'service.description', 'service.hours',
  'crisis.note', 'escalation.name', 'escalation.description', 'override',
];

// What the staff member agreed to record, as typed: it must reach the completion page and the plan summary.
const agreedFields = ['checkIn:note-agreed', 'explore.1:note-agreed', 'whatHelps:note-agreed#3', 'plan:actions-a1-text', 'plan:adjustments-j2-reason'];

// A short name for a payload in a test title: its first characters, quoted.
const label = (payload: string) => JSON.stringify(payload.slice(0, 28));

async function hostileConversation(payload: string) {
  const config = hostileConfig(payload);
  const el = await mountConversation(html`<wcg-conversation .config=${config} .previousRecord=${previous}></wcg-conversation>`);
  return { el, config };
}

// One line listing every problem, so a failure names them all.
function expectNoInjection(el: Element, where: string): void {
  expect(injectedMarkup(el).join('; '), where).to.equal('');
}

describe('<wcg-conversation> with hostile text in every field', () => {
  let stopWatching: () => string[];
  // A phone's width: every stage must fit it, however long a word the trust or the staff member wrote. Only the
  // Chromium and Firefox drivers can resize the page (WebKit's cannot), so in WebKit the width is not checked.
  const narrow = /Chrome|Firefox/.test(navigator.userAgent);
  const wide = { width: window.innerWidth, height: window.innerHeight };
  beforeEach(async () => {
    stopWatching = watchForScript();
    if (narrow) await setViewport({ width: 320, height: 640 });
  });
  afterEach(async () => {
    stopWatching();
    if (narrow) await setViewport(wide);
  });
  const expectFits = (el: Element, where: string) => {
    if (narrow) expect(overflowing(el, document.body).join('; '), `wider than 320px: ${where}`).to.equal('');
  };

  it('accepts the hostile config, so every payload is really shown', () => {
    for (const payload of hostilePayloads) {
      const result = parseTrustConfig(hostileConfig(payload));
      expect(result.ok, label(payload)).to.equal(true);
    }
  });

  for (const payload of hostilePayloads) {
    it(`shows ${label(payload)} as text on every stage, the staff copy and the plan summary, running nothing and fitting a phone`, async () => {
      const { el, config } = await hostileConversation(payload);
      const seen: string[] = [];
      const complete = oneEvent(el, 'wcg-complete');
      await driveConversation(el, {
        text: (field) => marked(payload, field),
        topics: ['workload', 'hostile'],
        safety: true,
        onStage: async (stage) => {
          await settle(el);
          expectNoInjection(el, stage);
          expectFits(el, stage);
          seen.push(deepText(el));
        },
      });
      const { record } = (await complete).detail as { record: AgreedRecord };
      const summary = await standaloneFixture<WcgPlanSummary>(html`<wcg-plan-summary .record=${record} .config=${config}></wcg-plan-summary>`);
      await waitUntil(() => summary.shadowRoot!.querySelector('[part="summary"]'), 'the plan summary did not show the record', { timeout: 10000 });
      expectNoInjection(summary, 'plan summary');
      expectFits(summary, 'plan summary');
      // An image that failed to load or a handler that was added would have run by now: nothing tells that none
      // will, so only the clock can (the markup itself was checked above).
      await aTimeout(50);
      expect(stopWatching()).to.deep.equal([]);

      const all = seen.join('\n');
      const missing = configFields.filter((field) => !all.includes(folded(marked(payload, field))));
      expect(missing, 'trust text not shown as written').to.deep.equal([]);
      const copy = deepText(el.shadowRoot!.querySelector('wcg-stage-complete')!);
      const summaryText = deepText(summary);
      for (const field of agreedFields) {
        expect(copy, `staff copy: ${field}`).to.include(folded(marked(payload, field)));
        expect(summaryText, `plan summary: ${field}`).to.include(folded(marked(payload, field)));
      }
      expect(record.actions?.[0].text).to.equal(marked(payload, 'plan:actions-a1-text').trim());
    });
  }

  it('refuses a link that is not a web address, naming the field, and links none of it', async () => {
    const bad = ['javascript:window.__wcgPwned=1', ' JavaScript:window.__wcgPwned=1', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)', '//evil.example/x', 'https://user:secret@example.nhs.uk/'];
    for (const url of bad) {
      const config = {
        organisation: 'Anytown', services: [{ id: 'eap', category: 'staffPsychologicalSupport', name: 'Support line', url }],
        escalation: { name: 'Duty manager', url },
      };
      const result = parseTrustConfig(config);
      expect(result.ok, url).to.equal(false);
      const paths = result.ok ? [] : result.errors.map((e) => e.path);
      expect(paths, url).to.include.members(['services[0].url', 'escalation.url']);
      for (const error of result.ok ? [] : result.errors) expect(error.message).to.contain('a web address starting https://');
    }
    const errors = new Promise<CustomEvent>((resolve) => document.addEventListener('wcg-error', (e) => resolve(e as CustomEvent), { once: true }));
    const config = {
      organisation: 'Anytown', services: [{ id: 'eap', category: 'staffPsychologicalSupport', name: 'Support line', url: bad[0], phone: '01632 960000' }],
      escalation: { name: 'Duty manager', url: bad[0] },
    };
    const el = await mountConversation(html`<wcg-conversation .config=${config}></wcg-conversation>`);
    const { detail } = await errors;
    expect(detail.errors.map((e: { path: string }) => e.path)).to.include.members(['services[0].url', 'escalation.url']);
    expect(deepText(el.shadowRoot!.querySelector('[part="config-errors"]')!)).to.contain('services[0].url');
    await driveConversation(el, { text: () => 'Fine', topics: ['workload'], safety: true, onStage: () => expectNoInjection(el, 'with refused links') });
    expect(linkedAddresses(el).filter((href) => /script:|^data:/i.test(href.trim()))).to.deep.equal([]);
  });

  it('refuses phone numbers and email addresses that carry markup, naming the field', () => {
    for (const payload of hostilePayloads) {
      const result = parseTrustConfig({
        organisation: 'Anytown',
        services: [{ id: 'eap', category: 'staffPsychologicalSupport', name: 'Support line', phone: payload, email: payload }],
        escalation: { name: 'Duty manager', phone: payload, email: `duty@example.nhs.uk${payload}` },
      });
      const paths = result.ok ? [] : result.errors.map((e) => e.path);
      expect(paths, label(payload)).to.have.members(['services[0].phone', 'services[0].email', 'escalation.phone', 'escalation.email']);
    }
  });

  it('links only web, phone and email addresses even when config reaches the screens unchecked', async () => {
    const url = 'javascript:window.__wcgPwned=1';
    const config: TrustConfig = {
      ...testConfig,
      services: testConfig.services.map((service) => ({ ...service, url, email: `x@example.nhs.uk"><img src=x onerror=alert(1)>` })),
      crisisOverrides: [{ id: 'samaritans', note: url }, { id: 'nhs111England', note: `<img src=x onerror=alert(1)>${url}` }],
      escalation: { name: 'Duty manager', url, email: 'javascript:alert(1)//@example.nhs.uk' },
    };
    const panel = await conversationFixture(html`<wcg-safety-panel></wcg-safety-panel>`, { config, events: [{ type: 'safety.open', path: 'suicide' }] });
    const list = await conversationFixture(html`<wcg-service-list .services=${config.services}></wcg-service-list>`, { config });
    for (const el of [panel.el, list.el]) {
      expectNoInjection(el, el.localName);
      expect(linkedAddresses(el).length, `${el.localName} links`).to.be.greaterThan(0);
    }
    // As above: time for an injected handler to have run, which nothing else would show.
    await aTimeout(50);
    expect(stopWatching()).to.deep.equal([]);
  });

  it('offers the text of a draft it cannot restore as text, whatever it holds', async () => {
    const el = await mountConversation(html`<wcg-conversation persist="host" draft-id="appraisal-hostile"></wcg-conversation>`);
    const notes = Object.fromEntries(hostilePayloads.map((payload, i) => [`note${i}`, marked(payload, 'draft.note')]));
    const draft = { schemaVersion: 99, state: { notes, actions: hostilePayloads.map((payload) => ({ text: marked(payload, 'draft.action') })), [hostilePayloads[1]]: hostilePayloads[2] } };
    expect(el.restoreDraft(draft)).to.equal(false);
    await settle(el);
    expectNoInjection(el, 'recovered notes');
    const recovered = deepText(el.shadowRoot!.querySelector('[part="recovered"]')!);
    for (const payload of hostilePayloads) {
      expect(recovered, label(payload)).to.include(folded(marked(payload, 'draft.note')));
      expect(recovered, label(payload)).to.include(folded(marked(payload, 'draft.action')));
    }
    expectFits(el, 'recovered notes');
    // As above: time for an injected handler to have run, which nothing else would show.
    await aTimeout(50);
    expect(stopWatching()).to.deep.equal([]);
  });
});
