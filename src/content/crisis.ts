import type { Nation } from './types.js';

/**
 * The crisis directory for each nation and the safety steps (docs/design.md, "The conversation (live mode)", "Safety steps"). Data and i18n keys
 * only: every name, opening time and step is text in `locales/<lang>/safety.json`.
 */

/** What a crisis line is for; the safety paths pick entries by kind. */
export const crisisKinds = ['emergency', 'urgent', 'listening', 'text', 'domesticAbuse', 'safeguarding'] as const;
/** One kind of crisis line. */
export type CrisisKind = (typeof crisisKinds)[number];

/** One number to call or text. Its name and opening times are `safety:entries.<id>.name` and `.hours`. */
export interface CrisisEntry {
  readonly id: string;
  readonly kind: CrisisKind;
  /** The number as it is dialled, digits and spaces only: `'116 123'`. */
  readonly phone?: string;
  readonly sms?: { readonly number: string; readonly keyword?: string };
  readonly url?: string;
  /** The official https page on which the number is published. */
  readonly source: string;
  /** ISO date on which the number was last confirmed against an official page. */
  readonly lastVerified: string;
}

/** The lines shown for one nation, most urgent first. `lastVerified` is its oldest entry's date. */
export interface CrisisDirectory {
  readonly nation: Nation;
  readonly lastVerified: string;
  readonly entries: readonly CrisisEntry[];
}

/** The i18n key of an entry's name or opening times. */
export function entryKey(id: string, part: 'name' | 'hours'): string {
  return `safety:entries.${id}.${part}`;
}

/** The i18n key of the heading for one kind of line, e.g. "Someone to listen". */
export function kindKey(kind: CrisisKind): string {
  return `safety:kinds.${kind}`;
}

const checked = '2026-11-26';

// Entries that appear in more than one nation are one object, so they share one id and one set of text.
const emergency999: CrisisEntry = {
  id: 'emergency999', kind: 'emergency', phone: '999',
  source: 'https://www.swast.nhs.uk/when-to-call-999', lastVerified: checked,
};
const samaritans: CrisisEntry = {
  id: 'samaritans', kind: 'listening', phone: '116 123', url: 'https://www.samaritans.org/',
  source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', lastVerified: checked,
};
const shout: CrisisEntry = {
  id: 'shout', kind: 'text', sms: { number: '85258', keyword: 'SHOUT' }, url: 'https://giveusashout.org/',
  source: 'https://giveusashout.org/about-us/faq', lastVerified: checked,
};

const england: readonly CrisisEntry[] = [
  emergency999,
  {
    id: 'nhs111England', kind: 'urgent', phone: '111', url: 'https://111.nhs.uk/',
    source: 'https://www.lpft.nhs.uk/contact-us/need-help-now', lastVerified: checked,
  },
  samaritans,
  shout,
  {
    id: 'nationalDomesticAbuseHelpline', kind: 'domesticAbuse', phone: '0808 2000 247',
    url: 'https://www.nationaldahelpline.org.uk/',
    source: 'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
    lastVerified: checked,
  },
];

const wales: readonly CrisisEntry[] = [
  emergency999,
  // Not yet confirmed on an official page: the latest sighting is the Welsh Government's release of 10 October
  // 2025, read in a republished copy. Check on 111.wales.nhs.uk before release.
  {
    id: 'nhs111Wales', kind: 'urgent', phone: '111', url: 'https://111.wales.nhs.uk/',
    source: 'https://111.wales.nhs.uk/', lastVerified: '2025-10-10',
  },
  samaritans,
  // Not yet confirmed on an official page: the latest sighting (number and hours) is a Samaritans Cymru
  // statement of 1 July 2021, read in a republished copy. Check number and hours on samaritans.org.
  {
    id: 'samaritansWelsh', kind: 'listening', phone: '0808 164 0123',
    source: 'https://www.samaritans.org/', lastVerified: '2021-07-01',
  },
  shout,
  {
    id: 'liveFearFree', kind: 'domesticAbuse', phone: '0808 80 10 800', url: 'https://www.gov.wales/live-fear-free',
    source: 'https://www.gov.wales/live-fear-free/sexual-violence', lastVerified: checked,
  },
];

