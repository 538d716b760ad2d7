import { builtInScenario } from './built-in.js';

/** Scenario 12: an operating department practitioner, tired and often late, whose partner is abusing him (risk: domestic abuse). */
export const tiredAndLate = builtInScenario('tiredAndLate', {
  risk: 'domesticAbuse',
  startOpenness: 2,
  steps: [
    {
      id: 'begin',
      options: [
        { id: 'checkIn', openness: 2, rubric: { purpose: 2, openQuestions: 1 }, replies: ['opening'] },
        { id: 'lateness', mistake: 'pressing', openness: -1, rubric: { purpose: -1, empathy: -1 }, replies: ['guarded'] },
        { id: 'joke', mistake: 'dismissing', openness: -2, rubric: { purpose: -1, empathy: -1 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'tired',
      options: [
        { id: 'sayBack', openness: 2, rubric: { listening: 2, openQuestions: 1 }, replies: ['guarded', 'opening'] },
        { id: 'couplesRow', mistake: 'dismissing', openness: -2, rubric: { empathy: -1, risk: -1 }, replies: ['guarded'] },
        { id: 'sleepTips', mistake: 'fixing', openness: -1, rubric: { listening: -1, empathy: -1 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'disclosure',
      options: [
        { id: 'believe', opensSafetySteps: true, openness: 2, rubric: { risk: 2, empathy: 2, culturalHumility: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'biggerThanHer', mistake: 'assuming', openness: -2, rubric: { risk: -2, culturalHumility: -2 }, replies: ['guarded', 'opening'] },
        { id: 'police', mistake: 'fixing', openness: -1, rubric: { risk: -1, ownership: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'support',
      options: [
        { id: 'menToo', openness: 2, rubric: { signposting: 2, risk: 1, culturalHumility: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'womenOnly', mistake: 'assuming', openness: -1, rubric: { signposting: -1, culturalHumility: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'textLink', mistake: 'assuming', openness: -2, rubric: { risk: -2 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'lateness',
      options: [
        { id: 'flexible', openness: 1, rubric: { ownership: 2, empathy: 1, consent: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'attendance', mistake: 'dismissing', openness: -2, rubric: { empathy: -2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'tellTeam', mistake: 'assuming', openness: -2, rubric: { consent: -2 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
    {
      id: 'record',
      options: [
        { id: 'minimal', openness: 1, rubric: { consent: 2, followUp: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'fullDetail', mistake: 'assuming', openness: -2, rubric: { consent: -2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'sometime', mistake: 'rushing', openness: -1, rubric: { followUp: -2 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
  ],
});
