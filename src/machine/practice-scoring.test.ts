import { expect } from '@open-wc/testing';
import { guidanceFor, guidanceLinks } from '../content/rubric.js';
import type { Scenario, ScenarioOption } from '../content/scenario-types.js';
import { paramedicTrauma } from '../content/scenarios/paramedic-trauma.js';
import { bandOf, opennessAfter, replyAt, replyFor } from './practice-openness.js';
import { cleanScores, debriefFor, overallBand, scoreChoices, tookSafetySteps } from './practice-scoring.js';

const t = (text: string) => ({ text });

function option(id: string, fields: Partial<ScenarioOption> = {}): ScenarioOption {
  return { id, text: t(id), feedback: t('f'), replies: { guarded: t(`${id}-g`), opening: t(`${id}-o`), open: t(`${id}-x`) }, openness: 0, rubric: {}, ...fields };
}

// Two steps: the good option adds 2 to listening and 1 to empathy; the mistake takes 2 from listening.
const scenario: Scenario = {
  id: 'tiny', title: t('T'), summary: t('S'), persona: { name: t('N'), role: t('R'), background: t('B') },
  situation: t('S'), goodPractice: t('G'), rolePlayerBrief: t('B'), startOpenness: 3,
  steps: [
    { id: 'one', moment: t('m'), options: [option('good', { openness: 2, rubric: { listening: 2, empathy: 1 } }), option('bad', { mistake: 'rushing', openness: -2, rubric: { listening: -2 } })] },
    { id: 'two', moment: t('m'), options: [option('good', { openness: 2, rubric: { listening: 2 } }), option('bad', { mistake: 'fixing', openness: -2, rubric: { empathy: 1 } })] },
  ],
};

describe('practice openness', () => {
  it('puts 0–3 in guarded, 4–6 in opening and 7–10 in open', () => {
    expect([0, 3, 4, 6, 7, 10].map(bandOf)).to.deep.equal(['guarded', 'guarded', 'opening', 'opening', 'open', 'open']);
  });

  it('moves openness by each choice from the start, kept within 0 to 10', () => {
    expect(opennessAfter(scenario, [])).to.equal(3);
    expect(opennessAfter(scenario, [{ stepId: 'one', optionId: 'good' }, { stepId: 'two', optionId: 'good' }])).to.equal(7);
    expect(opennessAfter({ ...scenario, startOpenness: 1 }, [{ stepId: 'one', optionId: 'bad' }, { stepId: 'two', optionId: 'good' }])).to.equal(2);
    expect(opennessAfter({ ...scenario, startOpenness: 10 }, [{ stepId: 'one', optionId: 'good' }])).to.equal(10);
    expect(opennessAfter(scenario, [{ stepId: 'nope', optionId: 'good' }])).to.equal(3);
  });

  it('replies in the band reached once the choice is made', () => {
    const choices = [{ stepId: 'one', optionId: 'good' }, { stepId: 'two', optionId: 'good' }];
    expect(replyAt(scenario, choices, 0)).to.deep.equal({ band: 'opening', reply: t('good-o') });
    expect(replyAt(scenario, choices, 1)).to.deep.equal({ band: 'open', reply: t('good-x') });
    expect(replyAt(scenario, [{ stepId: 'one', optionId: 'bad' }], 0)).to.deep.equal({ band: 'guarded', reply: t('bad-g') });
    expect(replyAt(scenario, choices, 2)).to.equal(undefined);
  });

  it('uses the nearest band when a band has no reply, never jumping from guarded to open past opening', () => {
    const only = (bands: Partial<ScenarioOption['replies']>) => option('x', { replies: bands });
    expect(replyFor(only({ opening: t('o') }), 'guarded')).to.deep.equal(t('o'));
    expect(replyFor(only({ opening: t('o'), open: t('x') }), 'guarded')).to.deep.equal(t('o'));
    expect(replyFor(only({ guarded: t('g'), open: t('x') }), 'opening')).to.deep.equal(t('g'));
    expect(replyFor(only({ guarded: t('g') }), 'open')).to.deep.equal(t('g'));
    expect(replyFor(only({}), 'open')).to.equal(undefined);
  });
});

