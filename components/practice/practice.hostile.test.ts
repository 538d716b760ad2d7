import { expect, waitUntil } from '@open-wc/testing';
import example from '../../demo/scenarios/example-scenario.json' with { type: 'json' };
import { parseScenario, scenarioLimits } from '../../src/content/parse-scenario.js';
import { deepText, folded, hostilePayloads, injectedMarkup, marked, watchForScript } from '../test-helpers/hostile-input.js';
import { answer, click, getPart, practiceFixture } from './practice-fixture.js';
import type { WcgPractice } from './practice.js';

// A trainer's scenario file is text from outside the guide too: every word of it is a payload, shown as text.

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

// The longest a text may be at each path (the persona's name and the title are short); others take any payload.
const limitFor = (path: string) => (path.startsWith('persona.name') ? scenarioLimits.name : path.startsWith('title') ? scenarioLimits.title : 600);

/** The example scenario with each English text replaced by a payload (a different one each time) marked with its path. */
function hostileScenario(): { scenario: Json; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  let next = 0;
  const walk = (value: Json, path: string): Json => {
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}[${i}]`));
    if (value === null || typeof value !== 'object') return value;
    const out: { [key: string]: Json } = {};
    for (const [key, child] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (key === 'en-GB' && typeof child === 'string') {
        const fits = hostilePayloads.map((_, i) => hostilePayloads[(next + i) % hostilePayloads.length]).find((p) => marked(p, path).length <= limitFor(path))!;
        next++;
        out[key] = marked(fits, path);
        texts.set(path, out[key] as string);
      } else out[key] = walk(child as Json, here);
    }
    return out;
  };
  return { scenario: walk(example as unknown as Json, ''), texts };
}

async function chooseFile(el: WcgPractice, contents: string): Promise<void> {
  const input = getPart<HTMLInputElement>(el, '#scenario-upload');
  const transfer = new DataTransfer();
  transfer.items.add(new File([contents], 'scenario.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<wcg-practice> with a hostile scenario file', () => {
  it('shows every word of the file as text on every screen, running nothing', async () => {
    const { scenario, texts } = hostileScenario();
    expect(parseScenario(scenario).ok).to.equal(true);
    const stopWatching = watchForScript();
    const el = await practiceFixture();
    const seen: string[] = [];
    const look = async (screen: string) => {
      await el.updateComplete;
      expect(injectedMarkup(el).join('; '), screen).to.equal('');
      seen.push(deepText(el));
    };
    await chooseFile(el, JSON.stringify(scenario));
    await waitUntil(() => el.shadowRoot!.querySelector('#scenario-file'), 'the file scenario was not added', { timeout: 5000 });
    await look('picker');
    await click(el, 'Continue');
    await look('persona');
    await click(el, 'Practise with simulated replies');
    for (const step of (scenario as { steps: { options: { id: string }[] }[] }).steps) {
      await look('step');
      await answer(el, step.options[0].id);
      await look('answered');
      await click(el, getPart(el, '[part="nav"] button'));
    }
    await look('debrief');
    await click(el, 'Practise this scenario again');
    await click(el, 'Observe a role-play');
    await look('observer');
    await click(el, getPart(el, 'fieldset.area input[type="radio"]'));
    await click(el, 'See the debrief');
    await look('observer debrief');
    expect(stopWatching()).to.deep.equal([]);
    const all = seen.join('\n');
    const missing = [...texts].filter(([, text]) => !all.includes(folded(text))).map(([path]) => path);
    // Only the replies and feedback of answers not chosen (and of other openness bands) are never on screen.
    expect(missing.filter((path) => !/\.replies\.|options\[[1-9]\]\.feedback/.test(path))).to.deep.equal([]);
    expect(missing).not.to.include('steps[0].options[0].replies.opening');
  });
});
