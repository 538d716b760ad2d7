import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { WcgConversation } from './conversation.js';
import { clickButton, confirmDecline, confirmStartAgain, continueUntil, getHeading, readyConversation, sessionConversation, settle, whenReady } from '../test-helpers/conversation-helpers.js';
import { deepFind } from '../test-helpers/deep-find.js';
import { typeInto } from '../test-helpers/typing.js';

const marker = 'MARKER-d1e5';

function getText(el: WcgConversation): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

describe('<wcg-conversation> drafts', () => {
  it('keeps a session draft, encrypted, and restores the stage and text after a reload', async () => {
    const name = `draft-${Math.random()}`;
    const first = await sessionConversation(name);
    await continueUntil(first, 'How are things?');
    typeInto(deepFind<HTMLTextAreaElement>(first, 'textarea')[0], 'Tired after nights');
    typeInto(deepFind<HTMLTextAreaElement>(first, 'textarea')[1], 'A hard month');
    await waitUntil(() => getText(first).includes('saved on this device'), 'draft not saved', { timeout: 5000 });
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    first.remove();

    const second = await sessionConversation(name);
    await waitUntil(() => getHeading(second) === 'How are things?', 'stage not restored', { timeout: 5000 });
    await settle(second);
    const fields = deepFind<HTMLTextAreaElement>(second, 'textarea');
    // The private note is never kept: only the agreed wording comes back.
    expect(fields.map((f) => f.value)).to.deep.equal(['', 'A hard month']);
    await waitUntil(() => getText(second).includes('saved on this device'), 'restored draft not kept', { timeout: 5000 });
    await confirmStartAgain(second);
    expect(getHeading(second)).to.equal('Before you start');
    second.remove();

    const third = await sessionConversation(name);
    expect(getHeading(third)).to.equal('Before you start');
  });

  it('asks the store to save a session draft in the same moment as the change, with no pause before it', async () => {
    const name = `draft-${Math.random()}`;
    const el = await sessionConversation(name);
    await continueUntil(el, 'How are things?');
    await waitUntil(() => getText(el).includes('saved on this device'), 'draft not saved', { timeout: 5000 });
    const { SessionDraftStore } = await import('../../src/persist/session-store.js');
    const save = SessionDraftStore.prototype.save;
    const asked: string[] = [];
    SessionDraftStore.prototype.save = function (this: InstanceType<typeof SessionDraftStore>, draft) {
      asked.push(draft.state.agreed['checkIn'] ?? '');
      return save.call(this, draft);
    };
    try {
      // No timer can run between the typing and the check: only the render, in microtasks.
      typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[1], 'A hard month');
      await el.updateComplete;
      expect(asked).to.deep.equal(['A hard month']);
    } finally {
      SessionDraftStore.prototype.save = save;
      el.remove();
    }
  });

  it('says in a status where the draft is kept, and the date and hour it is kept until', async () => {
    const el = await sessionConversation(`draft-${Math.random()}`);
    await continueUntil(el, 'How are things?');
    typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[1], 'A hard month');
    await waitUntil(() => getText(el).includes('saved on this device'), 'draft not saved', { timeout: 5000 });
    const status = el.shadowRoot!.querySelector('[part="draft-notice"] [role="status"]')!;
    const text = status.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('saved on this device');
    // Kept for 8 hours after the last change: its date, and the hour, with no minutes that would change as one types.
    // (Either side of midnight, in case the draft was saved a moment before it and this runs a moment after.)
    const dates = [0, 10_000].map((ago) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(Date.now() + 8 * 3_600_000 - ago));
    expect(dates.some((date) => text.includes(date)), text).to.equal(true);
    expect(text).to.match(/\b\d{1,2}:00\b/);
    el.remove();
  });

  it('wipes the session draft when the conversation ends', async () => {
    const name = `draft-${Math.random()}`;
    const first = await sessionConversation(name);
    await clickButton(first, 'Continue');
    await waitUntil(() => getText(first).includes('saved on this device'), 'draft not saved', { timeout: 5000 });
    await confirmDecline(first);
    await waitUntil(() => !getText(first).includes('saved on this device'), 'notice still shown', { timeout: 5000 });
    first.remove();
    const second = await sessionConversation(name);
    expect(getHeading(second)).to.equal('Before you start');
  });

  it('carries on in memory with a notice when storage is blocked', async () => {
    const open = indexedDB.open;
    indexedDB.open = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const el = await sessionConversation(`draft-${Math.random()}`);
      // Generous: on a busy machine WebKit can take several seconds to start the draft store.
      await waitUntil(() => getText(el).includes('settings block saving a draft'), 'no notice', { timeout: 15000 });
      await clickButton(el, 'Continue');
      expect(getHeading(el)).to.equal('Explain what this conversation is for');
      await expect(el).to.be.accessible();
    } finally {
      indexedDB.open = open;
    }
  });

  it('gives the host versioned drafts and takes them back with restoreDraft', async () => {
    const host = await readyConversation(html`<wcg-conversation persist="host" draft-id="appraisal-42"></wcg-conversation>`);
    await continueUntil(host, 'How are things?');
    const draftEvent = oneEvent(host, 'wcg-draft');
    typeInto(deepFind<HTMLTextAreaElement>(host, 'textarea')[1], 'Carry this over');
    const { detail } = await draftEvent;
    expect(detail.draft).to.include({ schemaVersion: 2, scriptVersion: '2026-12.1' });
    expect(detail.draft.savedAt).to.match(/^\d{4}-\d{2}-\d{2}T/);

    const other = await readyConversation(html`<wcg-conversation persist="host" draft-id="appraisal-42"></wcg-conversation>`);
    expect(other.restoreDraft(JSON.parse(JSON.stringify(detail.draft)))).to.equal(true);
    await settle(other);
    expect(getHeading(other)).to.equal('How are things?');
    expect(deepFind<HTMLTextAreaElement>(other, 'textarea')[1].value).to.equal('Carry this over');
  });

  it('offers every typed word of a draft it cannot restore, and keeps working', async () => {
    const el = await readyConversation(html`<wcg-conversation persist="host" draft-id="appraisal-42"></wcg-conversation>`);
    const errors = oneEvent(el, 'wcg-error');
    const broken = { schemaVersion: 99, state: { notes: { checkIn: marker }, actions: [{ text: 'Ask about rota' }] } };
    expect(el.restoreDraft(broken)).to.equal(false);
    const { detail } = await errors;
    expect(JSON.stringify(detail)).not.to.contain(marker);
    await settle(el);
    const recovered = el.shadowRoot!.querySelector('[part="recovered"]')!.textContent!;
    expect(recovered).to.contain(marker);
    expect(recovered).to.contain('Ask about rota');
    expect(getHeading(el)).to.equal('Before you start');
    await expect(el).to.be.accessible();
    await clickButton(el, 'I have copied what I need');
    expect(el.shadowRoot!.querySelector('[part="recovered"]')).to.equal(null);
  });

  it('never crashes on a corrupt draft of any shape', async () => {
    const el = await readyConversation(html`<wcg-conversation persist="host" draft-id="appraisal-42"></wcg-conversation>`);
    for (const bad of [null, 42, 'x', [], { schemaVersion: 1 }, { schemaVersion: 1, state: { stage: 'nowhere' } }]) {
      expect(el.restoreDraft(bad)).to.equal(false);
    }
    await settle(el);
    expect(getHeading(el)).to.equal('Before you start');
  });
});

