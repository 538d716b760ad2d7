import i18next, { type i18n, type TFunction } from 'i18next';
import type { FetchRefusal } from '../fetch/same-origin.js';
import { distinctStaffLanguage, fetchNamespace, importNamespace, locales, matchLocale } from './locales.js';
import { laterNamespaces, lazyNamespaces, namespaceNames, sourceLanguage, sourceResources, type LazyNamespace } from './resources.js';

export { sourceLanguage };

/** Options for `createI18n`. */
export interface I18nOptions {
  /**
   * A folder of locale files to fetch instead (relative to the page, or absolute), laid out as `locales/`. A
   * folder given here must be on the page's own origin, or the files shipped with the guide are used instead.
   * Without it, each language is a module of the guide's own, which the host's bundler splits into its own file.
   */
  readonly localesBase?: string;
  /** Hears each time a locale file is refused: its folder is on another origin, or a redirect led to one. */
  readonly onRefused?: (reason: Exclude<FetchRefusal, 'failed'>) => void;
  /** Hears each shipped language whose text could not be loaded (en-GB is shown in its place). */
  readonly onMissing?: (language: string) => void;
  /** More languages to load into the same instance (the staff member's), used with `getFixedT`. */
  readonly alsoLoad?: readonly string[];
  /** Namespaces that are not bundled (e.g. `practice`) to fetch too, in en-GB and the language asked for. */
  readonly namespaces?: readonly LazyNamespace[];
  /**
   * Resolve without the en-GB text of the later stages (`laterNamespaces`): for a conversation's first stage, which
   * does not show it. `laterText(instance)` fetches it, and says when it has arrived.
   */
  readonly laterTextAfter?: boolean;
}

// The fetch of each instance's later en-GB text, while it is under way or after it failed.
// `failed` is also set before the first fetch: either way the next `laterText` starts one.
const laterLoads = new WeakMap<i18n, { promise: Promise<void>; failed: boolean; readonly load: Loader }>();

/**
 * Nothing once the instance has its later stages' en-GB text (always, unless it was made with `laterTextAfter`);
 * else a promise that resolves when it arrives, or rejects when it cannot be fetched. Asked again after a failure,
 * it fetches again.
 */
export function laterText(instance: i18n): Promise<void> | undefined {
  const load = laterLoads.get(instance);
  if (!load) return undefined;
  if (load.failed) startLaterText(instance, load.load);
  return laterLoads.get(instance)?.promise;
}

function startLaterText(instance: i18n, load: Loader): void {
  const entry = { failed: false, load, promise: Promise.resolve() };
  entry.promise = Promise.all(
    laterNamespaces.map(async (ns) => {
      const data = await load(sourceLanguage, ns);
      if (!data) throw new Error(`The en-GB ${ns} text could not be loaded.`);
      // A trust's wording already added to this instance stays: the guide's own text fills in around it.
      instance.addResourceBundle(sourceLanguage, ns, data, true, false);
    }),
  ).then(
    () => {
      laterLoads.delete(instance);
    },
    (error: unknown) => {
      entry.failed = true;
      throw error;
    },
  );
  // A failure is reported to whoever waits for the text; left alone, it must not be an unhandled rejection.
  entry.promise.catch(() => undefined);
  laterLoads.set(instance, entry);
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
  const load = loaderFor(options);
  const lazy = options.namespaces ?? [];
  const missing = new Set<string>();
  // The en-GB text is the guide's own, as if built in: never from a host's folder of files. It is fetched when first
  // asked for (`laterText`), so that nothing competes with the first stage for the network and the main thread.
  if (options.laterTextAfter) laterLoads.set(instance, { failed: true, load: importNamespace, promise: Promise.resolve() });
  await Promise.all([
    ...[...new Set(others)].map((l) => loadLanguage(instance, l, load, lazy, () => missing.add(l))),
    ...(options.laterTextAfter ? [] : laterNamespaces).map(async (ns) => {
      const data = await importNamespace(sourceLanguage, ns);
      if (data) instance.addResourceBundle(sourceLanguage, ns, data, true, true);
      else missing.add(sourceLanguage);
    }),
    ...lazy.map(async (ns) => {
      const data = await load(sourceLanguage, ns);
      if (data) instance.addResourceBundle(sourceLanguage, ns, data, true, true);
      else missing.add(sourceLanguage);
    }),
  ]);
  for (const language of missing) options.onMissing?.(language);
  return instance;
}

type Loader = (language: string, namespace: string) => Promise<Record<string, unknown> | undefined>;

// The guide's own language modules, or a host's folder of files. A host's folder must be on the page's origin,
// as its config is (docs/design.md, privacy); one elsewhere is refused and the guide's own text is used.
function loaderFor({ localesBase, onRefused }: I18nOptions): Loader {
  if (localesBase === undefined) return importNamespace;
  try {
    const folder = new URL(localesBase, document.baseURI);
    if (folder.origin === location.origin) return (language, ns) => fetchNamespace(folder.href, language, ns, onRefused);
  } catch {
    // Not an address at all: refused like one on another origin.
  }
  onRefused?.('otherOrigin');
  return importNamespace;
}

const isLazy = (ns: string): ns is LazyNamespace => (lazyNamespaces as readonly string[]).includes(ns);

/** Loads and adds every namespace a shipped language has, and its `meta.json` (name, review status). */
async function loadLanguage(instance: i18n, language: string, load: Loader, lazy: readonly LazyNamespace[], onMissing: () => void): Promise<void> {
  const info = locales[language];
  if (!info) return;
  // A language's bundled namespaces always; its on-demand ones only when the element asked for them.
  const wanted = info.namespaces.filter((ns) => !(isLazy(ns) && !lazy.includes(ns)));
  await Promise.all(
    [...wanted, 'meta'].map(async (ns) => {
      const data = await load(language, ns);
      if (data) instance.addResourceBundle(language, ns, data, true, true);
      else onMissing();
    }),
  );
}

/** False when the language's `meta.json` says no native speaker has reviewed its text yet. */
export function isReviewed(instance: i18n, language: string): boolean {
  const match = matchLocale(language) ?? sourceLanguage;
  return match === sourceLanguage || instance.getResource(match, 'meta', 'reviewed') === true;
}

/**
 * True when `language` has text of its own for `key` (not an en-GB fallback); with `count` in `options`, for the
 * plural form that count takes.
 */
export function hasOwnText(instance: i18n, language: string, key: string, options?: { readonly count?: number }): boolean {
  return instance.exists(key, { ...(options?.count === undefined ? {} : { count: options.count }), lng: language, fallbackLng: false });
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

/** The message for `wcg-error` when a shipped language's text could not be loaded. */
export function missingTextMessage(language: string): string {
  return language === sourceLanguage
    ? 'some of the en-GB text could not be loaded: check that every file of the guide is served'
    : `the ${language} text could not be loaded, so en-GB text is shown in its place: check that every file of the guide is served`;
}
