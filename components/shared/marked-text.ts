import type { i18n, TFunction, TOptions } from 'i18next';
import { html, type TemplateResult } from 'lit';
import { directionOf, hasOwnText, sourceLanguage } from '../../src/i18n/i18n.js';
import { distinctStaffLanguage, locales, matchLocale } from '../../src/i18n/locales.js';

// Text shown in one language inside another must say so: a screen reader reads it with the right voice, and
// English inside right-to-left text keeps its own direction ("How are things?", not "?How are things").

/** Text for a template's text content: plain, or marked with the language it fell back to (`marked()`). */
export type MarkedText = string | TemplateResult;

/** The staff member's language, shown beside the manager's while the screen is turned to them. */
export interface Beside {
  readonly t: TFunction;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** True when someone wrote `key` in this language (never an en-GB fallback), in the plural form of `count`. */
  readonly has: (key: string, options?: TOptions) => boolean;
}

/**
 * A translate function that knows the language it is meant to give text in (i18next's fixed `t`) and, while the
 * screen is shared with a staff member who reads another language, that language too (`beside`).
 */
export type LanguageT = TFunction & { readonly lng?: string; readonly beside?: Beside; readonly alone?: LanguageT };

const fixed = new WeakMap<i18n, Map<string, LanguageT>>();

/**
 * The element's translate function, fixed to its language, so `marked()` can tell when a text fell back to en-GB;
 * with `staffLanguage` (another language than the element's, while the screen is shared) `marked()` puts the staff
 * member's text beside each of its texts. One per i18next instance and staff language.
 */
export function languageT(instance: i18n, staffLanguage?: string): LanguageT {
  const staff = distinctStaffLanguage(staffLanguage, instance.language) ?? '';
  let made = fixed.get(instance);
  if (!made) fixed.set(instance, (made = new Map()));
  let t = made.get(staff);
  if (t) return t;
  const alone = instance.getFixedT(instance.language) as LanguageT;
  t = staff
    ? Object.assign(instance.getFixedT(instance.language), {
        alone,
        beside: {
          t: instance.getFixedT(staff),
          lang: matchLocale(staff) ?? staff,
          dir: directionOf(instance, staff),
          has: (key: string, options?: TOptions) => hasOwnText(instance, staff, key, options as { count?: number } | undefined),
        },
      })
    : alone;
  made.set(staff, t);
  return t;
}

/** `t` without the staff member's language beside it: for the buttons and messages the manager alone acts on. */
export function alone(t: TFunction): TFunction {
  return (t as LanguageT).alone ?? t;
}

/** What i18next says about a text it found (`returnDetails`): the text, and the language it was found in. */
interface Details {
  readonly res: unknown;
  readonly usedLng?: string;
}

/** The text of `key`, and whether it fell back to en-GB from the language `t` is fixed to. */
function lookup(t: TFunction, key: string, options?: TOptions): { text: string; fellBack: boolean } {
  const details = t(key, { ...options, returnDetails: true } as TOptions) as unknown as Details;
  const wanted = (t as LanguageT).lng;
  const text = typeof details.res === 'string' ? details.res : String(details.res);
  return { text, fellBack: Boolean(wanted && details.usedLng === sourceLanguage && wanted !== sourceLanguage) };
}

/**
 * The text of `key` for a template's text content: a plain string when it is in the language `t` is fixed to,
 * else (a language without this text, or whose files could not be loaded) the en-GB text marked with its own
 * `lang` and `dir`. While the screen is shared with a staff member who reads another language, their text follows
 * it, marked with their `lang` and `dir`, when someone wrote it in their language. A `t` not fixed to a language
 * gives plain text. For text content only: attributes take `t()`.
 */
export function marked(t: TFunction, key: string, options?: TOptions): MarkedText {
  const { text, fellBack } = lookup(t, key, options);
  const main = fellBack ? html`<span lang=${sourceLanguage} dir="ltr">${text}</span>` : text;
  const beside = (t as LanguageT).beside;
  if (!beside?.has(key, options)) return main;
  return withStaffText(main, text, beside, beside.t(key, options));
}

// The staff member's text after the manager's, on its own line, unless it says the same.
function withStaffText(main: MarkedText, mainText: string, beside: Beside, staff: MarkedText): MarkedText {
  if (!staff || staff === mainText) return main;
  return html`${main}<span class="staff-text" part="staff-text" lang=${beside.lang} dir=${beside.dir}>${staff}</span>`;
}

/**
 * `text` with a space after it inside the same text, for a label run into the words after it ("In everyday words: …"):
 * a screen reader's description can drop a space that stands alone between two texts.
 */
export function spaced(text: MarkedText): MarkedText {
  return typeof text === 'string' ? `${text} ` : html`${text} `;
}

// Private-use characters around each value's number: never in our text, a trust's or a person's.
const open = '\uE000';
const close = '\uE001';
const slot = new RegExp(`${open}(\\d+)${close}`);

