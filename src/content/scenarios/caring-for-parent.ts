import { builtInScenario } from './built-in.js';

/** Scenario 7: a physiotherapist caring for a parent with dementia, who has often been late. */
export const caringForParent = builtInScenario('caringForParent', {
  startOpenness: 2,
  steps: [
    {
      id: 'begin',
      options: [
        { id: 'notAbout', openness: 2, rubric: { purpose: 2, empathy: 1 }, replies: ['opening'] },
        { id: 'warning', mistake: 'assuming', openness: -2, rubric: { purpose: -2 }, replies: ['guarded'] },
        { id: 'home', mistake: 'closedQuestion', openness: -1, rubric: { openQuestions: -2 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'dad',
      options: [
        { id: 'sayBack', openness: 2, rubric: { listening: 2, empathy: 2 }, replies: ['guarded', 'opening'] },
        { id: 'careHome', mistake: 'fixing', openness: -2, rubric: { empathy: -2, culturalHumility: -1 }, replies: ['guarded'] },
        { id: 'myNan', mistake: 'dismissing', openness: -1, rubric: { listening: -1, empathy: -1 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'carer',
      options: [
        { id: 'recognise', openness: 2, rubric: { openQuestions: 2, ownership: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'statutory', mistake: 'jargon', openness: -1, rubric: { signposting: -1, empathy: -1 }, replies: ['guarded', 'opening'] },
        { id: 'choose', mistake: 'fixing', openness: -2, rubric: { empathy: -2 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'options',
      options: [
        { id: 'flexible', openness: 2, rubric: { signposting: 2, ownership: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'cantPromise', mistake: 'dismissing', openness: -1, rubric: { ownership: -1, signposting: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'partTime', mistake: 'fixing', openness: -1, rubric: { ownership: -1 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
    {
      id: 'record',
      options: [
        { id: 'agree', openness: 1, rubric: { consent: 2, followUp: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'notedLateness', mistake: 'assuming', openness: -2, rubric: { consent: -2, purpose: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'noDate', mistake: 'rushing', openness: -1, rubric: { followUp: -2 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
  ],
});
