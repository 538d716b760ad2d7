import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { i18n } from 'i18next';
import { defineAllElements } from '../../src/define-all.js';
import { createI18n } from '../../src/i18n/i18n.js';
import type { WcgConversation } from '../conversation/conversation.js';
import { getHeading, settle } from '../test-helpers/conversation-helpers.js';
import { getButton } from '../test-helpers/deep-find.js';
import type { PreviewProblem, WcgConfigPreview } from './config-preview.js';

defineAllElements();

async function previewFixture(config: unknown, languages = ['en-GB'], delay = 300, problems: readonly PreviewProblem[] = []): Promise<WcgConfigPreview> {
  const text: i18n = await createI18n('en-GB', { namespaces: ['configure'] });
  const el = await fixture<WcgConfigPreview>(
    html`<wcg-config-preview .i18n=${text} .config=${config} .problems=${problems} .languages=${languages} delay=${delay}></wcg-config-preview>`,
  );
  await waitUntil(() => getConversation(el) && getHeading(getConversation(el)!), 'the conversation did not render', { timeout: 5000 });
  return el;
}

function getProblems(el: WcgConfigPreview): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part="problems"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
}

function getConversation(el: WcgConfigPreview): WcgConversation | null {
  return el.shadowRoot!.querySelector<WcgConversation>('wcg-conversation');
}

describe('<wcg-config-preview>', () => {
  it('renders a heading and the conversation with the config given', async () => {
    const config = { organisation: 'Anytown' };
    const el = await previewFixture(config);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Preview');
    expect(getConversation(el)!.config).to.deep.equal(config);
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
  });

  it('is accessible', async () => {
    const el = await previewFixture({ organisation: { 'en-GB': 'Anytown', cy: 'Bwrdd Anytown' } }, ['en-GB', 'cy']);
    await expect(el).to.be.accessible();
  });

  it('takes a change only after a pause of `delay` milliseconds, and only the last of several', async () => {
    const el = await previewFixture({ organisation: 'A' }, ['en-GB'], 150);
    el.config = { organisation: 'AB' };
    await el.updateComplete;
    el.config = { organisation: 'ABC' };
    await el.updateComplete;
    expect(getConversation(el)!.config).to.deep.equal({ organisation: 'A' });
    // Nothing tells that a change is still held back, so only the clock can show it has not come early: half the
    // delay. Timers run in the order they fall due, so the preview's own cannot run before this one.
    await aTimeout(75);
    expect(getConversation(el)!.config).to.deep.equal({ organisation: 'A' });
    await waitUntil(() => (getConversation(el)!.config as { organisation: string }).organisation === 'ABC', 'the last change did not arrive');
  });

  it('stays on the stage being looked at when the config is edited', async () => {
    const el = await previewFixture({ organisation: 'A' }, ['en-GB'], 0);
    const conversation = getConversation(el)!;
    getButton(conversation, 'Continue').click();
    await waitUntil(() => getHeading(conversation) === 'Explain what this conversation is for', 'Continue did not move on');
    const before = conversation.currentContext();
    el.config = { organisation: 'Anytown Hospitals' };
    await waitUntil(() => (conversation.config as { organisation: string }).organisation === 'Anytown Hospitals', 'the edit did not arrive');
    // The conversation takes new config by starting again from where it was: once it has, it is on the stage it
    // stays on, or has wrongly gone back.
    await waitUntil(() => conversation.currentContext() !== before, 'the conversation did not take the edited config');
    await settle(conversation);
    expect(getHeading(conversation)).to.equal('Explain what this conversation is for');
  });

  it('lists the problems given with the config in their words, in place of the list the guide shows managers', async () => {
    const config = { organisation: 'A', nation: 'Cymru', colour: 'blue' };
    const problems: PreviewProblem[] = [
      { severity: 'error', text: 'Select the nation from the list: England, Wales, Scotland or Northern Ireland' },
      { severity: 'warning', text: 'Your file has a setting the guide does not know, “colour”, so it was ignored' },
    ];
    const el = await previewFixture(config, ['en-GB'], 150, problems);
    const conversation = getConversation(el)!;
    await waitUntil(() => conversation.shadowRoot!.querySelector('[part="config-errors"]'), 'the guide did not check the config');
    const list = el.shadowRoot!.querySelector('[part="problems"]')!;
    expect(list.querySelector('h3')!.textContent).to.equal('Managers would see the standard settings');
    expect(getProblems(el)).to.deep.equal([problems[0].text, `Check: ${problems[1].text}`]);
    expect(conversation.shadowRoot!.querySelector('[part="config-errors"]')!.getClientRects().length, 'the guide\'s own list is shown').to.equal(0);
    await expect(el).to.be.accessible();
    // The problems change with the config they are about, after the same pause.
    el.config = { organisation: 'A', colour: 'blue' };
    el.problems = [problems[1]];
    await el.updateComplete;
    expect(getProblems(el)).to.have.length(2);
    await waitUntil(() => getProblems(el).length === 1, 'the new problems were not shown');
    expect(el.shadowRoot!.querySelector('[part="problems"] h3')!.textContent).to.equal('Check these settings');
    el.problems = [];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="problems"]')).to.equal(null);
  });

  it('shows nothing until it has its words', async () => {
    defineAllElements();
    const el = await fixture<WcgConfigPreview>(html`<wcg-config-preview .config=${{ organisation: 'A' }}></wcg-config-preview>`);
    expect(el.shadowRoot!.children.length).to.equal(0);
  });
});
