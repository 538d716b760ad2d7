import { fetchSameOrigin, type FetchRefusal } from '../fetch/same-origin.js';
import { localeModules } from './locale-modules.js';
import type { NamespaceName } from './resources.js';

/** What the guide knows about one language it ships text for. */
export interface LocaleInfo {
  /** The namespaces with text in `locales/<lang>/`; anything else falls back to en-GB. */
  readonly namespaces: readonly NamespaceName[];
  /** Text direction, for `dir` and for logical CSS. */
  readonly dir: 'ltr' | 'rtl';
}

// The namespaces a staff member sees: the stages, the prompts, the topics, services, safety steps, the plan, what
// they agree to, the shared controls and their copy. Practice, the settings editor and the evaluation report are
// for trainers and HR, in English and Welsh.
const staffNamespaces: readonly NamespaceName[] = ['common', 'stages', 'topics', 'explore', 'plan', 'agree', 'services', 'safety', 'summary'];

/**
 * The languages the guide ships, with the text each has. Welsh is a full locale; the others cover what the
 * staff member reads. en-GB is inside the bundle; every other language is loaded when first asked for.
 * Whether a native speaker has reviewed a language is recorded in its `locales/<lang>/meta.json`.
 */
export const locales: Readonly<Record<string, LocaleInfo>> = {
  'en-GB': { namespaces: [], dir: 'ltr' },
  cy: { namespaces: ['common', 'stages', 'topics', 'explore', 'plan', 'agree', 'services', 'safety', 'summary', 'practice', 'configure', 'report'], dir: 'ltr' },
  pl: { namespaces: staffNamespaces, dir: 'ltr' },
  pt: { namespaces: staffNamespaces, dir: 'ltr' },
  ro: { namespaces: staffNamespaces, dir: 'ltr' },
  ml: { namespaces: staffNamespaces, dir: 'ltr' },
  fil: { namespaces: staffNamespaces, dir: 'ltr' },
  ur: { namespaces: staffNamespaces, dir: 'rtl' },
};

/**
 * The shipped language that best fits a BCP 47 tag: the exact tag, else its base language (`cy-GB` → `cy`),
 * else any English → en-GB; undefined when the guide has no text in that language.
 */
export function matchLocale(tag: string): string | undefined {
  const lower = tag.trim().toLowerCase();
  const exact = Object.keys(locales).find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split(/[-_]/)[0];
  if (base === 'en') return 'en-GB';
  // Tagalog and Filipino share a written language; trusts write either tag.
  if (base === 'tl') return 'fil';
  return Object.keys(locales).find((l) => l.toLowerCase() === base);
}

/**
 * The staff member's language when it is another language than the interface's (`cy-GB` beside `cy` is the
 * same language), else undefined. The one place that decides whether a second language is shown or recorded.
 */
export function distinctStaffLanguage(staffLanguage: string | undefined, interfaceLanguage: string): string | undefined {
  if (!staffLanguage?.trim()) return undefined;
  const staff = matchLocale(staffLanguage) ?? staffLanguage.trim().toLowerCase();
  const ui = matchLocale(interfaceLanguage) ?? interfaceLanguage.trim().toLowerCase();
  return staff === ui ? undefined : staffLanguage;
}

/**
 * Imports one namespace of one shipped language (src/i18n/locale-modules.ts): undefined when the guide has no
 * such file, it cannot be loaded, or it is not an object. Each file is a module with a fixed path, so every
 * bundler makes it a file of its own, loaded only when asked for; in the package's own build each is a chunk
 * beside the main script, so a plain script tag finds them too.
 */
export async function importNamespace(language: string, namespace: string): Promise<Record<string, unknown> | undefined> {
  const key = `${language}/${namespace}`;
  if (!Object.hasOwn(localeModules, key)) return undefined;
  try {
    const data = (await localeModules[key]!()).default;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fetches one namespace of one language from the origin of `base`; undefined when it is missing, not JSON, or
 * a redirect took it to another origin (then `onRefused` hears why).
 */
export async function fetchNamespace(
  base: string,
  language: string,
  namespace: string,
  onRefused?: (reason: Exclude<FetchRefusal, 'failed'>) => void,
): Promise<Record<string, unknown> | undefined> {
  try {
    const folder = new URL(base.endsWith('/') ? base : `${base}/`);
    const fetched = await fetchSameOrigin(new URL(`${language}/${namespace}.json`, folder), folder.origin);
    if (!fetched.ok) {
      if (fetched.reason !== 'failed') onRefused?.(fetched.reason);
      return undefined;
    }
    if (!fetched.response.ok) return undefined;
    const data: unknown = await fetched.response.json();
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