/**
 * A value written out in the language of the text it goes into, such as a date: `text` in the language of the element's
 * `t`, `inLanguage()` in any other (the staff member's, beside it).
 */
export interface WrittenOut {
  readonly text: string;
  readonly inLanguage: (language: string) => string;
}

/** Values put into one of the guide's texts: written as they are, or written out in that text's language. */
export type KeyValues = Readonly<Record<string, string | WrittenOut>>;

/**
 * A text put into another: written as it is (typed text), written out in the language of the text around it (a
 * date), or the key of one of the guide's texts (a topic's name), with values of its own.
 */
export type Inserted = MarkedText | WrittenOut | { readonly key: string; readonly values?: KeyValues };

const isKey = (value: Inserted): value is { readonly key: string; readonly values?: KeyValues } =>
  typeof value === 'object' && !('strings' in value) && typeof (value as { key?: unknown }).key === 'string';

const isWrittenOut = (value: unknown): value is WrittenOut =>
  typeof value === 'object' && value !== null && typeof (value as { inLanguage?: unknown }).inLanguage === 'function';

// A keyed text's values for its text in `language`.
const valuesIn = (values: KeyValues | undefined, language: string): TOptions | undefined =>
  values && Object.fromEntries(Object.entries(values).map(([name, value]) => [name, isWrittenOut(value) ? value.inLanguage(language) : value]));

/**
 * A value on its own, such as a date in a list of answers: in the element's language, and while the screen is shared
 * with a staff member who reads another language, written out in theirs on its own line beside it.
 */
export function markedValue(t: TFunction, value: WrittenOut): MarkedText {
  const beside = (t as LanguageT).beside;
  return beside ? withStaffText(value.text, value.text, beside, value.inLanguage(beside.lang)) : value.text;
}

/**
 * `marked()` for a text with other texts put into it ("Talking about: {{topic}}"). When the text falls back to
 * en-GB, a value in the element's language inside it keeps its own `lang` and `dir`, so neither is read in the
 * other's voice; beside it, the staff member's text has the staff member's words for each value given by key. A
 * value written out (a date) is written in the language of the text it goes into, in each of them.
 */
export function markedWith(t: TFunction, key: string, values: Readonly<Record<string, Inserted>>, options?: TOptions): MarkedText {
  const names = Object.keys(values);
  const slots = Object.fromEntries(names.map((name, i) => [name, `${open}${i}${close}`]));
  const manager = alone(t);
  const { text, fellBack } = lookup(manager, key, { ...options, ...slots });
  const wanted = (manager as LanguageT).lng ?? '';
  const own = matchLocale(wanted);
  const dir = (own && locales[own]?.dir) || 'ltr';
  // A value in the manager's language inside text in another keeps its own lang and dir.
  const inManagers = (value: MarkedText, around: boolean) => (around && typeof value === 'string' ? html`<span lang=${wanted} dir=${dir}>${value}</span>` : value);
  const fill = (template: string, value: (inserted: Inserted) => MarkedText): MarkedText => {
    const parts = template.split(slot).map((part, i) => (i % 2 === 0 ? part : value(values[names[Number(part)]!]!)));
    return parts.every((part) => typeof part === 'string') ? parts.join('') : html`${parts}`;
  };
  // A value written out (a date) is in the language of the text around it: English when the text fell back to it.
  const filled = fill(text, (v) =>
    isWrittenOut(v)
      ? fellBack
        ? v.inLanguage(sourceLanguage)
        : v.text
      : inManagers(isKey(v) ? (v.values ? markedWith(manager, v.key, v.values) : marked(manager, v.key)) : v, fellBack),
  );
  const main = fellBack ? html`<span lang=${sourceLanguage} dir="ltr">${filled}</span>` : filled;
  const beside = (t as LanguageT).beside;
  if (!beside?.has(key, options)) return main;
  const staffTemplate = beside.t(key, { ...options, ...slots });
  if (staffTemplate === text) return main;
  // A value written out (a date) is in the staff member's language inside their text, as is a keyed text they have.
  const staff = fill(staffTemplate, (v) =>
    isWrittenOut(v)
      ? v.inLanguage(beside.lang)
      : !isKey(v)
        ? v
        : beside.has(v.key)
          ? beside.t(v.key, valuesIn(v.values, beside.lang))
          : inManagers(v.values ? markedWith(manager, v.key, v.values) : marked(manager, v.key), true),
  );
  return withStaffText(main, '', beside, staff);
}

/**
 * What a person or a trust wrote, shown as written: in whatever language it was written (`lang=""`, so a screen
 * reader does not read it with the guide's voice) and its own direction (`dir="auto"`), so English inside a
 * right-to-left copy keeps its full stop at its end.
 */
export function written(text: string): TemplateResult {
  return html`<span class="written" lang="" dir="auto" data-content>${text}</span>`;
}
