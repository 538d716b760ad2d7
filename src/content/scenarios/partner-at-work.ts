import { builtInScenario } from './built-in.js';

/** Scenario 9: a receptionist whose partner keeps turning up at work (risk: domestic abuse). */
export const partnerAtWork = builtInScenario('partnerAtWork', {
  risk: 'domesticAbuse',
  startOpenness: 2,
  steps: [
    {
      id: 'begin',
      options: [
        { id: 'private', openness: 2, rubric: { setting: 2 }, replies: ['opening'] },
        { id: 'atDesk', mistake: 'assuming', openness: -2, rubric: { setting: -2 }, replies: ['guarded'] },
        { id: 'email', mistake: 'rushing', openness: -1, rubric: { setting: -1 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'worries',
      options: [
        { id: 'howFeel', openness: 2, rubric: { openQuestions: 2, listening: 1 }, replies: ['guarded', 'opening'] },
        { id: 'sweet', mistake: 'dismissing', openness: -2, rubric: { empathy: -1, risk: -1 }, replies: ['guarded'] },
        { id: 'leave', mistake: 'fixing', openness: -2, rubric: { empathy: -1, ownership: -1 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'disclosure',
      options: [
        { id: 'believe', opensSafetySteps: true, openness: 2, rubric: { risk: 2, empathy: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'police', mistake: 'fixing', openness: -1, rubric: { risk: -1, ownership: -1 }, replies: ['guarded', 'opening'] },
        { id: 'accident', mistake: 'dismissing', openness: -2, rubric: { risk: -2 }, replies: ['guarded', 'opening'] },
        { id: 'secret', mistake: 'falseConfidentiality', openness: -1, rubric: { risk: -1, purpose: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'contact',
      options: [
        { id: 'safeContact', openness: 2, rubric: { risk: 1, signposting: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'textNumbers', mistake: 'assuming', openness: -2, rubric: { risk: -2 }, replies: ['guarded', 'opening'] },
        { id: 'leaflet', mistake: 'rushing', openness: -1, rubric: { signposting: -1, risk: -1 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
    {
      id: 'workSafety',
      options: [
        { id: 'security', openness: 1, rubric: { ownership: 2, consent: 2, risk: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'tellEveryone', mistake: 'assuming', openness: -2, rubric: { consent: -2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'ban', mistake: 'fixing', openness: -1, rubric: { ownership: -2 }, replies: ['guarded', 'opening', 'open'] },
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
