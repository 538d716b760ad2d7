import { expect, waitUntil } from '@open-wc/testing';
import type { WcgConversation } from '../conversation/conversation.js';
import { editorFixture, getField } from '../test-helpers/config-editor-fixture.js';
import { getHeading } from '../test-helpers/conversation-helpers.js';
import { deepText, folded, hostileConfig, hostilePayloads, injectedMarkup, linkedAddresses, marked, watchForScript } from '../test-helpers/hostile-input.js';
import type { WcgConfigEditor } from './config-editor.js';

// HR teams open config files written by anyone: every word in one is shown as text, in the form and in the preview.

function getPreview(el: WcgConfigEditor): WcgConversation | null | undefined {
  return el.shadowRoot!.querySelector('wcg-config-preview')?.shadowRoot?.querySelector<WcgConversation>('wcg-conversation');
}

async function hostileEditor(config: unknown): Promise<{ el: WcgConfigEditor; preview: WcgConversation }> {
  const el = await editorFixture(config);
  await waitUntil(() => getPreview(el) && getHeading(getPreview(el)!), 'the preview did not render', { timeout: 10000 });
  const preview = getPreview(el)!;
  await preview.updateComplete;
  return { el, preview };
}

describe('<wcg-config-editor> with a hostile config file', () => {
  let stopWatching: () => string[];
  beforeEach(() => {
    stopWatching = watchForScript();
  });
  afterEach(() => {
    stopWatching();
  });

  for (const payload of hostilePayloads) {
    it(`keeps ${JSON.stringify(payload.slice(0, 28))} as text in the form and the preview`, async () => {
      const { el, preview } = await hostileEditor(hostileConfig(payload));
      expect(injectedMarkup(el).join('; ')).to.equal('');
      expect(getField(el, 'organisation["en-GB"]').value).to.equal(marked(payload, 'organisation'));
      const shown = deepText(preview);
      expect(shown).to.include(folded(marked(payload, 'organisation')));
      expect(shown).to.include(folded(marked(payload, 'override')));
      expect(stopWatching()).to.deep.equal([]);
    });
  }

  it('names each unsafe link and unknown setting in its problem list, as text, linking none of them', async () => {
    const config = {
      ...hostileConfig(hostilePayloads[1]),
      [hostilePayloads[0]]: hostilePayloads[2],
      services: [{ id: 'eap', category: 'staffPsychologicalSupport', name: 'Support line', url: 'javascript:window.__wcgPwned=1' }],
      escalation: { name: 'Duty manager', url: 'data:text/html,<script>alert(1)</script>' },
    };
    const { el } = await hostileEditor(config);
    expect(deepText(el.shadowRoot!.querySelector('wcg-error-summary')!)).to.include('Enter the website for Service 1 (Support line) in full, starting https://');
    // The unknown setting's name is quoted in the list of other problems, cut to 40 characters.
    expect(deepText(el)).to.include(folded(hostilePayloads[0]).slice(0, 40));
    expect(injectedMarkup(el).join('; ')).to.equal('');
    expect(linkedAddresses(el).filter((href) => /script:|^data:/i.test(href.trim()))).to.deep.equal([]);
    expect(stopWatching()).to.deep.equal([]);
  });
});
