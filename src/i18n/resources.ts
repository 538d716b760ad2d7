import common from '../../locales/en-GB/common.json' with { type: 'json' };
import explore from '../../locales/en-GB/explore.json' with { type: 'json' };
import safety from '../../locales/en-GB/safety.json' with { type: 'json' };
import services from '../../locales/en-GB/services.json' with { type: 'json' };
import stages from '../../locales/en-GB/stages.json' with { type: 'json' };

/** The language every string is written in first, and the fallback for any missing key. */
export const sourceLanguage = 'en-GB';

/**
 * The en-GB text inside the main file: what the first stage, the frame around every stage and the safety steps
 * show. Every other language is loaded on demand, and so is the rest of the en-GB text (`laterNamespaces`).
 */
export const sourceResources = { common, stages, explore, services, safety } as const;

/**
 * The conversation's en-GB namespaces that only later stages show: a conversation fetches them once it is showing
 * its first stage, and every other element before it shows anything (src/i18n/i18n.ts, `laterText`).
 */
export const laterNamespaces = ['topics', 'plan', 'agree', 'summary'] as const;

/** The namespaces of the conversation, one JSON file each under `locales/<lang>/`. */
export type Namespace = keyof typeof sourceResources | (typeof laterNamespaces)[number];

/** Every namespace of the conversation, in the main file or fetched after the first stage. */
export const namespaceNames: readonly Namespace[] = ['common', 'stages', 'topics', 'explore', 'plan', 'agree', 'services', 'safety', 'summary'];

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
