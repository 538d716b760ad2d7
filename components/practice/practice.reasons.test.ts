import { expect, html } from '@open-wc/testing';
import { builtInScenarios } from '../../src/content/scenarios/index.js';
import { answer, click, getPart, pickScenario, practiceFixture } from './practice-fixture.js';
import type { WcgPractice } from './practice.js';

// The debrief explains each area's score with the answers that drove it.

const paramedic = builtInScenarios.find((s) => s.id === 'paramedicTrauma')!;
// A reported run: a jokey first answer, then good practice at every step.
const reported = ['holiday', 'tellMore', 'askDirectly', 'stayWithHim', 'honest', 'plan'];
const joke = 'Ha, good, I forgot the tissues. So, any holiday plans this year?';
const askDirectly = "Thank you for telling me. I'm going to ask you directly, because I care: are you thinking about suicide?";

// By control, not by label, so the same run plays in any language.
async function playReported(el: WcgPractice): Promise<void> {
  await click(el, getPart(el, '#scenario-paramedicTrauma'));
  await click(el, getPart(el, 'button[type="submit"]'));
  await click(el, getPart(el, '.mode button'));
  for (const id of reported) {
    await click(el, getPart(el, `#option-${id}`));
    await click(el, getPart(el, 'button[type="submit"]'));
    await click(el, getPart(el, '[part="nav"] button'));
  }
}

/** The explanation of one area: its heading, then each label with the answers listed under it. */
function getReason(el: WcgPractice, heading: string): string[] {
  const fold = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
  const block = [...getPart(el, '[part="reasons"]').querySelectorAll('.reason')].find((r) => fold(r.querySelector('h4')!) === heading);
  expect(block, `no reason headed ${heading}`).to.exist;
  return [...block!.querySelectorAll('p, li')].map(fold);
}

describe('<wcg-practice> debrief reasons', () => {
  it('renders, for each area, the answers that raised it, lowered it and missed a chance to raise it, in the words chosen', async () => {
    const el = await practiceFixture();
    await playReported(el);
    expect(getReason(el, 'Empathy without fixing: 2 out of 4')).to.deep.equal(['Answers that raised it:', askDirectly, 'Answers that lowered it:', joke]);
    expect(getReason(el, 'Setting: 0 out of 4')).to.deep.equal(['Answers that missed a chance to raise it:', joke]);
    // The score in the table is the one explained.
    const row = [...getPart(el, '[part="scores"]').querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent === 'Empathy without fixing')!;
    expect(row.querySelector('.score')!.textContent).to.include('2 out of 4');
    // Each list is named by its label.
    const list = getPart(el, '[part="reasons"]').querySelector('ul')!;
    expect(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!.textContent).to.equal('Answers that missed a chance to raise it:');
  });

  it('is accessible', async () => {
    const el = await practiceFixture();
    await playReported(el);
    expect(getPart(el, '[part="reasons"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says the response to risk was held at 0 when the safety steps were missed', async () => {
    const el = await practiceFixture();
    await pickScenario(el, 'paramedicTrauma');
    await click(el, getPart(el, '.mode button'));
    for (const step of paramedic.steps) {
      const good = step.options.find((o) => !o.mistake)!;
      await answer(el, good.opensSafetySteps ? step.options.find((o) => o.mistake)!.id : good.id);
      await click(el, getPart(el, '[part="nav"] button'));
    }
    const risk = getReason(el, 'Response to risk: 0 out of 4');
    expect(risk[0]).to.equal('Held at 0, because the safety steps were missed.');
    expect(risk).to.include('Answers that raised it:');
  });

  it('explains in Welsh', async () => {
    const el = await practiceFixture(html`<wcg-practice lang="cy"></wcg-practice>`);
    await playReported(el);
    const reasons = getPart(el, '[part="reasons"]');
    expect(reasons.querySelector('h3')!.textContent).to.equal('Sut rhoddodd eich atebion y sgoriau hyn');
    expect([...reasons.querySelectorAll('.reason-label')].map((p) => p.textContent)).to.include("Atebion a'i gostyngodd:");
  });

  it('leaves the reasons out of an observer\'s debrief', async () => {
    const el = await practiceFixture();
    await pickScenario(el, 'paramedicTrauma');
    await click(el, 'Observe a role-play');
    await click(el, getPart(el, '#score-empathy-3'));
    await click(el, getPart(el, '#score-risk-3'));
    await click(el, 'See the debrief');
    expect(getPart(el, '[part="scores"]')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="reasons"]')).to.equal(null);
  });
});
