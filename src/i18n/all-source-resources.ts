import configure from '../../locales/en-GB/configure.json' with { type: 'json' };
import practice from '../../locales/en-GB/practice.json' with { type: 'json' };
import report from '../../locales/en-GB/report.json' with { type: 'json' };
import { sourceResources, type NamespaceName } from './resources.js';

/**
 * Every en-GB namespace, bundled or fetched on demand, for checks that compare every key (parity tests,
 * tools). Importing this pulls the on-demand text in, so the elements never do.
 */
export const allSourceResources: Readonly<Record<NamespaceName, Record<string, unknown>>> = { ...sourceResources, practice, configure, report };
