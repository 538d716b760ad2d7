import { expect, html } from '@open-wc/testing';
import { builtInScenarios } from '../../src/content/scenarios/index.js';
import { answer, click, getPart, pickScenario, practiceFixture } from './practice-fixture.js';
import type { WcgPractice } from './practice.js';

// The safety steps in practice point to "the urgent mental health line below" and "the domestic abuse helpline
// below": the lines are there, as the live safety panel shows them.

/** Plays a risk scenario up to the step that takes the safety steps, and takes them. */
async function takeSafetySteps(el: WcgPractice, id: string): Promise<void> {
  const scenario = builtInScenarios.find((s) => s.id === id)!;
  await pickScenario(el, id);
  await click(el, 'Practise with simulated replies');
  for (const step of scenario.steps) {
    const good = step.options.find((o) => !o.mistake)!;
    await answer(el, good.id);
    if (good.opensSafetySteps) return;
    await click(el, 'Continue');
  }
}

/** Each call link in a part: its text, where it dials, and whether its number keeps to one line. */
function getCalls(part: HTMLElement): string[][] {
  return [...part.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => {
    const number = a.querySelector('.number')!;
    return [a.textContent!.trim(), a.getAttribute('href')!, getComputedStyle(number).whiteSpace];
  });
}

describe('<wcg-practice> safety steps', () => {
  it('shows the lines the suicide steps point to, each number a link kept whole on one line', async () => {
    const el = await practiceFixture();
    await takeSafetySteps(el, 'paramedicTrauma');
    const steps = getPart(el, '[part="safety-steps"]');
    expect(steps.textContent).to.include('help them call the urgent mental health line below');
    expect([...steps.querySelectorAll('[part="lines"] h4')].map((h) => h.textContent)).to.deep.equal([
      'In an emergency', 'Urgent mental health help', 'Someone to listen', 'Help by text message',
    ]);
    expect(getCalls(steps)).to.deep.equal([
      ['Call 999', 'tel:999', 'nowrap'], ['Call 111', 'tel:111', 'nowrap'], ['Call 116 123', 'tel:116123', 'nowrap'],
    ]);
    expect(steps.querySelector('a[href^="sms:85258"]')!.textContent).to.equal('Text SHOUT to 85258');
    expect(getPart(el, '[part="verified"]').textContent).to.match(/^Numbers checked on \d{1,2} \w+ \d{4}$/);
  });

  it('shows the helpline the domestic abuse steps point to', async () => {
    const el = await practiceFixture();
    await takeSafetySteps(el, 'partnerAtWork');
    const steps = getPart(el, '[part="safety-steps"]');
    expect(steps.textContent).to.include('Offer the domestic abuse helpline below');
    expect(getCalls(steps)).to.deep.equal([['Call 999', 'tel:999', 'nowrap'], ['Call 0808 2000 247', 'tel:08082000247', 'nowrap']]);
  });

  it("shows the nation's own lines", async () => {
    const el = await practiceFixture(html`<wcg-practice nation="wales"></wcg-practice>`);
    await takeSafetySteps(el, 'partnerAtWork');
    expect(getCalls(getPart(el, '[part="safety-steps"]')).map(([text]) => text)).to.deep.equal(['Call 999', 'Call 0808 80 10 800']);
  });

  it('is accessible with the lines shown', async () => {
    const el = await practiceFixture(html`<wcg-practice nation="scotland"></wcg-practice>`);
    await takeSafetySteps(el, 'paramedicTrauma');
    expect(getCalls(getPart(el, '[part="safety-steps"]'))).to.have.length.above(2);
    await expect(el).to.be.accessible();
  });

  it('shows the same lines under the safety steps a debrief says were missed', async () => {
    const el = await practiceFixture();
    const scenario = builtInScenarios.find((s) => s.id === 'paramedicTrauma')!;
    await pickScenario(el, 'paramedicTrauma');
    await click(el, 'Practise with simulated replies');
    for (const step of scenario.steps) {
      const good = step.options.find((o) => !o.mistake)!;
      await answer(el, good.opensSafetySteps ? step.options.find((o) => o.mistake)!.id : good.id);
      await click(el, getPart(el, '[part="nav"] button'));
    }
    const missed = getPart(el, '[part="safety-missed"]');
    expect(missed.textContent).to.include('help them call the urgent mental health line below');
    expect(getCalls(missed).map(([text]) => text)).to.deep.equal(['Call 999', 'Call 111', 'Call 116 123']);
  });
});
