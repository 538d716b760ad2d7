import configure from '../../locales/en-GB/configure.json' with { type: 'json' };
import practice from '../../locales/en-GB/practice.json' with { type: 'json' };
import report from '../../locales/en-GB/report.json' with { type: 'json' };
import { conversationSourceResources } from './conversation-source-resources.js';
import type { NamespaceName } from './resources.js';

export { conversationSourceResources };

/**
 * Every en-GB namespace, bundled or fetched on demand, for checks that compare every key (the config check, parity
 * tests, tools). Importing this pulls the on-demand text in, so the conversation never does: a conversation
 * imports it only to check a config that rewords some of its text (src/i18n/check-config-lazily.ts).
 */
export const allSourceResources: Readonly<Record<NamespaceName, Record<string, unknown>>> = { ...conversationSourceResources, practice, configure, report };
