import agree from '../../locales/en-GB/agree.json' with { type: 'json' };
import common from '../../locales/en-GB/common.json' with { type: 'json' };
import explore from '../../locales/en-GB/explore.json' with { type: 'json' };
import plan from '../../locales/en-GB/plan.json' with { type: 'json' };
import safety from '../../locales/en-GB/safety.json' with { type: 'json' };
import services from '../../locales/en-GB/services.json' with { type: 'json' };
import stages from '../../locales/en-GB/stages.json' with { type: 'json' };
import summary from '../../locales/en-GB/summary.json' with { type: 'json' };
import topics from '../../locales/en-GB/topics.json' with { type: 'json' };

/** The language every string is written in first, and the fallback for any missing key. */
export const sourceLanguage = 'en-GB';

/** The en-GB text, bundled with the elements; every other language is loaded on demand. */
export const sourceResources = { common, stages, topics, explore, plan, agree, services, safety, summary } as const;

/** The namespaces, one JSON file each under `locales/<lang>/`. */
export type Namespace = keyof typeof sourceResources;

/** Every bundled namespace name. */
export const namespaceNames = Object.keys(sourceResources) as Namespace[];

/**
 * Namespaces fetched only by the element that needs them, in en-GB too, so they stay out of the bundle every
 * portal loads: the practice scenarios are long and only trainers' pages show them; the config editor's
 * words only HR's config page shows. The evaluation report's words are bundled with the report itself
 * (components/evaluation-report/report-text.ts) and never fetched; they are listed so every check of the
 * locale files covers them.
 */
export const lazyNamespaces = ['practice', 'configure', 'report'] as const;

/** A namespace fetched on demand. */
export type LazyNamespace = (typeof lazyNamespaces)[number];

/** Any namespace, bundled or fetched on demand. */
export type NamespaceName = Namespace | LazyNamespace;

/** Every namespace name, bundled or not. */
export const allNamespaceNames: readonly NamespaceName[] = [...namespaceNames, ...lazyNamespaces];
