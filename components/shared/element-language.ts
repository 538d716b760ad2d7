import { sourceLanguage } from '../../src/i18n/i18n.js';

/** The language of the element: its own `lang`, else the nearest `[lang]` above it (across shadow roots), else en-GB. */
export function elementLanguage(host: Element, lang: string): string {
  if (lang) return lang;
  let node: Node | null = host.parentNode;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return sourceLanguage;
}
