import type { BuiltInTopicId, TopicDefinition } from './types.js';

/** The headed groups the topic picker shows the built-in topics in; a trust's own topics form a group of their own. */
export const topicGroupIds = ['work', 'health', 'lifeOutside', 'treatedWell'] as const;
/** One built-in group of topics. */
export type TopicGroupId = (typeof topicGroupIds)[number];

/** The id of the group that holds a trust's own topics, after the built-in groups. */
export const trustTopicGroupId = 'trust' as const;

/**
 * Which built-in topics each group holds, in the order the groups are shown. Every built-in topic is in exactly
 * one group; the heading of each is `stages:chooseTopics.groups.<id>`.
 */
export const topicGroups: Readonly<Record<TopicGroupId, readonly BuiltInTopicId[]>> = {
  work: ['workload', 'breaksShifts', 'flexibleWorking', 'adjustments', 'purpose'],
  health: ['sleepEnergy', 'mood', 'physicalHealth', 'lifeStage', 'lossHardMoments', 'copingHabits'],
  lifeOutside: ['money', 'homeCaring', 'faithCulture', 'workingFarFromHome'],
  treatedWell: ['fairTreatment', 'feelingSafe', 'beingYourself'],
};

/** A group as the picker shows it: its id and the offered topics in it. */
export interface OfferedTopicGroup {
  readonly id: TopicGroupId | typeof trustTopicGroupId;
  readonly topics: readonly TopicDefinition[];
}

/**
 * The offered topics sorted into groups: the built-in groups in their order, each with its topics in the order
 * offered (the trust's), then the trust's own topics. A group with no offered topic is left out.
 */
export function groupTopics(offered: readonly TopicDefinition[]): OfferedTopicGroup[] {
  const builtIn = topicGroupIds.map((id): OfferedTopicGroup => ({
    id,
    topics: offered.filter((topic) => topic.namespace === 'topics' && (topicGroups[id] as readonly string[]).includes(topic.id)),
  }));
  const trust: OfferedTopicGroup = { id: trustTopicGroupId, topics: offered.filter((topic) => topic.namespace === 'trust') };
  return [...builtIn, trust].filter((group) => group.topics.length > 0);
}
