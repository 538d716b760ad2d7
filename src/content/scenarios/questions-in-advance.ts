import { builtInScenario } from './built-in.js';

/** Scenario 6: an autistic admin officer who asks for the questions in advance. */
export const questionsInAdvance = builtInScenario('questionsInAdvance', {
  startOpenness: 3,
  steps: [
    {
      id: 'request',
      options: [
        { id: 'agenda', openness: 2, rubric: { setting: 2, purpose: 1 }, replies: ['opening'] },
        { id: 'noNeed', mistake: 'dismissing', openness: -2, rubric: { setting: -1, purpose: -1 }, replies: ['guarded'] },
        { id: 'label', mistake: 'assuming', openness: -1, rubric: { culturalHumility: -2 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'office',
      options: [
        { id: 'tellMore', openness: 2, rubric: { openQuestions: 2, listening: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'noisyForAll', mistake: 'dismissing', openness: -1, rubric: { empathy: -1, listening: -1 }, replies: ['guarded', 'opening'] },
        { id: 'managingOk', mistake: 'closedQuestion', openness: -1, rubric: { openQuestions: -2 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'noise',
      options: [
        { id: 'sayBack', openness: 2, rubric: { listening: 2, empathy: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'overload', mistake: 'jargon', openness: -1, rubric: { empathy: -1, signposting: -1 }, replies: ['guarded', 'opening'] },
        { id: 'surprise', mistake: 'rushing', openness: -2, rubric: { setting: -2, listening: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'adjustments',
      options: [
        { id: 'passport', openness: 2, rubric: { ownership: 2, signposting: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'moveYou', mistake: 'fixing', openness: -1, rubric: { ownership: -1, signposting: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'unfair', mistake: 'dismissing', openness: -1, rubric: { ownership: -1, empathy: -1 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
    {
      id: 'followUp',
      options: [
        { id: 'writeUp', openness: 1, rubric: { consent: 2, followUp: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'noWriteUp', mistake: 'rushing', openness: -1, rubric: { consent: -1, followUp: -2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'tellTeam', mistake: 'assuming', openness: -2, rubric: { consent: -2 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
  ],
});
