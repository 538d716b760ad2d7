import { builtInScenario } from './built-in.js';

/** Scenario 11: an internationally recruited nurse, six months in, taking every extra shift and afraid that struggling will count against her visa. */
export const internationalNurse = builtInScenario('internationalNurse', {
  startOpenness: 3,
  steps: [
    {
      id: 'begin',
      options: [
        { id: 'purpose', openness: 2, rubric: { purpose: 2, openQuestions: 1 }, replies: ['opening'] },
        { id: 'extraShifts', mistake: 'rushing', openness: -1, rubric: { purpose: -1, empathy: -1 }, replies: ['guarded'] },
        { id: 'englishOk', mistake: 'assuming', openness: -2, rubric: { culturalHumility: -2 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'evenings',
      options: [
        { id: 'tellMore', openness: 2, rubric: { listening: 2, openQuestions: 1, culturalHumility: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'homesick', mistake: 'assuming', openness: -1, rubric: { culturalHumility: -1, listening: -1 }, replies: ['guarded', 'opening'] },
        { id: 'anxiety', mistake: 'jargon', openness: -1, rubric: { listening: -1, empathy: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'pressures',
      options: [
        { id: 'reassure', openness: 2, rubric: { empathy: 2, purpose: 1, ownership: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'fewerShifts', mistake: 'fixing', openness: -1, rubric: { ownership: -2, empathy: -1 }, replies: ['guarded', 'opening'] },
        { id: 'visaDetails', mistake: 'pressing', openness: -2, rubric: { empathy: -1, culturalHumility: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'support',
      options: [
        { id: 'choices', openness: 2, rubric: { signposting: 2, ownership: 1, culturalHumility: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'intranet', mistake: 'dismissing', openness: -1, rubric: { signposting: -1, empathy: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'sameCountry', mistake: 'assuming', openness: -1, rubric: { culturalHumility: -2 }, replies: ['guarded', 'opening', 'open'] },
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