describe('practice scoring', () => {
  it('scores each area over the answers that bore on it, on 0–4, leaving out areas no step answered could raise', () => {
    expect(scoreChoices(scenario, [{ stepId: 'one', optionId: 'good' }, { stepId: 'two', optionId: 'good' }])).to.deep.equal({ listening: 4, empathy: 2 });
    expect(scoreChoices(scenario, [{ stepId: 'one', optionId: 'good' }, { stepId: 'two', optionId: 'bad' }])).to.deep.equal({ listening: 2, empathy: 4 });
    // Listening: lowered once, raised once. Empathy: two chances to raise it, neither taken.
    expect(scoreChoices(scenario, [{ stepId: 'one', optionId: 'bad' }, { stepId: 'two', optionId: 'good' }])).to.deep.equal({ listening: 2, empathy: 0 });
    expect(scoreChoices(scenario, [{ stepId: 'two', optionId: 'good' }])).to.deep.equal({ listening: 4, empathy: 0 });
    expect(scoreChoices(scenario, [])).to.deep.equal({});
  });

  it('scores an area by the answers that could change it: one joke at the start does not wipe out the good answers after it', () => {
    // A reported run: a jokey first answer, then good practice at every step.
    const path = ['holiday', 'tellMore', 'askDirectly', 'stayWithHim', 'honest', 'plan'];
    const choices = paramedicTrauma.steps.map((step, i) => ({ stepId: step.id, optionId: path[i]! }));
    const scores = scoreChoices(paramedicTrauma, choices);
    // Empathy: the joke lowered it, asking directly raised it; the other steps offered no way to show it.
    expect(scores.empathy).to.equal(2);
    // Setting: the joke was the one answer that could have raised it, and did not.
    expect(scores.setting).to.equal(0);
    // Purpose: the joke lowered it, and being honest about the limits of confidentiality raised it.
    expect(scores.purpose).to.equal(2);
    expect(scores).to.deep.include({ openQuestions: 4, listening: 4, risk: 4, signposting: 4, consent: 4, followUp: 4 });
  });

  it('scores an area over the steps answered, not the steps never reached', () => {
    const first = paramedicTrauma.steps[0]!;
    expect(scoreChoices(paramedicTrauma, [{ stepId: first.id, optionId: 'space' }])).to.deep.equal({ setting: 4, purpose: 4 });
    expect(scoreChoices(paramedicTrauma, [])).to.deep.equal({});
  });

  it('rates good from an average of 3 and developing from 2, and never good when safety was missed', () => {
    expect(overallBand({ setting: 3, listening: 3 }, false)).to.equal('good');
    expect(overallBand({ setting: 3, listening: 2 }, false)).to.equal('developing');
    expect(overallBand({ setting: 2, listening: 1 }, false)).to.equal('notYet');
    expect(overallBand({}, false)).to.equal('notYet');
    expect(overallBand({ setting: 4, listening: 4 }, true)).to.equal('notYet');
  });

  it('keeps observer scores to known areas and whole numbers 0–4, in rubric order', () => {
    const messy = { followUp: 2, setting: 4, listening: 7, empathy: 2.5, nonsense: 3, risk: -1 } as never;
    expect(Object.entries(cleanScores(messy))).to.deep.equal([['setting', 4], ['followUp', 2]]);
  });

  it('lists strengths highest first and areas to work on lowest first, three of each at most', () => {
    const observed = { setting: 4, purpose: 3, openQuestions: 4, listening: 3, empathy: 0, culturalHumility: 2, signposting: 1, ownership: 2 };
    const debrief = debriefFor(scenario, 'observer', [], observed);
    expect(debrief.strengths).to.deep.equal(['setting', 'openQuestions', 'purpose']);
    expect(debrief.toWorkOn).to.deep.equal(['empathy', 'signposting', 'culturalHumility']);
  });

  it('knows when the safety steps were taken, and sets risk to 0 in rubric order when they were missed', () => {
    const risky: Scenario = { ...scenario, risk: 'suicide', steps: [scenario.steps[0]!, { ...scenario.steps[1]!, options: [option('ask', { opensSafetySteps: true, rubric: { risk: 2 } }), option('skip', { mistake: 'dismissing' })] }] };
    expect(tookSafetySteps(risky, [{ stepId: 'two', optionId: 'ask' }])).to.equal(true);
    const missed = debriefFor(risky, 'simulated', [{ stepId: 'one', optionId: 'good' }, { stepId: 'two', optionId: 'skip' }], {});
    expect(missed).to.deep.include({ safetyMissed: true, overall: 'notYet', mistakes: ['dismissing'] });
    expect(Object.keys(missed.scores)).to.deep.equal(['listening', 'empathy', 'risk']);
    const observerMissed = debriefFor(risky, 'observer', [], { purpose: 4 });
    expect(Object.entries(observerMissed.scores)).to.deep.equal([['purpose', 4], ['risk', 0]]);
  });

  it('orders the guidance by how much it helps with the areas to work on, keeping every link', () => {
    expect(guidanceFor(['listening', 'openQuestions']).map((g) => g.id)[0]).to.equal('samaritansShush');
    expect(guidanceFor([]).map((g) => g.id)).to.deep.equal(guidanceLinks.map((g) => g.id));
    for (const link of guidanceLinks) expect(new URL(link.url).protocol).to.equal('https:');
  });
});
