import { builtInScenario } from './built-in.js';

/** Scenario 3: a healthcare assistant with diabetes who plans to fast in Ramadan on long day shifts. */
export const ramadanFasting = builtInScenario('ramadanFasting', {
  startOpenness: 3,
  steps: [
    {
      id: 'dates',
      options: [
        { id: 'whatHelps', openness: 2, rubric: { culturalHumility: 2, openQuestions: 1 }, replies: ['opening'] },
        { id: 'youllFast', mistake: 'assuming', openness: -2, rubric: { culturalHumility: -2 }, replies: ['guarded'] },
        { id: 'shifts', mistake: 'closedQuestion', openness: -1, rubric: { openQuestions: -2 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'plans',
      options: [
        { id: 'askMore', openness: 2, rubric: { listening: 2, empathy: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'cantFast', mistake: 'fixing', openness: -2, rubric: { empathy: -2, culturalHumility: -1 }, replies: ['guarded'] },
        { id: 'others', mistake: 'assuming', openness: -1, rubric: { culturalHumility: -2 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'health',
      options: [
        { id: 'review', openness: 2, rubric: { signposting: 2, ownership: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'diagnose', mistake: 'fixing', openness: -1, rubric: { empathy: -1, signposting: -1 }, replies: ['guarded', 'opening'] },
        { id: 'fine', mistake: 'dismissing', openness: -1, rubric: { empathy: -1, signposting: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'breaks',
      options: [
        { id: 'planBreak', openness: 2, rubric: { ownership: 2, culturalHumility: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'busy', mistake: 'rushing', openness: -1, rubric: { ownership: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'everyone', mistake: 'assuming', openness: -1, rubric: { culturalHumility: -1, ownership: -1 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
    {
      id: 'record',
      options: [
        { id: 'agree', openness: 1, rubric: { consent: 2, followUp: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'diagnosisRecord', mistake: 'pressing', openness: -2, rubric: { consent: -2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'noRecord', mistake: 'rushing', openness: -1, rubric: { followUp: -2, consent: -1 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
  ],
});
