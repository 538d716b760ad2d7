import { builtInScenario } from './built-in.js';

/** Scenario 1: a night-shift housekeeper whose first language is Portuguese, with no computer at work, worried about asking for time off. */
export const nightHousekeeper = builtInScenario('nightHousekeeper', {
  startOpenness: 2,
  steps: [
    {
      id: 'arrange',
      options: [
        { id: 'interpreter', openness: 2, rubric: { setting: 2, culturalHumility: 2 }, replies: ['opening'] },
        { id: 'colleague', mistake: 'assuming', openness: -2, rubric: { setting: -2, culturalHumility: -1 }, replies: ['guarded'] },
        { id: 'email', mistake: 'assuming', openness: -1, rubric: { setting: -1, culturalHumility: -1 }, replies: ['guarded'] },
        { id: 'handover', mistake: 'rushing', openness: -2, rubric: { setting: -2, purpose: -1 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'begin',
      options: [
        { id: 'purpose', openness: 2, rubric: { purpose: 2, consent: 1 }, replies: ['guarded', 'opening'] },
        { id: 'secret', mistake: 'falseConfidentiality', openness: -1, rubric: { purpose: -2 }, replies: ['guarded'] },
        { id: 'policy', mistake: 'jargon', openness: -1, rubric: { purpose: -1, culturalHumility: -1 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'checkIn',
      options: [
        { id: 'normalNight', openness: 2, rubric: { openQuestions: 2, listening: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'noProblems', mistake: 'closedQuestion', openness: -1, rubric: { openQuestions: -2 }, replies: ['guarded', 'opening'] },
        { id: 'english', mistake: 'assuming', openness: -2, rubric: { culturalHumility: -2, empathy: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'disclosure',
      options: [
        { id: 'reflect', openness: 2, rubric: { listening: 2, empathy: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'system', mistake: 'fixing', openness: -1, rubric: { empathy: -1, signposting: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'moveOn', mistake: 'rushing', openness: -2, rubric: { listening: -2, empathy: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'plan',
      options: [
        { id: 'agree', openness: 1, rubric: { ownership: 2, signposting: 2, consent: 2, followUp: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'decide', mistake: 'fixing', openness: -1, rubric: { ownership: -2, consent: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'intranet', mistake: 'rushing', openness: -1, rubric: { signposting: -1, followUp: -1 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
  ],
});
