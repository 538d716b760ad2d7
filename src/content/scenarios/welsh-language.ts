import { builtInScenario } from './built-in.js';

/** Scenario 10: a Welsh-speaking estates worker who asks to hold the conversation in Welsh. */
export const welshLanguage = builtInScenario('welshLanguage', {
  startOpenness: 3,
  steps: [
    {
      id: 'request',
      options: [
        { id: 'yes', openness: 2, rubric: { setting: 2, culturalHumility: 2 }, replies: ['opening'] },
        { id: 'englishFine', mistake: 'dismissing', openness: -2, rubric: { culturalHumility: -2 }, replies: ['guarded'] },
        { id: 'workshopDai', mistake: 'assuming', openness: -1, rubric: { setting: -1, culturalHumility: -1 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'begin',
      options: [
        { id: 'purpose', openness: 2, rubric: { purpose: 2, consent: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'jargon', mistake: 'jargon', openness: -1, rubric: { purpose: -1 }, replies: ['guarded', 'opening'] },
        { id: 'tickBox', mistake: 'rushing', openness: -1, rubric: { purpose: -1, setting: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'checkIn',
      options: [
        { id: 'tired', openness: 2, rubric: { openQuestions: 2, listening: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'rugby', mistake: 'dismissing', openness: -1, rubric: { listening: -1, empathy: -1 }, replies: ['guarded', 'opening'] },
        { id: 'sleepingOk', mistake: 'closedQuestion', openness: -1, rubric: { openQuestions: -2 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'listen',
      options: [
        { id: 'sayBack', openness: 2, rubric: { listening: 2, empathy: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'whatsWrong', mistake: 'pressing', openness: -1, rubric: { empathy: -1, listening: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'oldShifts', mistake: 'fixing', openness: -1, rubric: { ownership: -1 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
    {
      id: 'record',
      options: [
        { id: 'welshCopy', openness: 1, rubric: { consent: 2, followUp: 2, culturalHumility: 1, signposting: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'englishOnly', mistake: 'assuming', openness: -2, rubric: { culturalHumility: -2, consent: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'noDate', mistake: 'rushing', openness: -1, rubric: { followUp: -2 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
  ],
});
