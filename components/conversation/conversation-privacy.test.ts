import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import type { AgreedRecord } from '../../src/record/record.types.js';
import { driveConversation, mountConversation } from '../test-helpers/full-conversation.js';
import { watchOutput, type WatchedOutput } from '../test-helpers/output-watch.js';
import { recordRequests, type RecordedRequest } from '../test-helpers/request-recorder.js';
import { clickButton, confirmDecline, settle } from '../test-helpers/conversation-helpers.js';

// docs/design.md, "Privacy rules (not negotiable)": nothing leaves the browser but through the host's own events, form value and draft hooks; the only
// requests are the trust config and the locale files, from the host's own site; no conversation text in the console,
// in error messages or in evaluation data.

const configUrl = new URL('../../demo/configs/anytown-acute-trust.json', import.meta.url);
const localesPath = new URL('../../locales/', import.meta.url).pathname;

// A unique word, so finding it anywhere can only mean it was copied from what was typed.
const marker = `Qz${Math.random().toString(36).slice(2, 10)}`;

const previousRecord = (actionText: string) => ({
  schemaVersion: 1, scriptVersion: '2026-11.1', outcome: 'completed', date: '2026-05-01', nation: 'england', language: 'en-GB',
  sections: ['actions'], actions: [{ id: 'a1', text: actionText, owner: 'manager' }],
});

// A request is allowed when it is a same-origin GET of the config file (fetched), of a file under the locales
// folder, or of the package's own code fetched when first needed, such as the session store (each imported as a
// module with no query: in the built package each is a chunk beside the script). The QR code library is one of
// those: the staff copy draws the trust's staff-support page's code with it.
const ownCode = ['/src/', '/components/', '/node_modules/lean-qr/'];
function disallowed(requests: readonly RecordedRequest[]): string[] {
  const fetched = (kind: string) => kind === 'fetch' || kind === 'resource:fetch';
  return requests
    .filter(({ kind, method, url }) => {
      const { origin, pathname, search } = new URL(url);
      const imported = kind === 'resource:script' && search === '' && (pathname.startsWith(localesPath) || ownCode.some((folder) => pathname.startsWith(folder)));
      const allowed = (fetched(kind) && pathname === configUrl.pathname) || imported;
      return !(allowed && method === 'GET' && origin === location.origin);
    })
    .map(({ kind, method, url }) => `${kind} ${method} ${url}`);
}

describe('<wcg-conversation> privacy: requests', () => {
  it('asks only for its config and locale files, from this site, through a whole conversation', async () => {
    const recorder = recordRequests();
    let requests: RecordedRequest[] = [];
    try {
      const el = await mountConversation(html`
        <wcg-conversation lang="cy" config-src=${configUrl.pathname} persist="session" name="wellbeing" draft-id=${`privacy-${marker}`} evaluation
          .previousRecord=${previousRecord('Try the later shift pattern')}></wcg-conversation>
      `);
      const evaluation = oneEvent(el, 'wcg-evaluation');
      await driveConversation(el, { text: (field) => `Words for ${field}`, topics: ['workload', 'travelToWork'], safety: true });
      await evaluation;
      // Lets any late request (a beacon on the way out, an image) be made before looking: nothing says none is
      // coming, so only the clock can.
      await aTimeout(100);
      el.remove();
    } finally {
      requests = recorder.stop();
    }
    expect(disallowed(requests)).to.deep.equal([]);
    const paths = requests.map((r) => new URL(r.url).pathname);
    // The recorder really saw the requests it allows: the config and the Welsh text.
    expect(paths).to.include(configUrl.pathname);
    expect(paths.some((p) => p.startsWith(`${localesPath}cy/`))).to.equal(true);
  });

  it('refuses config on another site without asking it, and says so', async () => {
    const recorder = recordRequests();
    let requests: RecordedRequest[] = [];
    const errors = new Promise<CustomEvent>((resolve) => document.addEventListener('wcg-error', (e) => resolve(e as CustomEvent), { once: true }));
    try {
      await mountConversation(html`<wcg-conversation config-src="https://example.org/our-trust.json"></wcg-conversation>`);
    } finally {
      requests = recorder.stop();
    }
    const { detail } = await errors;
    expect(detail.errors).to.deep.equal([{ path: 'config-src', message: 'is on another website; the config must come from this website' }]);
    expect(requests.filter((r) => r.url.includes('example.org')).map((r) => r.url)).to.deep.equal([]);
  });
});

