import { expect, html, oneEvent } from '@open-wc/testing';
import { clickButton, continueUntil, getHeading, readyConversation } from '../test-helpers/conversation-helpers.js';
import { deepFind } from '../test-helpers/deep-find.js';
import { typeInto } from '../test-helpers/typing.js';

// This file runs in a page of its own: whatever of the draft keeping it finds loaded, a conversation here loaded.
const draftFiles = /\/(components\/conversation\/drafts|src\/elements\/drafts|src\/persist\/(draft|crypto|session))\.(ts|js)\b/;
// Every file this page fetches from here on (an observer, as the page's own list of them stops when full).
const fetched: string[] = [];
new PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name))).observe({ type: 'resource', buffered: true });
const fetchedDraftFiles = () => fetched.filter((name) => draftFiles.test(new URL(name).pathname));

describe('<wcg-conversation> fetches what keeps drafts only when asked to keep them', () => {
  it('a conversation without persist is ready, and taken to its second stage, without the draft code', async () => {
    const el = await readyConversation(html`<wcg-conversation draft-id="appraisal-1"></wcg-conversation>`);
    await continueUntil(el, 'How are things?');
    typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[1], 'A hard month');
    await el.updateComplete;
    expect(fetchedDraftFiles()).to.deep.equal([]);
    // Without drafts kept, a draft the host offers is refused as before, naming what is missing.
    const refused = oneEvent(el, 'wcg-error');
    expect(el.restoreDraft({})).to.equal(false);
    expect((await refused).detail.errors.map((e: { path: string }) => e.path)).to.deep.equal(['draft-id']);
    el.remove();
  });

  it('persist="host" fetches it as the conversation starts, and hands the host its draft', async () => {
    const el = await readyConversation(html`<wcg-conversation persist="host" draft-id="appraisal-2"></wcg-conversation>`);
    expect(fetchedDraftFiles()).not.to.deep.equal([]);
    await continueUntil(el, 'How are things?');
    const handed = oneEvent(el, 'wcg-draft');
    typeInto(deepFind<HTMLTextAreaElement>(el, 'textarea')[1], 'A hard month');
    const { draft } = (await handed).detail;
    expect(draft.state.agreed.checkIn).to.equal('A hard month');
    // And it takes back a draft of its own conversation.
    await clickButton(el, 'Back');
    expect(getHeading(el)).not.to.equal('How are things?');
    expect(el.restoreDraft(draft)).to.equal(true);
    await el.updateComplete;
    expect(getHeading(el)).to.equal('How are things?');
    el.remove();
  });
});
