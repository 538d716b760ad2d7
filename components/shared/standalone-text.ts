import type { i18n } from 'i18next';
import type { ParseIssue, TrustConfig } from '../../src/content/trust-config.js';
import { createI18n, directionOf, hasOwnText, sourceLanguage } from '../../src/i18n/i18n.js';
import { distinctStaffLanguage, matchLocale } from '../../src/i18n/locales.js';
import { elementLanguage } from './element-language.js';
import { applyTrustText } from '../../src/i18n/trust-text.js';
import { configOrDefaults } from '../../src/i18n/check-config.js';

// The plan summary and the preparation sheet stand alone on a page, outside `<wcg-conversation>`, so each
// loads its own text and checks its own trust config, the same way the conversation does.

/** Everything a standalone element needs before it can render. */
export interface StandaloneText {
  /** The element's private i18next instance, with the staff member's language loaded too when one was asked for. */
  readonly i18n: i18n;
  /** The language the interface text is really in (the one asked for when the guide has it, else en-GB): for dates and `lang`. */
  readonly language: string;
  /** The staff member's language as asked for, when it differs from the interface language. */
  readonly staffLanguage?: string;
  /** The trust's checked config, or the defaults when none was given or it had errors. */
  readonly config: TrustConfig;
  readonly errors: readonly ParseIssue[];
  readonly warnings: readonly ParseIssue[];
}

/** What to load: the `lang` and `staff-lang` attributes (either may be empty) and the `.config` property. */
export interface StandaloneTextRequest {
  readonly host: Element;
  readonly lang: string;
  readonly staffLang?: string;
  readonly config: unknown;
}

/** Checks the trust config and loads the text, in the interface language and, if asked, the staff member's. */
export async function loadStandaloneText({ host, lang, staffLang, config }: StandaloneTextRequest): Promise<StandaloneText> {
  const { config: checked, errors, warnings } = configOrDefaults(config);
  const uiLanguage = elementLanguage(host, lang);
  const staffLanguage = distinctStaffLanguage(staffLang, uiLanguage);
  const instance = await createI18n(uiLanguage, staffLanguage ? { alsoLoad: [staffLanguage] } : {});
  applyTrustText(instance, checked);
  return {
    i18n: instance,
    language: instance.resolvedLanguage ?? sourceLanguage,
    ...(staffLanguage ? { staffLanguage } : {}),
    config: checked,
    errors,
    warnings,
  };
}

/** A text in the staff member's language, with the `lang` and `dir` to mark it up with. */
export interface StaffText {
  readonly text: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * The text of `namespace:key` in the staff member's language, only when someone has written it in that language
 * (never an en-GB fallback), and only when it says something other than the interface text beside it.
 */
export function staffText(loaded: StandaloneText, key: string): StaffText | undefined {
  const language = loaded.staffLanguage;
  if (!language || !hasOwnText(loaded.i18n, language, key)) return undefined;
  const text = loaded.i18n.getFixedT(language)(key);
  if (!text || text === loaded.i18n.t(key)) return undefined;
  return { text, lang: matchLocale(language) ?? language, dir: directionOf(loaded.i18n, language) };
}
