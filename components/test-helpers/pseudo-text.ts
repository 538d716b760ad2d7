import { locales } from '../../src/i18n/locales.js';
import { conversationSourceResources as sourceResources } from '../../src/i18n/all-source-resources.js';
import type { NamespaceName } from '../../src/i18n/resources.js';

// Pseudo-text for language tests: every string wrapped in ⟦ ⟧ with its letters swapped for look-alikes,
// placeholders kept, so any plain English word on screen came from somewhere else.

/** The letters of `text` swapped for mathematical look-alikes, `{{placeholders}}` kept. */
export const swap = (text: string): string =>
  text.replace(/\{\{[^}]+\}\}|[A-Za-z]/g, (m) => (m.length > 1 ? m : String.fromCodePoint(m.codePointAt(0)! + 0x1d41a - 0x61 + (m >= 'a' ? 0 : 0x61 - 0x41 - 26))));

/** Every string in `value` (a locale file's content) as pseudo-text. */
export function pseudoOf(value: unknown): unknown {
  if (typeof value === 'string') return `⟦${swap(value)}⟧`;
  if (Array.isArray(value)) return value.map(pseudoOf);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoOf(v)]));
  return value;
}

/**
 * Makes `lang` a language the guide ships, with pseudo-text for `namespaces` only, served from `/<folder>/` (give
 * the element `locales-base="/<folder>/"`), in `dir`. Call it in `before()` and what it returns in `after()`.
 */
export function servePseudoLocale(lang: string, folder: string, namespaces: readonly NamespaceName[], dir: 'ltr' | 'rtl'): () => void {
  const realFetch = window.fetch;
  const shipped = locales as Record<string, unknown>;
  shipped[lang] = { namespaces, dir };
  const file = new RegExp(`/${folder}/${lang}/(\\w+)\\.json$`);
  window.fetch = async (input: RequestInfo | URL) => {
    const match = String(input).match(file);
    if (!match) return realFetch(input);
    const data = match[1] === 'meta' ? { name: 'Pseudo', reviewed: true } : pseudoOf(sourceResources[match[1] as keyof typeof sourceResources]);
    return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
  };
  return () => {
    delete shipped[lang];
    window.fetch = realFetch;
  };
}
