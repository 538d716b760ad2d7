import i18next, { type i18n, type TFunction } from 'i18next';
import common from '../../locales/en-GB/common.json' with { type: 'json' };
import stages from '../../locales/en-GB/stages.json' with { type: 'json' };

/** The language every string is written in first, and the fallback for any missing key. */
export const sourceLanguage = 'en-GB';

/** The namespaces en-GB ships inside the bundle. */
export const namespaces = ['common', 'stages'] as const;

/**
 * Makes a private i18next instance for one element. Never touches the host page's global i18next,
 * so a portal that uses i18next itself keeps its own language and resources.
 */
export async function createI18n(lng: string = sourceLanguage): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    fallbackLng: sourceLanguage,
    ns: [...namespaces],
    defaultNS: 'common',
    resources: { [sourceLanguage]: { common, stages } },
    // Lit escapes every interpolated value when it renders text, so i18next must not escape twice.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export type { TFunction };
