import i18next, { type TFunction } from 'i18next';
import cy from '../../locales/cy/report.json' with { type: 'json' };
import en from '../../locales/en-GB/report.json' with { type: 'json' };

// The report's words in both of its languages are bundled with it: a report file saved by the command line
// opens offline, so nothing may be fetched. Only this element imports them.

/** The languages the report is written in. */
export const reportLanguages = ['en-GB', 'cy'] as const;
/** One of the report's languages. */
export type ReportLanguage = (typeof reportLanguages)[number];

/** The report language for a language tag: Welsh for `cy` and its regions, else en-GB. */
export function reportLanguageOf(tag: string): ReportLanguage {
  return /^cy(-|$)/i.test(tag) ? 'cy' : 'en-GB';
}

const translators = new Map<ReportLanguage, TFunction>();

/** A translator for the report namespace in `language`; private to the element, never the page's i18next. */
export function reportText(language: ReportLanguage): TFunction {
  let t = translators.get(language);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      lng: language,
      fallbackLng: 'en-GB',
      ns: ['report'],
      defaultNS: 'report',
      resources: { 'en-GB': { report: en }, cy: { report: cy } },
      interpolation: { escapeValue: false },
      initAsync: false,
    } as Parameters<typeof instance.init>[0]);
    // A host's group names are interpolated; one holding `$t(…)` must be shown as typed, never expanded.
    instance.services.interpolator.nest = (text: string) => text;
    t = instance.t.bind(instance) as TFunction;
    translators.set(language, t);
  }
  return t;
}

// Month names come from the report's own words rather than Intl: a browser may ship without Welsh dates.
const monthWords = { 'en-GB': en, cy } as const;

/** A month (`2026-03`) as words in `language`: long ("March 2026") or short ("Mar"). */
export function monthName(month: string, language: ReportLanguage, style: 'long' | 'short' = 'long'): string {
  const [year, m] = month.split('-');
  const words = monthWords[language];
  const index = Number(m) - 1;
  if (style === 'short') return words.monthsShort[index] ?? month;
  return reportText(language)('monthYear', { month: words.months[index] ?? m, year });
}
