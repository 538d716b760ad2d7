import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { builtInScenarios } from '../../src/content/scenarios/index.js';
import { getHeading, practiceFixture } from './practice-fixture.js';
import type { WcgPractice } from './practice.js';

// Every built-in scenario played from the picker to its debrief with the keyboard alone: Tab to move, arrow keys
// within a radio group, Space and Enter to choose.

function active(el: WcgPractice): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

/** Presses Tab until focus is on an element `match` accepts. */
async function tabTo(el: WcgPractice, match: (element: HTMLElement) => boolean, what: string): Promise<HTMLElement> {
  for (let i = 0; i < 30; i++) {
    await sendKeys({ press: 'Tab' });
    const focused = active(el);
    if (focused && match(focused)) return focused;
  }
  throw new Error(`Tab never reached ${what}`);
}

const isButton = (label: string) => (e: HTMLElement) => e.tagName === 'BUTTON' && e.textContent!.replace(/\s+/g, ' ').trim() === label;
const isRadio = (name: string) => (e: HTMLElement) => e instanceof HTMLInputElement && e.type === 'radio' && e.name === name;

/** Tabs into a radio group and chooses its `index`th radio: Space for the first, arrow keys for the rest. */
async function chooseRadio(el: WcgPractice, name: string, index: number): Promise<void> {
  await tabTo(el, isRadio(name), `the ${name} radios`);
  // ' ' is the space bar in every engine's driver; some do not know the name "Space".
  if (index === 0) await sendKeys({ press: ' ' });
  for (let i = 0; i < index; i++) await sendKeys({ press: 'ArrowDown' });
  const radio = active(el) as HTMLInputElement;
  expect(radio.checked, `radio ${index} of ${name} is checked`).to.equal(true);
  expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].indexOf(radio)).to.equal(index);
}

/** Tabs to a button and presses Enter on it, then waits for the screen to change focus. */
async function press(el: WcgPractice, label: string, focusMovesTo: string): Promise<void> {
  await tabTo(el, isButton(label), `the button "${label}"`);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => active(el)?.id === focusMovesTo, `focus did not move to #${focusMovesTo} after "${label}"`);
}

describe('<wcg-practice> by keyboard alone', () => {
  for (const [index, scenario] of builtInScenarios.entries()) {
    it(`plays "${scenario.id}" from the picker to its debrief`, async () => {
      const el = await practiceFixture();
      await chooseRadio(el, 'scenario', index);
      await press(el, 'Continue', 'practice-heading');
      await press(el, 'Practise with simulated replies', 'practice-heading');
      const completed = oneEvent(el, 'wcg-practice-complete');
      for (const [n, step] of scenario.steps.entries()) {
        expect(getHeading(el)).to.match(new RegExp(`step ${n + 1} of ${scenario.steps.length}$`));
        await chooseRadio(el, 'option', step.options.findIndex((o) => !o.mistake));
        await press(el, 'Choose this answer', 'reply');
        const last = n === scenario.steps.length - 1;
        await press(el, last ? 'See your debrief' : 'Continue', 'practice-heading');
      }
      const { detail } = await completed;
      expect(detail.scenarioId).to.equal(scenario.id);
      expect(getHeading(el)).to.match(/^Debrief: /);
      expect(el.shadowRoot!.querySelector('[part="overall"]')!.textContent).to.include('Good.');
    });
  }
});
