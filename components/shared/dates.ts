import type { WrittenOut } from './marked-text.js';

// Creating an Intl.DateTimeFormat is slow the first time on a page (tens of milliseconds), so each
// language's formatter is made once and kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An ISO calendar date (YYYY-MM-DD) written out in full in `language`, e.g. "3 December 2026"; anything
 * that is not such a date is returned as written. Where a browser lacks the language's month names, British
 * English is used rather than the browser's own default.
 */
export function formatDate(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime())) return iso;
  let format = formatters.get(language);
  if (!format) {
    // A calendar day, not a moment: formatting in UTC keeps it the same day in every time zone.
    format = new Intl.DateTimeFormat([language, 'en-GB'], { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(language, format);
  }
  return format.format(date);
}

/**
 * Makes the date formatters of `languages` ahead of need. The first date formatted on a page costs tens of
 * milliseconds (the browser loads its date patterns), whatever the options: paid in idle time after the first stage
 * is shown, it is not paid on the way into the stage that first shows a date.
 */
export function prepareDates(languages: readonly string[]): void {
  for (const language of languages) if (language) formatDate('2000-01-01', language);
}

/**
 * An ISO calendar date to put into a text (`markedWith`) or show alone (`markedValue`): written out in `language`,
 * and in the staff member's language inside their text beside it, so an Urdu sentence carries an Urdu date.
 */
export function dateValue(iso: string, language: string): WrittenOut {
  return { text: formatDate(iso, language), inLanguage: (other) => formatDate(iso, other) };
}
