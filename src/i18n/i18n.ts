import i18next, { type i18n, type TFunction } from 'i18next';
import { namespaceNames, sourceLanguage, sourceResources } from './resources.js';

export { sourceLanguage };

/**
 * Makes a private i18next instance for one element. Never touches the host page's global i18next,
 * so a portal that uses i18next itself keeps its own language and resources.
 */
export async function createI18n(lng: string = sourceLanguage): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    fallbackLng: sourceLanguage,
    ns: namespaceNames,
    defaultNS: 'common',
    resources: { [sourceLanguage]: sourceResources },
    // Lit escapes every interpolated value when it renders text, so i18next must not escape twice.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export type { TFunction };
