import { builtInScenario } from './built-in.js';

/** Scenario 8: a paramedic after a traumatic call who says everyone would be better off without him (risk: suicide). */
export const paramedicTrauma = builtInScenario('paramedicTrauma', {
  risk: 'suicide',
  startOpenness: 3,
  steps: [
    {
      id: 'begin',
      options: [
        { id: 'space', openness: 2, rubric: { setting: 1, purpose: 2 }, replies: ['opening'] },
        { id: 'holiday', mistake: 'dismissing', openness: -1, rubric: { empathy: -1, purpose: -1 }, replies: ['guarded'] },
        { id: 'secret', mistake: 'falseConfidentiality', openness: -1, rubric: { purpose: -2 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'checkIn',
      options: [
        { id: 'tellMore', openness: 2, rubric: { openQuestions: 2, listening: 1 }, replies: ['opening', 'open'] },
        { id: 'ptsd', mistake: 'jargon', openness: -1, rubric: { empathy: -1, openQuestions: -1 }, replies: ['guarded', 'opening'] },
        { id: 'partOfJob', mistake: 'rushing', openness: -2, rubric: { listening: -2 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'disclosure',
      options: [
        { id: 'askDirectly', opensSafetySteps: true, openness: 2, rubric: { risk: 2, empathy: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'dontSay', mistake: 'dismissing', openness: -2, rubric: { risk: -2, empathy: -1 }, replies: ['guarded', 'opening'] },
        { id: 'referOH', mistake: 'fixing', openness: -1, rubric: { risk: -2, empathy: -1 }, replies: ['guarded', 'opening'] },
        { id: 'changeSubject', mistake: 'rushing', openness: -2, rubric: { risk: -2 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'stay',
      options: [
        { id: 'stayWithHim', openness: 2, rubric: { risk: 2, signposting: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'letMeKnow', mistake: 'rushing', openness: -2, rubric: { risk: -2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'sendHome', mistake: 'fixing', openness: -1, rubric: { risk: -1, empathy: -1 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
    {
      id: 'escalate',
      options: [
        { id: 'honest', openness: 1, rubric: { purpose: 2, risk: 1, consent: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'promise', mistake: 'falseConfidentiality', openness: -1, rubric: { purpose: -2, risk: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'crew', mistake: 'assuming', openness: -2, rubric: { consent: -2 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
    {
      id: 'followUp',
      options: [
        { id: 'plan', openness: 1, rubric: { followUp: 2, signposting: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'appraisal', mistake: 'rushing', openness: -2, rubric: { followUp: -2, risk: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'leaflet', mistake: 'dismissing', openness: -1, rubric: { signposting: -1, followUp: -1 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
  ],
});