describe('<wcg-conversation> privacy: typed text stays out of logs, errors and evaluation data', () => {
  it('never shows typed text, or text from bad config, records and drafts, anywhere but the record', async () => {
    const stopWatching = watchOutput();
    let record: AgreedRecord | undefined;
    let thrown: string[] = [];
    let output: WatchedOutput;
    try {
      // Bad inputs first: config, a previous record and drafts, each with the marker in wrong-typed fields, unknown keys and text.
      // A trust's config is not conversation text: a short wrong value is quoted back to the HR admin by design ("got
      // 'call us'", docs/design.md, "Bad input"), cut at 40 characters, so here the marker sits in lists, groups, keys, valid text and past the cut.
      const broken = {
        organisation: { 'en-GB': [marker] },
        nation: { [marker]: marker },
        [marker]: marker,
        services: [{ id: 'eap', category: 'staffPsychologicalSupport', name: `${marker} line`, [`x${marker}`]: 1, phone: `call ${'0'.repeat(40)} ${marker}` }],
        extraTopics: [{ id: 'own', services: [], text: { 'en-GB': { name: marker, prompt: marker, gentler: marker, followUps: { [marker]: marker } } } }],
      };
      const damaged = { ...previousRecord(marker), actions: [{ id: 'a1', text: marker, owner: marker, [marker]: marker }], summary: [marker], [marker]: 1 };
      const bad = await mountConversation(html`<wcg-conversation persist="host" draft-id="appraisal-privacy" evaluation .config=${broken} .previousRecord=${damaged}></wcg-conversation>`);
      const drafts: unknown[] = [
        { schemaVersion: 99, state: { notes: { checkIn: marker }, actions: [{ text: marker }] } },
        { schemaVersion: 1, scriptVersion: marker, savedAt: marker, state: { stage: marker, notes: { open: 42, checkIn: [marker] }, actions: marker } },
        { schemaVersion: 1, state: { stage: 'checkIn', notes: { checkIn: { private: marker } }, consent: marker, [marker]: marker } },
        JSON.stringify({ schemaVersion: 1, state: { notes: { checkIn: marker } } }).slice(0, -3),
        marker,
      ];
      thrown = drafts.flatMap((draft) => {
        try {
          bad.restoreDraft(draft);
          return [];
        } catch (error) {
          return [String(error)];
        }
      });
      await settle(bad);
      // The text of the bad drafts is offered back on screen, so it is not lost.
      expect(bad.shadowRoot!.querySelector('[part="recovered"]')!.textContent).to.contain(marker);
      const declined = oneEvent(bad, 'wcg-evaluation');
      await clickButton(bad, 'Continue');
      await confirmDecline(bad);
      await declined;

      // Then a whole conversation with the marker in every field, the last plan's action too.
      const el = await mountConversation(html`
        <wcg-conversation config-src=${configUrl.pathname} persist="session" name="wellbeing" draft-id=${`marker-${marker}`} evaluation
          .previousRecord=${previousRecord(`${marker} last time`)}></wcg-conversation>
      `);
      const complete = oneEvent(el, 'wcg-complete');
      // The evaluation may come after the record: its file can still be on its way when a fast conversation ends.
      const evaluated = oneEvent(el, 'wcg-evaluation');
      await driveConversation(el, { text: (field) => `${marker} ${field}`, topics: ['workload', 'travelToWork'], safety: true });
      record = ((await complete).detail as { record: AgreedRecord }).record;
      await evaluated;
      expect(el.validationMessage).not.to.contain(marker);
    } finally {
      output = stopWatching();
    }
    // Every line holding the marker is listed, so a failure says where it was found.
    expect(output.lines.filter((line) => line.includes(marker))).to.deep.equal([]);
    expect(output.evaluations).to.have.length(2);
    expect(output.errors.length).to.be.greaterThan(2);
    expect(thrown).to.deep.equal([]);
    // The marker was really typed: it is in the record wherever the staff member agreed to it, and private notes are not.
    const agreed = JSON.stringify(record);
    for (const field of ['checkIn:note-agreed', 'explore.0:note-agreed', 'whatHelps:note-agreed#2', 'plan:actions-a1-text', 'plan:adjustments-j2-text']) {
      expect(agreed).to.contain(`${marker} ${field}`);
    }
    expect(agreed).not.to.contain('note-private');
  });
});
