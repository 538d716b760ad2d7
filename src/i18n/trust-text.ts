import type { i18n } from 'i18next';
import type { TrustConfig } from '../content/trust-config.js';

/**
 * Adds a trust's words to an element's private i18next instance: the text of its own topics (the `trust`
 * namespace) and its per-language overrides of any key. Later calls replace earlier ones.
 */
export function applyTrustText(instance: i18n, config: TrustConfig): void {
  for (const topic of config.extraTopics) {
    for (const [language, text] of Object.entries(topic.text)) {
      instance.addResourceBundle(language, 'trust', { [topic.id]: text }, true, true);
    }
  }
  for (const [language, keys] of Object.entries(config.overrides)) {
    for (const [fullKey, value] of Object.entries(keys)) {
      const split = fullKey.indexOf(':');
      if (split < 1) continue;
      instance.addResource(language, fullKey.slice(0, split), fullKey.slice(split + 1), value);
    }
  }
}

/** Every `namespace:key` of a set of resources, for checking a trust's overrides against. */
export function allKeys(resources: Record<string, unknown>): Set<string> {
  const keys = new Set<string>();
  const walk = (ns: string, value: unknown, prefix: string) => {
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(ns, v, prefix ? `${prefix}.${k}` : k);
    } else keys.add(`${ns}:${prefix}`);
  };
  for (const [ns, value] of Object.entries(resources)) walk(ns, value, '');
  return keys;
}
