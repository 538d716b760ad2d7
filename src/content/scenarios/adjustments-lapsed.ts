import { builtInScenario } from './built-in.js';

/** Scenario 14: a clinic administrator with a sight impairment whose agreed adjustments did not move with her team. */
export const adjustmentsLapsed = builtInScenario('adjustmentsLapsed', {
  startOpenness: 3,
  steps: [
    {
      id: 'begin',
      options: [
        { id: 'purpose', openness: 2, rubric: { purpose: 2, openQuestions: 1 }, replies: ['opening'] },
        { id: 'backlog', mistake: 'pressing', openness: -2, rubric: { purpose: -2, empathy: -1 }, replies: ['guarded'] },
        { id: 'settling', mistake: 'closedQuestion', openness: -1, rubric: { openQuestions: -2 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'move',
      options: [
        { id: 'believe', openness: 2, rubric: { listening: 2, empathy: 1, openQuestions: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'evidence', mistake: 'pressing', openness: -2, rubric: { empathy: -2, listening: -1 }, replies: ['guarded'] },
        { id: 'adapt', mistake: 'dismissing', openness: -1, rubric: { empathy: -2 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'whatWorked',
      options: [
        { id: 'askWhatWorked', openness: 2, rubric: { openQuestions: 1, listening: 1, ownership: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'tellTeam', mistake: 'assuming', openness: -2, rubric: { consent: -2, ownership: -1 }, replies: ['guarded', 'opening'] },
        { id: 'sameRota', mistake: 'dismissing', openness: -1, rubric: { empathy: -1, ownership: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'support',
      options: [
        { id: 'routes', openness: 2, rubric: { signposting: 2, ownership: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'ohOnly', mistake: 'fixing', openness: -1, rubric: { ownership: -2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'acronyms', mistake: 'jargon', openness: -1, rubric: { signposting: -1, ownership: -1 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
    {
      id: 'record',
      options: [
        { id: 'agree', openness: 1, rubric: { consent: 2, followUp: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'performanceNote', mistake: 'assuming', openness: -2, rubric: { consent: -2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'doorOpen', mistake: 'rushing', openness: -1, rubric: { followUp: -2 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
  ],
});
