import { builtInScenario } from './built-in.js';

/** Scenario 13: a porter worn down by "banter" in the porters' lodge about her being gay. */
export const lodgeBanter = builtInScenario('lodgeBanter', {
  startOpenness: 3,
  steps: [
    {
      id: 'begin',
      options: [
        { id: 'purpose', openness: 2, rubric: { purpose: 2, openQuestions: 1 }, replies: ['opening'] },
        { id: 'swap', mistake: 'pressing', openness: -1, rubric: { purpose: -1, openQuestions: -1 }, replies: ['guarded'] },
        { id: 'cheerUp', mistake: 'dismissing', openness: -2, rubric: { purpose: -1, empathy: -1 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'banter',
      options: [
        { id: 'sayBack', openness: 2, rubric: { listening: 2, empathy: 1, openQuestions: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'thickSkin', mistake: 'dismissing', openness: -2, rubric: { empathy: -2 }, replies: ['guarded'] },
        { id: 'names', mistake: 'fixing', openness: -1, rubric: { listening: -1, ownership: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'jokes',
      options: [
        { id: 'harassment', openness: 2, rubric: { empathy: 2, culturalHumility: 1, ownership: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'teamBrief', mistake: 'assuming', openness: -2, rubric: { culturalHumility: -2, ownership: -1 }, replies: ['guarded', 'opening'] },
        { id: 'explain', mistake: 'dismissing', openness: -2, rubric: { empathy: -1, culturalHumility: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'next',
      options: [
        { id: 'choices', openness: 2, rubric: { signposting: 2, ownership: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'blowOver', mistake: 'dismissing', openness: -2, rubric: { signposting: -1, ownership: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'investigate', mistake: 'fixing', openness: -1, rubric: { ownership: -2 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
    {
      id: 'record',
      options: [
        { id: 'agree', openness: 1, rubric: { consent: 2, followUp: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'copyHr', mistake: 'assuming', openness: -2, rubric: { consent: -2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'doorOpen', mistake: 'rushing', openness: -1, rubric: { followUp: -2 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
  ],
});