const scotland: readonly CrisisEntry[] = [
  emergency999,
  {
    id: 'nhs24', kind: 'urgent', phone: '111', url: 'https://www.nhs24.scot/',
    source: 'https://www.scottishambulance.com/news/together-lets-care-for-your-mental-health/', lastVerified: checked,
  },
  {
    id: 'breathingSpace', kind: 'listening', phone: '0800 83 85 87', url: 'https://www.breathingspace.scot/',
    source: 'https://www.breathingspace.scot/news/2022/springfield-unveils-breathing-space-bench-in-blairgowrie/',
    lastVerified: checked,
  },
  samaritans,
  shout,
  {
    id: 'scotlandDomesticAbuseHelpline', kind: 'domesticAbuse', phone: '0800 027 1234', url: 'https://sdafmh.org.uk/',
    source: 'https://safer.scot/information/da/report/', lastVerified: checked,
  },
];

const northernIreland: readonly CrisisEntry[] = [
  emergency999,
  // Lifeline is Northern Ireland's crisis response line, so it stands where NHS 111 does elsewhere.
  {
    id: 'lifeline', kind: 'urgent', phone: '0808 808 8000', url: 'https://www.lifelinehelpline.info/',
    source: 'https://publichealth.hscni.net/news/world-suicide-prevention-day-contact-lifeline-if-youre-distress-or-despair',
    lastVerified: checked,
  },
  samaritans,
  shout,
  {
    id: 'dsaHelpline', kind: 'domesticAbuse', phone: '0808 802 1414', url: 'https://dsahelpline.org/',
    source: 'https://dsahelpline.org/2023/12/22/domestic-and-sexual-abuse-helpline-could-receive-50-calls-per-day-over-christmas-week/',
    lastVerified: checked,
  },
];

function directory(nation: Nation, entries: readonly CrisisEntry[]): CrisisDirectory {
  // ISO dates sort as strings; the directory is only as fresh as its least recently checked number.
  const lastVerified = entries.map((e) => e.lastVerified).sort()[0] ?? checked;
  return Object.freeze({ nation, lastVerified, entries: Object.freeze([...entries]) });
}

/** The crisis directory of every nation. */
export const crisisDirectories: Readonly<Record<Nation, CrisisDirectory>> = Object.freeze({
  england: directory('england', england),
  wales: directory('wales', wales),
  scotland: directory('scotland', scotland),
  'northern-ireland': directory('northern-ireland', northernIreland),
});

/** The crisis directory for one nation. */
export function crisisDirectoryFor(nation: Nation): CrisisDirectory {
  return crisisDirectories[nation];
}

/** The three sets of safety steps, in the order they are offered. */
export const safetyPathIds = ['suicide', 'domesticAbuse', 'safeguarding'] as const;
/** One set of safety steps. */
export type SafetyPathId = (typeof safetyPathIds)[number];

/** The i18n key of a safety path's name or lead paragraph. */
export function pathKey(path: SafetyPathId, part: 'name' | 'lead'): string {
  return `safety:paths.${path}.${part}`;
}

function steps(path: SafetyPathId, count: number): readonly string[] {
  return Object.freeze(Array.from({ length: count }, (_, n) => `safety:paths.${path}.steps.${n}`));
}

/** The i18n keys of each path's steps, in the order they are followed. */
export const safetyPaths: Readonly<Record<SafetyPathId, readonly string[]>> = Object.freeze({
  // Ask directly; immediate danger; urgent help; trust escalation policy; check in within 24–48 hours; no diagnosis.
  suicide: steps('suicide', 6),
  // Believe them; immediate safety; safe contact; nothing shared without consent; helpline; policy and security.
  domesticAbuse: steps('domesticAbuse', 6),
  // Danger now; do not investigate; safeguarding team; facts not opinions; kept apart from the record; tell them.
  safeguarding: steps('safeguarding', 6),
});

/** The kinds of crisis line each path shows, in the order they are shown. */
export const safetyPathKinds: Readonly<Record<SafetyPathId, readonly CrisisKind[]>> = Object.freeze({
  suicide: Object.freeze(['emergency', 'urgent', 'listening', 'text'] as const),
  domesticAbuse: Object.freeze(['emergency', 'domesticAbuse'] as const),
  // The national directories hold no safeguarding lines; a trust's own would appear here.
  safeguarding: Object.freeze(['emergency', 'safeguarding'] as const),
});

/** The entries of a directory that a path shows, grouped in the path's kind order. */
export function crisisEntriesFor(directory: CrisisDirectory, path: SafetyPathId): readonly CrisisEntry[] {
  return safetyPathKinds[path].flatMap((kind) => directory.entries.filter((entry) => entry.kind === kind));
}
