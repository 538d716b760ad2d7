import agree from '../../locales/en-GB/agree.json' with { type: 'json' };
import plan from '../../locales/en-GB/plan.json' with { type: 'json' };
import summary from '../../locales/en-GB/summary.json' with { type: 'json' };
import topics from '../../locales/en-GB/topics.json' with { type: 'json' };
import { sourceResources } from './resources.js';

/**
 * Every en-GB namespace of the conversation, in the main file or fetched after its first stage, for the config check
 * that knows every text a trust may reword: a conversation fetches it only to check a config that rewords some of
 * its text (src/i18n/check-config-lazily.ts).
 */
export const conversationSourceResources = { ...sourceResources, topics, plan, agree, summary } as const;
