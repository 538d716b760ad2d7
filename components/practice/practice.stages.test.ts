import { expect } from '@open-wc/testing';
import { builtInScenarios } from '../../src/content/scenarios/index.js';
import { answer, click, getHeading, getPart, pickScenario, practiceFixture } from './practice-fixture.js';
import type { WcgPractice } from './practice.js';

// axe on every screen of practice mode, each in the state a trainee would see it.

const paramedic = builtInScenarios.find((s) => s.id === 'paramedicTrauma')!;

async function atStep(scenario = 'nightHousekeeper'): Promise<WcgPractice> {
  const el = await practiceFixture();
  await pickScenario(el, scenario);
  await click(el, 'Practise with simulated replies');
  return el;
}

async function playAll(el: WcgPractice, pick: (options: (typeof paramedic.steps)[number]['options']) => string): Promise<void> {
  for (const step of paramedic.steps) {
    await answer(el, pick(step.options));
    await click(el, getPart(el, '[part="nav"] button'));
  }
}

describe('<wcg-practice> screens', () => {
  it('is accessible with an error in the picker', async () => {
    const el = await practiceFixture();
    await click(el, 'Continue');
    expect(getPart(el, '#scenario-error')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible on the persona screen of a risk scenario', async () => {
    const el = await practiceFixture();
    await pickScenario(el, 'paramedicTrauma');
    expect(getPart(el, '[part="persona"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible on a step, and with an error on it', async () => {
    const el = await atStep();
    expect(getHeading(el)).to.equal('Ana Ferreira: step 1 of 5');
    await expect(el).to.be.accessible();
    await click(el, 'Choose this answer');
    expect(getPart(el, '#option-error')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible with a reply and its coaching shown', async () => {
    const el = await atStep();
    await answer(el, 'colleague');
    expect(getPart(el, '[part="coaching"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible with the safety steps shown after the trainee takes them', async () => {
    const el = await atStep('paramedicTrauma');
    for (const step of paramedic.steps.slice(0, 2)) {
      await answer(el, step.options.find((o) => !o.mistake)!.id);
      await click(el, 'Continue');
    }
    await answer(el, 'askDirectly');
    expect(getPart(el, '[part="safety-steps"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible on the observer rubric, with and without scores and with its error', async () => {
    const el = await practiceFixture();
    await pickScenario(el, 'partnerAtWork');
    await click(el, 'Observe a role-play');
    expect(el.shadowRoot!.querySelectorAll('input[type="radio"]')).to.have.length(55);
    await expect(el).to.be.accessible();
    await click(el, 'See the debrief');
    await click(el, getPart(el, '#score-risk-2'));
    await expect(el).to.be.accessible();
  });

  it('is accessible on a good debrief', async () => {
    const el = await atStep('paramedicTrauma');
    await playAll(el, (options) => options.find((o) => !o.mistake)!.id);
    expect(getPart(el, '[part="debrief"]')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="safety-missed"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is accessible on a debrief with the safety steps missed', async () => {
    const el = await atStep('paramedicTrauma');
    await playAll(el, (options) => options.find((o) => o.mistake)!.id);
    expect(getPart(el, '[part="safety-missed"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
