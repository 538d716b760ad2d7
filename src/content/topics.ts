import type { BuiltInTopicId, TopicDefinition } from './types.js';

/** A built-in topic: its id is one of `builtInTopicIds` and its text lives in the `topics` namespace. */
type BuiltInTopic = TopicDefinition & { readonly id: BuiltInTopicId; readonly namespace: 'topics' };

/**
 * The eighteen built-in topics, in the order of `builtInTopicIds`. Counts say how many follow-ups,
 * "listen for" and "avoid" lines each has in `locales/<lang>/topics.json`; services run most relevant first.
 */
export const builtInTopics: readonly TopicDefinition[] = [
  {
    id: 'workload',
    namespace: 'topics',
    followUps: 3,
    listenFor: 3,
    avoid: 2,
    culturalNote: true,
    services: ['occupationalHealth', 'staffPsychologicalSupport', 'tradeUnion', 'hrPolicies'],
  },
  {
    id: 'breaksShifts',
    namespace: 'topics',
    followUps: 3,
    listenFor: 3,
    avoid: 2,
    culturalNote: true,
    services: ['occupationalHealth', 'hrPolicies', 'tradeUnion', 'staffNetworks'],
  },
  {
    id: 'sleepEnergy',
    namespace: 'topics',
    followUps: 3,
    listenFor: 3,
    avoid: 3,
    culturalNote: false,
    services: ['occupationalHealth', 'talkingTherapies', 'staffPsychologicalSupport'],
  },
  {
    id: 'mood',
    namespace: 'topics',
    followUps: 3,
    listenFor: 4,
    avoid: 3,
    culturalNote: true,
    services: [
      'staffPsychologicalSupport',
      'talkingTherapies',
      'mentalHealthFirstAiders',
      'practitionerHealth',
      'chaplaincy',
    ],
  },
  {
    id: 'physicalHealth',
    namespace: 'topics',
    followUps: 3,
    listenFor: 3,
    avoid: 3,
    culturalNote: true,
    services: ['occupationalHealth', 'reasonableAdjustments', 'staffNetworks'],
  },
  {
    id: 'money',
    namespace: 'topics',
    followUps: 2,
    listenFor: 3,
    avoid: 3,
    culturalNote: true,
    services: ['financialWellbeing', 'staffPsychologicalSupport', 'tradeUnion'],
  },
  {
    id: 'homeCaring',
    namespace: 'topics',
    followUps: 3,
    listenFor: 3,
    avoid: 3,
    culturalNote: true,
    services: ['carersSupport', 'hrPolicies', 'staffNetworks', 'domesticAbuse'],
  },
  {
    id: 'faithCulture',
    namespace: 'topics',
    followUps: 3,
    listenFor: 3,
    avoid: 3,
    culturalNote: true,
    services: ['chaplaincy', 'staffNetworks', 'hrPolicies', 'occupationalHealth'],
  },
  {
    id: 'fairTreatment',
    namespace: 'topics',
    followUps: 3,
    listenFor: 4,
    avoid: 3,
    culturalNote: true,
    services: ['freedomToSpeakUp', 'staffNetworks', 'tradeUnion', 'hrPolicies', 'staffPsychologicalSupport'],
  },
  {
    id: 'adjustments',
    namespace: 'topics',
    followUps: 3,
    listenFor: 3,
    avoid: 3,
    culturalNote: false,
    services: ['reasonableAdjustments', 'occupationalHealth', 'staffNetworks', 'hrPolicies'],
  },
  {
    id: 'lifeStage',
    namespace: 'topics',
    followUps: 3,
    listenFor: 3,
    avoid: 3,
    culturalNote: true,
    services: ['hrPolicies', 'occupationalHealth', 'staffNetworks', 'reasonableAdjustments'],
  },
  {
    id: 'purpose',
    namespace: 'topics',
    followUps: 2,
    listenFor: 3,
    avoid: 2,
    culturalNote: false,
    services: ['staffNetworks', 'staffPsychologicalSupport', 'chaplaincy'],
  },
  {
    id: 'flexibleWorking',
    namespace: 'topics',
    followUps: 3,
    listenFor: 3,
    avoid: 3,
    culturalNote: false,
    services: ['hrPolicies', 'reasonableAdjustments', 'carersSupport', 'tradeUnion'],
  },
  {
    // Staff recruited from abroad: the trust's international-recruit support is filed under staff networks.
    id: 'workingFarFromHome',
    namespace: 'topics',
    followUps: 3,
    listenFor: 3,
    avoid: 3,
    culturalNote: true,
    services: ['staffNetworks', 'tradeUnion', 'hrPolicies', 'financialWellbeing', 'staffPsychologicalSupport'],
  },
  {
    id: 'feelingSafe',
    namespace: 'topics',
    followUps: 3,
    listenFor: 4,
    avoid: 3,
    culturalNote: true,
    services: ['freedomToSpeakUp', 'staffNetworks', 'tradeUnion', 'staffPsychologicalSupport', 'hrPolicies'],
  },
  {
    // The trust's post-incident support is part of its staff psychological support.
    id: 'lossHardMoments',
    namespace: 'topics',
    followUps: 3,
    listenFor: 3,
    avoid: 3,
    culturalNote: true,
    services: ['staffPsychologicalSupport', 'chaplaincy', 'talkingTherapies', 'hrPolicies', 'mentalHealthFirstAiders'],
  },
  {
    id: 'copingHabits',
    namespace: 'topics',
    followUps: 3,
    listenFor: 3,
    avoid: 3,
    culturalNote: true,
    services: ['occupationalHealth', 'practitionerHealth', 'staffPsychologicalSupport', 'talkingTherapies'],
  },
  {
    id: 'beingYourself',
    namespace: 'topics',
    followUps: 3,
    listenFor: 3,
    avoid: 3,
    culturalNote: true,
    services: ['staffNetworks', 'freedomToSpeakUp', 'staffPsychologicalSupport', 'tradeUnion'],
  },
] satisfies readonly BuiltInTopic[];

// Every topic has these single strings; the description is the line shown under its checkbox.
const singleFields = ['name', 'description', 'prompt', 'gentler'] as const;

/**
 * Every i18n key a topic needs, namespace first (`topics:mood.prompt`, `topics:mood.followUps.0`, …),
 * including `culturalNote` only when the topic has one.
 */
export function topicKeys(topic: TopicDefinition): string[] {
  const base = `${topic.namespace}:${topic.id}`;
  const numbered = (field: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${base}.${field}.${i}`);
  return [
    ...singleFields.map((field) => `${base}.${field}`),
    ...numbered('followUps', topic.followUps),
    ...numbered('listenFor', topic.listenFor),
    ...numbered('avoid', topic.avoid),
    ...(topic.culturalNote ? [`${base}.culturalNote`] : []),
  ];
}

/** The built-in topic with this id, or `undefined` when there is none. */
export function findTopic(id: string): TopicDefinition | undefined {
  return builtInTopics.find((topic) => topic.id === id);
}
