import { builtInScenario } from './built-in.js';

/** Scenario 2: a staff nurse who is "fine, just thinking too much", and who has met racist abuse from a patient's relative. */
export const thinkingTooMuch = builtInScenario('thinkingTooMuch', {
  startOpenness: 3,
  steps: [
    {
      id: 'checkIn',
      options: [
        { id: 'gentle', openness: 2, rubric: { openQuestions: 2, listening: 1 }, replies: ['opening'] },
        { id: 'anxiety', mistake: 'jargon', openness: -2, rubric: { culturalHumility: -1, empathy: -1, openQuestions: -1 }, replies: ['guarded'] },
        { id: 'okay', mistake: 'closedQuestion', openness: -1, rubric: { openQuestions: -2 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'sleep',
      options: [
        { id: 'sleepGentle', openness: 2, rubric: { listening: 2, empathy: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'tips', mistake: 'fixing', openness: -1, rubric: { empathy: -1, listening: -2 }, replies: ['guarded', 'opening'] },
        { id: 'sickness', mistake: 'assuming', openness: -2, rubric: { purpose: -2, empathy: -1 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'space',
      options: [
        { id: 'room', openness: 2, rubric: { culturalHumility: 2, openQuestions: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'staffing', mistake: 'assuming', openness: -1, rubric: { listening: -1, culturalHumility: -1 }, replies: ['guarded', 'opening'] },
        { id: 'whereFrom', mistake: 'pressing', openness: -2, rubric: { culturalHumility: -2 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'abuse',
      options: [
        { id: 'believe', openness: 2, rubric: { empathy: 2, listening: 1, culturalHumility: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'banter', mistake: 'dismissing', openness: -2, rubric: { empathy: -2, culturalHumility: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'report', mistake: 'fixing', openness: -1, rubric: { ownership: -1, empathy: -1 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
    {
      id: 'support',
      options: [
        { id: 'options', openness: 2, rubric: { signposting: 2, ownership: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'intranet', mistake: 'rushing', openness: -1, rubric: { signposting: -1, ownership: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'counselling', mistake: 'fixing', openness: -1, rubric: { ownership: -2, signposting: -1 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
    {
      id: 'record',
      options: [
        { id: 'agreeWording', openness: 1, rubric: { consent: 2, followUp: 2, ownership: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'fullNotes', mistake: 'assuming', openness: -2, rubric: { consent: -2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'later', mistake: 'rushing', openness: -1, rubric: { followUp: -2, consent: -1 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
  ],
});
