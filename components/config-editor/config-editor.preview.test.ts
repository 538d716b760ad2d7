import { expect, waitUntil } from '@open-wc/testing';
import type { WcgConfigPreview } from '../config-preview/config-preview.js';
import type { WcgConversation } from '../conversation/conversation.js';
import type { WcgStageChooseTopics } from '../stage-choose-topics/stage-choose-topics.js';
import { editorFixture, getField, getFocused, samples, typeInto } from '../test-helpers/config-editor-fixture.js';
import { getHeading } from '../test-helpers/conversation-helpers.js';
import type { WcgConfigEditor } from './config-editor.js';
import { fieldIdForIssue } from './config-issues.js';

function getConversation(el: WcgConfigEditor): WcgConversation {
  return el.shadowRoot!.querySelector('wcg-config-preview')!.shadowRoot!.querySelector<WcgConversation>('wcg-conversation')!;
}

// The text of every shadow root under `root`, so a test can ask what the preview shows wherever it is.
function deepText(root: Element | ShadowRoot): string {
  let text = '';
  for (const node of root.querySelectorAll('*')) {
    if (node.shadowRoot) text += ` ${deepText(node.shadowRoot)}`;
    else if (!node.children.length) text += ` ${node.textContent}`;
  }
  return text.replace(/\s+/g, ' ');
}

// Waits for the preview to take the editor's current config (it waits for a pause in the typing) and show it.
async function whenPreviewed(el: WcgConfigEditor): Promise<WcgConversation> {
  const wanted = JSON.stringify(el.config);
  await waitUntil(() => JSON.stringify(getConversation(el).config) === wanted, 'the preview did not take the change', { timeout: 5000 });
  const conversation = getConversation(el);
  await waitUntil(() => getHeading(conversation), 'the preview did not render', { timeout: 5000 });
  return conversation;
}

async function clickIn(conversation: WcgConversation, label: string): Promise<void> {
  const button = [...conversation.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;
  button.click();
  await conversation.updateComplete;
}

describe('<wcg-config-editor> preview', () => {
  it('shows the organisation typed in the preparation checklist, without taking focus from the form', async () => {
    const el = await editorFixture();
    const name = getField(el, 'organisation["en-GB"]');
    name.focus();
    await typeInto(el, name, 'Riverside Community NHS Trust');
    const conversation = await whenPreviewed(el);
    await waitUntil(() => deepText(conversation.shadowRoot!).includes('Local services from Riverside Community NHS Trust are loaded'), 'the name is not in the checklist', { timeout: 5000 });
    expect(getFocused(el)).to.equal(fieldIdForIssue('organisation["en-GB"]'));
  });

  it('waits for a pause in the typing before it changes', async () => {
    const el = await editorFixture({ organisation: 'Anytown' });
    await whenPreviewed(el);
    const before = JSON.stringify(getConversation(el).config);
    await typeInto(el, getField(el, 'organisation["en-GB"]'), 'Anytown Hospitals');
    expect(JSON.stringify(getConversation(el).config)).to.equal(before);
    await whenPreviewed(el);
  });

  it('shows a renamed service in the explore stage', async () => {
    const el = await editorFixture(samples().anytown);
    await typeInto(el, getField(el, 'services[0].name["en-GB"]'), 'Staff Support Line');
    const conversation = await whenPreviewed(el);
    await clickIn(conversation, 'Continue');
    await clickIn(conversation, 'Continue');
    await clickIn(conversation, 'Continue');
    const picker = conversation.shadowRoot!.querySelector<WcgStageChooseTopics>('wcg-stage-choose-topics')!;
    picker.shadowRoot!.querySelector<HTMLInputElement>('input[value="mood"]')!.click();
    await picker.updateComplete;
    await clickIn(conversation, 'Continue');
    await waitUntil(() => deepText(conversation.shadowRoot!).includes('Staff Support Line'), 'the new name is not in the explore stage', { timeout: 5000 });
    expect(deepText(conversation.shadowRoot!)).to.not.include('Employee Assistance Programme');
  });

  it('offers each language of the config, and shows the preview in the one chosen', async () => {
    const el = await editorFixture(samples().hafren);
    const conversation = await whenPreviewed(el);
    const preview = el.shadowRoot!.querySelector<WcgConfigPreview>('wcg-config-preview')!;
    const select = preview.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['en-GB', 'cy']);
    select.value = 'cy';
    select.dispatchEvent(new Event('change'));
    await preview.updateComplete;
    expect(conversation.getAttribute('lang')).to.equal('cy');
    // The board's own Welsh wording, from its config.
    await waitUntil(() => deepText(conversation.shadowRoot!).includes('Gofynnwch i Dîm y Gymraeg'), 'the Welsh wording is not shown', { timeout: 5000 });
  });
});
