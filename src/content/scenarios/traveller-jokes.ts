import { builtInScenario } from './built-in.js';

/** Scenario 5: a porter reporting anti-Traveller "jokes" in the rest room. */
export const travellerJokes = builtInScenario('travellerJokes', {
  startOpenness: 2,
  steps: [
    {
      id: 'private',
      options: [
        { id: 'room', openness: 2, rubric: { setting: 2 }, replies: ['opening'] },
        { id: 'here', mistake: 'rushing', openness: -2, rubric: { setting: -2 }, replies: ['guarded'] },
        { id: 'nextWeek', mistake: 'dismissing', openness: -1, rubric: { setting: -1 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'banter',
      options: [
        { id: 'serious', openness: 2, rubric: { empathy: 2, listening: 1 }, replies: ['guarded', 'opening'] },
        { id: 'banterToo', mistake: 'dismissing', openness: -2, rubric: { empathy: -2 }, replies: ['guarded'] },
        { id: 'names', mistake: 'fixing', openness: -1, rubric: { ownership: -1, listening: -1 }, replies: ['guarded'] },
      ],
    },
    {
      id: 'affect',
      options: [
        { id: 'howAffected', openness: 2, rubric: { culturalHumility: 2, openQuestions: 1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'areYou', mistake: 'pressing', openness: -2, rubric: { culturalHumility: -2 }, replies: ['guarded', 'opening'] },
        { id: 'thickSkin', mistake: 'dismissing', openness: -1, rubric: { empathy: -1, culturalHumility: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'options',
      options: [
        { id: 'choices', openness: 2, rubric: { signposting: 2, ownership: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'nobodyWillKnow', mistake: 'falseConfidentiality', openness: -1, rubric: { purpose: -2, ownership: -1 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'dropIt', mistake: 'dismissing', openness: -2, rubric: { signposting: -1, ownership: -1 }, replies: ['guarded', 'opening'] },
      ],
    },
    {
      id: 'record',
      options: [
        { id: 'agree', openness: 1, rubric: { consent: 2, followUp: 2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'writeAll', mistake: 'assuming', openness: -2, rubric: { consent: -2 }, replies: ['guarded', 'opening', 'open'] },
        { id: 'vague', mistake: 'rushing', openness: -1, rubric: { followUp: -2 }, replies: ['guarded', 'opening', 'open'] },
      ],
    },
  ],
});
