import type { CrisisEntry } from './crisis.js';

/**
 * The national crisis lines of each nation, as data. Each `source` is the service's own page; `lastVerified` is
 * the date that page showed when its number was confirmed there, or, where the number could not be confirmed on
 * the service's own page, the date of the last earlier check, with `unconfirmed` set so the safety steps warn.
 * docs/safety/crisis-sources.md lists every entry with the page it was checked against.
 */

// The date of the previous check, kept for entries whose own page showed no date or could not be read.
const earlier = '2026-11-26';

// Entries that appear in more than one nation are one object, so they share one id and one set of text.
// 999 has no site of its own: an NHS ambulance service's "When to call 999" page, which shows no date.
export const emergency999: CrisisEntry = {
  id: 'emergency999', kind: 'emergency', phone: '999', source: 'https://www.swast.nhs.uk/when-to-call-999', lastVerified: earlier,
};
// The contact page shows the number and that it is free to call, but no date.
export const samaritans: CrisisEntry = {
  id: 'samaritans', kind: 'listening', phone: '116 123', url: 'https://www.samaritans.org/',
  source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', lastVerified: earlier,
};
// The FAQ page says "Last updated 4 November 2024": free, 24/7, text SHOUT to 85258.
export const shout: CrisisEntry = {
  id: 'shout', kind: 'text', sms: { number: '85258', keyword: 'SHOUT' }, url: 'https://giveusashout.org/',
  source: 'https://giveusashout.org/about-us/faq', lastVerified: '2024-11-04',
};

/** England, most urgent first. */
export const englandEntries: readonly CrisisEntry[] = [
  emergency999,
  {
    id: 'nhs111England', kind: 'urgent', phone: '111', url: 'https://111.nhs.uk/',
    source: 'https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/',
    lastVerified: earlier, unconfirmed: true,
  },
  samaritans,
  shout,
  {
    id: 'nationalDomesticAbuseHelpline', kind: 'domesticAbuse', phone: '0808 2000 247', url: 'https://www.nationaldahelpline.org.uk/',
    source: 'https://www.nationaldahelpline.org.uk/', lastVerified: earlier, unconfirmed: true,
  },
];

/** Wales, most urgent first. */
export const walesEntries: readonly CrisisEntry[] = [
  emergency999,
  // The latest sighting is the Welsh Government's release of 10 October 2025, read in a republished copy.
  {
    id: 'nhs111Wales', kind: 'urgent', phone: '111', url: 'https://111.wales.nhs.uk/',
    source: 'https://111.wales.nhs.uk/', lastVerified: '2025-10-10', unconfirmed: true,
  },
  samaritans,
  // The latest sighting (number and hours) is a Samaritans Cymru statement of 1 July 2021, read in a republished copy.
  {
    id: 'samaritansWelsh', kind: 'listening', phone: '0808 164 0123',
    source: 'https://www.samaritans.org/', lastVerified: '2021-07-01', unconfirmed: true,
  },
  shout,
  // The Welsh Government's Live Fear Free page shows the number and "Available 24 hours a day 7 days a week", but no date.
  {
    id: 'liveFearFree', kind: 'domesticAbuse', phone: '0808 80 10 800', url: 'https://www.gov.wales/live-fear-free',
    source: 'https://www.gov.wales/live-fear-free/sexual-violence', lastVerified: earlier,
  },
];

/** Scotland, most urgent first. */
export const scotlandEntries: readonly CrisisEntry[] = [
  emergency999,
  {
    id: 'nhs24', kind: 'urgent', phone: '111', url: 'https://www.nhs24.scot/',
    source: 'https://www.nhs24.scot/', lastVerified: earlier, unconfirmed: true,
  },
  {
    id: 'breathingSpace', kind: 'listening', phone: '0800 83 85 87', url: 'https://www.breathingspace.scot/',
    source: 'https://www.breathingspace.scot/', lastVerified: earlier, unconfirmed: true,
  },
  samaritans,
  shout,
  {
    id: 'scotlandDomesticAbuseHelpline', kind: 'domesticAbuse', phone: '0800 027 1234', url: 'https://sdafmh.org.uk/',
    source: 'https://sdafmh.org.uk/', lastVerified: earlier, unconfirmed: true,
  },
];

/** Northern Ireland, most urgent first. */
export const northernIrelandEntries: readonly CrisisEntry[] = [
  emergency999,
  // Lifeline is Northern Ireland's crisis response line, so it stands where NHS 111 does elsewhere.
  {
    id: 'lifeline', kind: 'urgent', phone: '0808 808 8000', url: 'https://www.lifelinehelpline.info/',
    source: 'https://www.lifelinehelpline.info/page/about.html', lastVerified: earlier, unconfirmed: true,
  },
  samaritans,
  shout,
  {
    id: 'dsaHelpline', kind: 'domesticAbuse', phone: '0808 802 1414', url: 'https://dsahelpline.org/',
    source: 'https://dsahelpline.org/', lastVerified: earlier, unconfirmed: true,
  },
];
