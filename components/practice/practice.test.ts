import { expect, html, oneEvent } from '@open-wc/testing';
import { builtInScenarios } from '../../src/content/scenarios/index.js';
import { getButton } from '../test-helpers/deep-find.js';
import { answer, click, getHeading, getPart, getText, pickScenario, practiceFixture } from './practice-fixture.js';
import type { WcgPractice } from './practice.js';

const housekeeper = builtInScenarios[0]!;
const goodIds = housekeeper.steps.map((s) => s.options.find((o) => !o.mistake)!.id);

async function toFirstStep(el: WcgPractice): Promise<void> {
  await pickScenario(el, 'nightHousekeeper');
  await click(el, 'Practise with simulated replies');
}

describe('<wcg-practice>', () => {
  it('renders the picker with the fourteen scenarios and the fictional banner', async () => {
    const el = await practiceFixture();
    expect(getHeading(el)).to.equal('Choose a practice scenario');
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="scenario"]')];
    expect(radios.map((r) => r.value)).to.deep.equal(builtInScenarios.map((s) => s.id));
    expect(radios).to.have.length(14);
    const banner = getPart(el, '[part="banner"]');
    expect(banner.getAttribute('role')).to.equal('note');
    expect(banner.textContent).to.include('Practice — fictional');
  });

  it('is accessible', async () => {
    const el = await practiceFixture();
    await expect(el).to.be.accessible();
  });

  it('keeps the banner on every screen', async () => {
    const el = await practiceFixture();
    await toFirstStep(el);
    expect(getPart(el, '[part="banner"]').textContent).to.include('Nothing you choose is saved');
    await answer(el, goodIds[0]!);
    expect(getPart(el, '[part="banner"]')).to.exist;
  });

  it('asks for a scenario when Continue is pressed with none chosen, and focuses the error summary', async () => {
    const el = await practiceFixture();
    await click(el, 'Continue');
    expect(getHeading(el)).to.equal('Choose a practice scenario');
    const summary = getPart(el, '#error-summary');
    expect(summary.shadowRoot!.textContent).to.include('Choose a scenario to practise');
    expect(summary.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('#scenario-nightHousekeeper');
    expect(getPart(el, '#scenario-error').textContent).to.equal('Choose a scenario to practise');
    expect(summary.shadowRoot!.activeElement?.classList.contains('summary')).to.equal(true);
  });

  it('shows the persona and situation, moves focus to the heading and announces it once', async () => {
    const el = await practiceFixture();
    await pickScenario(el, 'nightHousekeeper');
    await el.updateComplete;
    expect(getHeading(el)).to.equal('Night-shift housekeeper worried about time off');
    expect(getPart(el, '#persona-name').textContent).to.equal('Ana Ferreira');
    expect(getText(el)).to.include('You manage the night housekeeping team');
    expect(el.shadowRoot!.activeElement?.id).to.equal('practice-heading');
    // The focused heading is what a screen reader says; the status region does not say it a second time.
    expect(getPart(el, '[role="status"]').textContent!.trim()).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="risk-note"]')).to.equal(null);
  });

  it('notes the risk on a risk scenario', async () => {
    const el = await practiceFixture();
    await pickScenario(el, 'paramedicTrauma');
    expect(getPart(el, '[part="risk-note"]').textContent).to.include('safety steps');
  });

  it('shows the moment and options, then the reply for the openness reached and the coaching, focusing the reply', async () => {
    const el = await practiceFixture();
    await toFirstStep(el);
    expect(getHeading(el)).to.equal('Ana Ferreira: step 1 of 5');
    expect(el.shadowRoot!.querySelectorAll('input[name="option"]')).to.have.length(4);
    await answer(el, 'interpreter');
    const reply = getPart(el, '#reply');
    expect(reply.querySelector('blockquote')!.textContent).to.include('With an interpreter I can say things properly');
    expect(reply.textContent).to.include('Ana Ferreira is starting to open up.');
    expect(getPart(el, '[part="coaching"]').textContent).to.include('Good practice');
    expect(el.shadowRoot!.activeElement?.id).to.equal('reply');
  });

  it('names the typical mistake in the coaching, and a guarded reply follows a mistake', async () => {
    const el = await practiceFixture();
    await toFirstStep(el);
    await answer(el, 'colleague');
    expect(getPart(el, '#reply').textContent).to.include('Ana Ferreira is guarded.');
    expect(getPart(el, '[part="coaching"]').textContent).to.include('A typical mistake: assuming');
  });

  it('hides the coaching when it is turned off, and shows it again when turned on', async () => {
    const el = await practiceFixture(html`<wcg-practice no-coaching></wcg-practice>`);
    await toFirstStep(el);
    expect(getPart<HTMLInputElement>(el, '#coaching').checked).to.equal(false);
    await answer(el, 'interpreter');
    expect(el.shadowRoot!.querySelector('[part="coaching"]')).to.equal(null);
    await click(el, getPart(el, '#coaching'));
    expect(getPart(el, '[part="coaching"]').textContent).to.include('Good practice');
  });

  it('asks for an answer when none is chosen, keeping the step', async () => {
    const el = await practiceFixture();
    await toFirstStep(el);
    await click(el, 'Choose this answer');
    expect(getPart(el, '#option-error').textContent).to.equal('Choose what you would say or do');
    expect(getPart(el, '#error-summary').shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('#option-interpreter');
  });

  it('lets the trainee choose a different answer, and go back a step', async () => {
    const el = await practiceFixture();
    await toFirstStep(el);
    await answer(el, 'colleague');
    await click(el, 'Choose a different answer');
    expect(el.shadowRoot!.querySelector('#reply')).to.equal(null);
    await answer(el, 'interpreter');
    await click(el, 'Continue');
    expect(getHeading(el)).to.equal('Ana Ferreira: step 2 of 5');
    await click(el, 'Back');
    expect(getHeading(el)).to.equal('Ana Ferreira: step 1 of 5');
    await click(el, 'Back');
    expect(getHeading(el)).to.equal('Night-shift housekeeper worried about time off');
  });

  it('ends in a debrief and fires wcg-practice-complete with the scenario, mode and scores alone', async () => {
    const el = await practiceFixture();
    await toFirstStep(el);
    const completed = oneEvent(el, 'wcg-practice-complete');
    for (const [i, id] of goodIds.entries()) {
      await answer(el, id);
      await click(el, i === goodIds.length - 1 ? 'See your debrief' : 'Continue');
    }
    const { detail } = await completed;
    expect(Object.keys(detail)).to.deep.equal(['scenarioId', 'mode', 'scores']);
    expect(detail.scenarioId).to.equal('nightHousekeeper');
    expect(detail.mode).to.equal('simulated');
    expect(Object.values(detail.scores).every((n) => n === 4)).to.equal(true);
    expect(getHeading(el)).to.equal('Debrief: Night-shift housekeeper worried about time off');
    expect(getPart(el, '[part="overall"]').textContent).to.include('Good. This conversation would have helped Ana Ferreira.');
    expect(getPart(el, '[part="scores"]').querySelectorAll('tbody tr')).to.have.length(Object.keys(detail.scores).length);
    expect([...getPart(el, '[part="guidance"]').querySelectorAll('a')].map((a) => new URL(a.href).protocol)).to.deep.equal(['https:', 'https:', 'https:', 'https:']);
  });

  it('prints with window.print from the debrief, and practises again or restarts', async () => {
    const el = await practiceFixture();
    await toFirstStep(el);
    for (const id of goodIds) {
      await answer(el, id);
      await click(el, getPart(el, '[part="nav"] button'));
    }
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      await click(el, 'Print this debrief');
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
    await click(el, 'Practise this scenario again');
    expect(getHeading(el)).to.equal('Night-shift housekeeper worried about time off');
    el.restart();
    await el.updateComplete;
    expect(getHeading(el)).to.equal('Choose a practice scenario');
  });

  it('scores a role-play from the observer, refusing to finish before any area is scored', async () => {
    const el = await practiceFixture();
    await pickScenario(el, 'nightHousekeeper');
    await click(el, 'Observe a role-play');
    expect(getHeading(el)).to.equal('Observe and score: Night-shift housekeeper worried about time off');
    expect(getPart(el, '[part="role-player-brief"]').textContent).to.include('You are Ana, a night housekeeper');
    expect(el.shadowRoot!.querySelectorAll('fieldset.area')).to.have.length(11);
    await click(el, 'See the debrief');
    expect(getPart(el, '#error-summary').shadowRoot!.textContent).to.include('Score at least one area');
    const completed = oneEvent(el, 'wcg-practice-complete');
    await click(el, getPart(el, '#score-listening-3'));
    await click(el, getPart(el, '#score-setting-4'));
    await click(el, 'See the debrief');
    const { detail } = await completed;
    expect(detail).to.deep.equal({ scenarioId: 'nightHousekeeper', mode: 'observer', scores: { setting: 4, listening: 3 } });
    expect(getPart(el, '[part="debrief"]').textContent).to.include('Scored by an observer');
    expect(el.shadowRoot!.querySelector('[part="answers"]')).to.equal(null);
  });

  it('shows the safety steps when the trainee takes them, and says they were missed when not', async () => {
    const el = await practiceFixture();
    await pickScenario(el, 'paramedicTrauma');
    await click(el, 'Practise with simulated replies');
    const scenario = builtInScenarios.find((s) => s.id === 'paramedicTrauma')!;
    for (const [i, step] of scenario.steps.entries()) {
      const good = step.options.find((o) => !o.mistake)!;
      const safety = good.opensSafetySteps;
      await answer(el, safety ? step.options.find((o) => o.mistake)!.id : good.id);
      expect(el.shadowRoot!.querySelector('[part="safety-steps"]')).to.equal(null);
      if (safety) {
        await click(el, 'Choose a different answer');
        await answer(el, good.id);
        expect(getPart(el, '[part="safety-steps"]').textContent).to.include('Are you thinking about suicide?');
        await click(el, 'Choose a different answer');
        await answer(el, step.options.find((o) => o.mistake)!.id);
      }
      await click(el, i === scenario.steps.length - 1 ? 'See your debrief' : 'Continue');
    }
    expect(getPart(el, '[part="safety-missed"]').textContent).to.include('The safety steps were missed');
    expect(getPart(el, '[part="overall"]').textContent).to.include('Not yet');
    expect(getText(el)).to.include('A better answer: Thank you for telling me. I\'m going to ask you directly');
  });

  it('offers no guidance link but plain https ones, opening in a new tab without the opener', async () => {
    const el = await practiceFixture();
    await pickScenario(el, 'nightHousekeeper');
    await click(el, 'Observe a role-play');
    await click(el, getPart(el, '#score-setting-1'));
    await click(el, 'See the debrief');
    for (const a of getPart(el, '[part="guidance"]').querySelectorAll('a')) {
      expect(a.getAttribute('href')).to.match(/^https:\/\/www\.[a-z.]+\//);
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.textContent).to.include('(opens in a new tab)');
    }
    expect(getButton(el, 'Print this debrief')).to.exist;
  });
});