describe('<wcg-conversation> previous record and evaluation', () => {
  const previous = {
    schemaVersion: 1, scriptVersion: '2026-11.1', outcome: 'completed', date: '2026-05-01', nation: 'england', language: 'en-GB',
    sections: ['actions'], actions: [{ id: 'a1', text: 'Try the later shift pattern', owner: 'manager' }],
  };

  it('opens with the review of the last plan', async () => {
    const el = await readyConversation(html`<wcg-conversation .previousRecord=${previous}></wcg-conversation>`);
    expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent).to.equal('Step 1 of 9');
    await continueUntil(el, 'Look back at your last plan');
    expect(deepFind(el, 'wcg-stage-review')[0].shadowRoot!.textContent).to.contain('Try the later shift pattern');
  });

  it('reports a bad previous record and starts without it', async () => {
    const errors = new Promise<CustomEvent>((resolve) => document.addEventListener('wcg-error', (e) => resolve(e as CustomEvent), { once: true }));
    const el = await readyConversation(html`<wcg-conversation .previousRecord=${{ ...previous, actions: 'lots' }}></wcg-conversation>`);
    const { detail } = await errors;
    expect(detail.errors[0].path).to.match(/^previousRecord\./);
    expect(el.shadowRoot!.querySelector('[part="record-errors"]')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent).to.equal('Step 1 of 8');
  });

  it('fires an evaluation event with only the month and outcome of a declined conversation, no typed text', async () => {
    const el = await fixture<WcgConversation>(html`<wcg-conversation evaluation></wcg-conversation>`);
    await whenReady(el);
    await clickButton(el, 'Continue');
    typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[0], marker);
    const evaluation = oneEvent(el, 'wcg-evaluation');
    await confirmDecline(el);
    const { detail } = await evaluation;
    expect(detail).to.deep.equal({ schemaVersion: 1, month: el.currentContext()!.today.slice(0, 7), outcome: 'declined' });
    expect(JSON.stringify(detail)).not.to.contain(marker);
  });
});
