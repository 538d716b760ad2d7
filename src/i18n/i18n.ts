import i18next, { type i18n, type TFunction } from 'i18next';
import type { FetchRefusal } from '../fetch/same-origin.js';
import { defaultLocalesBase, distinctStaffLanguage, fetchNamespace, locales, matchLocale } from './locales.js';
import { lazyNamespaces, namespaceNames, sourceLanguage, sourceResources, type LazyNamespace } from './resources.js';

export { sourceLanguage };

/** Options for `createI18n`. */
export interface I18nOptions {
  /**
   * Where the `locales/` folder is (relative to the page, or absolute); defaults to the folder beside the script. A folder given here must
   * be on the page's own origin, or the default is used instead.
   */
  readonly localesBase?: string;
  /** Hears each time a locale file is refused: its folder is on another origin, or a redirect led to one. */
  readonly onRefused?: (reason: Exclude<FetchRefusal, 'failed'>) => void;
  /** More languages to load into the same instance (the staff member's), used with `getFixedT`. */
  readonly alsoLoad?: readonly string[];
  /** Namespaces that are not bundled (e.g. `practice`) to fetch too, in en-GB and the language asked for. */
  readonly namespaces?: readonly LazyNamespace[];
}

/**
 * Makes a private i18next instance for one element, with the text of `lng` loaded (fetched on demand from the
 * locales folder; en-GB is built in). Never touches the host page's global i18next, so a portal that uses
 * i18next itself keeps its own language and resources. A language the guide does not ship, or a file that
 * cannot be fetched, falls back to en-GB text.
 */
export async function createI18n(lng: string = sourceLanguage, options: I18nOptions = {}): Promise<i18n> {
  const instance = i18next.createInstance();
  const language = matchLocale(lng) ?? sourceLanguage;
  await instance.init({
    lng: language,
    fallbackLng: sourceLanguage,
    ns: [...namespaceNames, ...(options.namespaces ?? [])],
    defaultNS: 'common',
    // A copy: a trust's wording overrides must change this instance's text only, never the shared source.
    resources: { [sourceLanguage]: structuredClone(sourceResources) },
    // Lit escapes every interpolated value when it renders text, so i18next must not escape twice.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // No text of ours nests another ($t(key) inside a text), but a trust's wording or topic is added to this
  // instance too, and two texts that nest each other recurse until the stack overflows and nothing renders.
  // Without nesting, `$t(…)` in any text is shown as typed.
  instance.services.interpolator.nest = (text: string) => text;
  const others = [language, ...(options.alsoLoad ?? []).map((l) => matchLocale(l))].filter(
    (l): l is string => l !== undefined && l !== sourceLanguage,
  );
  const base = localesBaseOf(options);
  const lazy = options.namespaces ?? [];
  await Promise.all([
    ...[...new Set(others)].map((l) => loadLanguage(instance, l, base, lazy, options.onRefused)),
    ...lazy.map(async (ns) => {
      const data = await fetchNamespace(base, sourceLanguage, ns, options.onRefused);
      if (data) instance.addResourceBundle(sourceLanguage, ns, data, true, true);
    }),
  ]);
  return instance;
}

// A host's own folder must be on the page's origin, as its config is (docs/design.md, privacy); the default
// folder is beside the script, wherever the host chose to serve that from.
function localesBaseOf({ localesBase, onRefused }: I18nOptions): string {
  if (localesBase === undefined) return defaultLocalesBase();
  try {
    const folder = new URL(localesBase, document.baseURI);
    if (folder.origin === location.origin) return folder.href;
  } catch {
    // Not an address at all: refused like one on another origin, and the default folder is used.
  }
  onRefused?.('otherOrigin');
  return defaultLocalesBase();
}

const isLazy = (ns: string): ns is LazyNamespace => (lazyNamespaces as readonly string[]).includes(ns);

/** Fetches and adds every namespace a shipped language has, and its `meta.json` (name, review status). */
async function loadLanguage(
  instance: i18n,
  language: string,
  base: string,
  lazy: readonly LazyNamespace[],
  onRefused: I18nOptions['onRefused'],
): Promise<void> {
  const info = locales[language];
  if (!info) return;
  // A language's bundled namespaces always; its on-demand ones only when the element asked for them.
  const wanted = info.namespaces.filter((ns) => !(isLazy(ns) && !lazy.includes(ns)));
  await Promise.all(
    [...wanted, 'meta'].map(async (ns) => {
      const data = await fetchNamespace(base, language, ns, onRefused);
      if (data) instance.addResourceBundle(language, ns, data, true, true);
    }),
  );
}

/** False when the language's `meta.json` says no native speaker has reviewed its text yet. */
export function isReviewed(instance: i18n, language: string): boolean {
  const match = matchLocale(language) ?? sourceLanguage;
  return match === sourceLanguage || instance.getResource(match, 'meta', 'reviewed') === true;
}

/** True when `language` has text of its own for `key` (not an en-GB fallback). */
export function hasOwnText(instance: i18n, language: string, key: string): boolean {
  return instance.exists(key, { lng: language, fallbackLng: false });
}

/**
 * The staff member's language for `key`, when it is another language than the interface's and someone has
 * written `key` in it (never an en-GB fallback); else undefined.
 */
export function staffLanguageFor(instance: i18n, staffLanguage: string | undefined, interfaceLanguage: string, key: string): string | undefined {
  const staff = distinctStaffLanguage(staffLanguage, interfaceLanguage);
  return staff && hasOwnText(instance, staff, key) ? staff : undefined;
}

/** Text direction of a language the guide ships, else of whatever i18next knows. */
export function directionOf(instance: i18n, language: string): 'ltr' | 'rtl' {
  const match = matchLocale(language);
  return match ? (locales[match]?.dir ?? 'ltr') : instance.dir(language);
}

export type { TFunction };
