import { builtInScenario } from './built-in.js';

/** Scenario 4: a midwife embarrassed by brain fog and hot flushes around the perimenopause. */
export const perimenopause = builtInScenario('perimenopause', {
  startOpenness: 3,
  steps: [
    {
      id: 'begin',
      options: [
        { id: 'howThings', openness: 2, rubric: { openQuestions: 2, empathy: 1 }, replies: ['opening'] },
        { id: 'handover', mistake: 'rushing', openness: -2, rubric: { purpose: -2, empathy: -1 }, replies: ['guarded'] },
        { id: 'sleeping', mistake: 'closedQuestion', openness: -1, rubric: { openQuestions: -2 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'disclose',
      options: [
        { id: 'normalise', openness: 2, rubric: { empathy: 2, listening: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'joke', mistake: 'dismissing', openness: -2, rubric: { empathy: -2 }, replies: ['guarded'] },
        { id: 'hrt', mistake: 'fixing', openness: -1, rubric: { empathy: -1, ownership: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'work',
      options: [
        { id: 'sayBack', openness: 2, rubric: { listening: 2, ownership: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'capability', mistake: 'jargon', openness: -2, rubric: { purpose: -1, empathy: -1 }, replies: ['guarded', 'opening'] },
        { id: 'everyone', mistake: 'assuming', openness: -1, rubric: { culturalHumility: -1, listening: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'helps',
      options: [
        { id: 'options', openness: 2, rubric: { signposting: 2, ownership: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'fanOnly', mistake: 'rushing', openness: -1, rubric: { signposting: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'decided', mistake: 'fixing', openness: -1, rubric: { ownership: -2 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
    {
      id: 'record',
      options: [
        { id: 'agree', openness: 1, rubric: { consent: 2, followUp: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'fullRecord', mistake: 'assuming', openness: -2, rubric: { consent: -2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'noDate', mistake: 'rushing', openness: -1, rubric: { followUp: -2 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
  ],
});
