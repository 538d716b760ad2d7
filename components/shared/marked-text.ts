import type { i18n, TFunction, TOptions } from 'i18next';
import { html, type TemplateResult } from 'lit';
import { sourceLanguage } from '../../src/i18n/i18n.js';
import { locales, matchLocale } from '../../src/i18n/locales.js';

// Text shown in one language inside another must say so: a screen reader reads it with the right voice, and
// English inside right-to-left text keeps its own direction ("How are things?", not "?How are things").

/** Text for a template's text content: plain, or marked with the language it fell back to (`marked()`). */
export type MarkedText = string | TemplateResult;

/** A translate function that knows the language it is meant to give text in (i18next's fixed `t`). */
export type LanguageT = TFunction & { readonly lng?: string };

const fixed = new WeakMap<i18n, LanguageT>();

/**
 * The element's translate function, fixed to its language, so `marked()` can tell when a text fell back to en-GB.
 * One per i18next instance.
 */
export function languageT(instance: i18n): LanguageT {
  let t = fixed.get(instance);
  if (!t) {
    t = instance.getFixedT(instance.language) as LanguageT;
    fixed.set(instance, t);
  }
  return t;
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
 * `lang` and `dir`. A `t` not fixed to a language gives plain text. For text content only: attributes take `t()`.
 */
export function marked(t: TFunction, key: string, options?: TOptions): MarkedText {
  const { text, fellBack } = lookup(t, key, options);
  return fellBack ? html`<span lang=${sourceLanguage} dir="ltr">${text}</span>` : text;
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
 * `marked()` for a text with other texts put into it (a topic's name in "Talking about: …"), each itself plain
 * (in the element's language) or marked: when the text falls back to en-GB, a value in the element's language
 * inside it keeps its own `lang` and `dir`, so neither is read in the other's voice.
 */
export function markedWith(t: TFunction, key: string, values: Readonly<Record<string, MarkedText>>, options?: TOptions): MarkedText {
  const names = Object.keys(values);
  const slots = Object.fromEntries(names.map((name, i) => [name, `${open}${i}${close}`]));
  const { text, fellBack } = lookup(t, key, { ...options, ...slots });
  const wanted = (t as LanguageT).lng ?? '';
  const own = matchLocale(wanted);
  const dir = (own && locales[own]?.dir) || 'ltr';
  const parts = text.split(slot).map((part, i) => {
    if (i % 2 === 0) return part;
    const value = values[names[Number(part)]!]!;
    return fellBack && typeof value === 'string' ? html`<span lang=${wanted} dir=${dir}>${value}</span>` : value;
  });
  if (parts.every((part) => typeof part === 'string')) return parts.join('');
  return fellBack ? html`<span lang=${sourceLanguage} dir="ltr">${parts}</span>` : html`${parts}`;
}
