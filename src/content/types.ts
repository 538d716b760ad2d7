import type { LocalisedText } from '../base/localised-text.js';

export type { LocalisedText };

/**
 * The shapes of the conversation's content. Content is data holding i18n keys (or the counts and flags
 * from which keys are computed), never sentences: the words live in `locales/`.
 */

/** The UK nations, each with its own crisis and staff-support directory. */
export const nations = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
/** One UK nation. */
export type Nation = (typeof nations)[number];

/**
 * The eighteen built-in topics, in their default order (CONTENT.md, "Topics"). The five added later come last,
 * so a trust's saved order keeps its meaning; the picker shows them in headed groups (`topicGroups`).
 */
export const builtInTopicIds = [
  'workload',
  'breaksShifts',
  'sleepEnergy',
  'mood',
  'physicalHealth',
  'money',
  'homeCaring',
  'faithCulture',
  'fairTreatment',
  'adjustments',
  'lifeStage',
  'purpose',
  'flexibleWorking',
  'workingFarFromHome',
  'feelingSafe',
  'lossHardMoments',
  'copingHabits',
  'beingYourself',
] as const;
/** The id of a built-in topic. */
export type BuiltInTopicId = (typeof builtInTopicIds)[number];

/** Signposting categories: a trust files each of its services under one (CONTENT.md, "Services"). */
export const serviceCategories = [
  'crisis',
  'staffPsychologicalSupport',
  'practitionerHealth',
  'occupationalHealth',
  'talkingTherapies',
  'mentalHealthFirstAiders',
  'freedomToSpeakUp',
  'staffNetworks',
  'reasonableAdjustments',
  'carersSupport',
  'financialWellbeing',
  'domesticAbuse',
  'chaplaincy',
  'tradeUnion',
  'hrPolicies',
] as const;
/** One signposting category. */
export type ServiceCategory = (typeof serviceCategories)[number];

/**
 * A topic the staff member may choose. Its text is found under `<namespace>:<id>.*`:
 * `name`, `prompt`, `gentler`, `followUps.0…`, `listenFor.0…`, `avoid.0…` and, when `culturalNote`
 * is true, `culturalNote`. Built-in topics live in the `topics` namespace; a trust's own in `trust`.
 */
export interface TopicDefinition {
  readonly id: string;
  readonly namespace: 'topics' | 'trust';
  readonly followUps: number;
  readonly listenFor: number;
  readonly avoid: number;
  readonly culturalNote: boolean;
  /** The service categories that fit this topic, most relevant first. */
  readonly services: readonly ServiceCategory[];
}


/** A local or national service to signpost to. Text fields are the trust's own words, shown as text. */
export interface Service {
  readonly id: string;
  readonly category: ServiceCategory;
  readonly name: LocalisedText;
  readonly description?: LocalisedText;
  readonly phone?: string;
  readonly email?: string;
  readonly url?: string;
  readonly hours?: LocalisedText;
  /** Topic ids this service is offered for; when absent, every topic whose categories include `category`. */
  readonly topics?: readonly string[];
}
