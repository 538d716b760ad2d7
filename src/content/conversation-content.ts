import { crisisDirectoryFor, type CrisisDirectory } from './crisis.js';
import { defaultServices } from './signposting.js';
import { builtInTopics } from './topics.js';
import type { TrustConfig } from './trust-config.js';
import type { Service, TopicDefinition } from './types.js';

/** Everything the screens show that comes from content and the trust's config, resolved once. */
export interface ResolvedContent {
  /** The topics offered, in the trust's order; a trust's own topics keep their text in the `trust` namespace. */
  readonly topics: readonly TopicDefinition[];
  /** National services first, then the trust's own. */
  readonly services: readonly Service[];
  /** The nation's crisis lines, as published by each service: a trust cannot change them. */
  readonly crisis: CrisisDirectory;
}

/** Resolves topics, services and crisis lines from a checked trust config. */
export function resolveContent(config: TrustConfig): ResolvedContent {
  const extra: TopicDefinition[] = config.extraTopics.map((t) => {
    const text = t.text['en-GB'];
    return {
      id: t.id,
      namespace: 'trust',
      followUps: text?.followUps.length ?? 0,
      listenFor: text?.listenFor.length ?? 0,
      avoid: text?.avoid.length ?? 0,
      culturalNote: Boolean(text?.culturalNote),
      services: t.services,
    };
  });
  const byId = new Map([...builtInTopics, ...extra].map((t) => [t.id, t]));
  const topics = config.topicOrder.flatMap((id) => byId.get(id) ?? []);
  // National lines are fixed: a trust's notes on them are shown beside them, never in place of their numbers.
  const crisis = crisisDirectoryFor(config.nation);
  return { topics, services: [...defaultServices(config.nation), ...config.services], crisis };
}

/** The services that fit a topic: those the trust named for it, else those in the topic's categories. */
export function servicesForTopic(services: readonly Service[], topic: TopicDefinition): Service[] {
  return services.filter((s) => (s.topics ? s.topics.includes(topic.id) : topic.services.includes(s.category)));
}
