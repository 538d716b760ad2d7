import { englandEntries, northernIrelandEntries, scotlandEntries, walesEntries } from './crisis-entries.js';
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
  /** ISO date the `source` page showed when the number was confirmed on it (or of the last earlier check). */
  readonly lastVerified: string;
  /** Set when the number could not be confirmed on its own page: the safety steps then warn to check it. */
  readonly unconfirmed?: true;
}

/** The lines shown for one nation, most urgent first. `lastVerified` is its oldest entry's date. */
export interface CrisisDirectory {
  readonly nation: Nation;
  readonly lastVerified: string;
  /** True when any entry could not be confirmed on its own page. */
  readonly unconfirmed: boolean;
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

function directory(nation: Nation, entries: readonly CrisisEntry[]): CrisisDirectory {
  // ISO dates sort as strings; the directory is only as fresh as its least recently checked number.
  const lastVerified = entries.map((e) => e.lastVerified).sort()[0] ?? '';
  const unconfirmed = entries.some((e) => e.unconfirmed);
  return Object.freeze({ nation, lastVerified, unconfirmed, entries: Object.freeze([...entries]) });
}

/** The crisis directory of every nation. */
export const crisisDirectories: Readonly<Record<Nation, CrisisDirectory>> = Object.freeze({
  england: directory('england', englandEntries),
  wales: directory('wales', walesEntries),
  scotland: directory('scotland', scotlandEntries),
  'northern-ireland': directory('northern-ireland', northernIrelandEntries),
});

/** The crisis directory for one nation. */
export function crisisDirectoryFor(nation: Nation): CrisisDirectory {
  return crisisDirectories[nation];
}

/** The sets of safety steps, in the order they are offered. The conversation machine takes its list from here. */
export const safetyPathIds = ['suicide', 'riskToOthers', 'domesticAbuse', 'safeguarding'] as const;
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
  // Already hurt or taken anything: 999 now; ask directly; how and the means, make safer now; danger now; urgent
  // help; a safety plan; trust policy; check in within 24–48 hours; no diagnosis.
  suicide: steps('suicide', 9),
  // Danger now: 999; not safe to drive or work a clinical shift; on-call or senior manager; fitness-for-work and
  // patient-safety policy; tell them what you will do and why; check in, facts kept apart from the record.
  riskToOthers: steps('riskToOthers', 6),
  // Believe them; immediate safety; safe contact; children in the home; nothing recorded without consent;
  // helpline; others involved only with their agreement unless danger now; policy and security.
  domesticAbuse: steps('domesticAbuse', 8),
  // Danger now; do not investigate; safeguarding team; facts not opinions; kept apart from the record; tell them.
  safeguarding: steps('safeguarding', 6),
});

/** The kinds of crisis line each path shows, in the order they are shown. */
export const safetyPathKinds: Readonly<Record<SafetyPathId, readonly CrisisKind[]>> = Object.freeze({
  suicide: Object.freeze(['emergency', 'urgent', 'listening', 'text'] as const),
  // The trust's own contacts follow every path under "Help from your organisation".
  riskToOthers: Object.freeze(['emergency', 'urgent'] as const),
  domesticAbuse: Object.freeze(['emergency', 'domesticAbuse'] as const),
  // The national directories hold no safeguarding lines; a trust's own would appear here.
  safeguarding: Object.freeze(['emergency', 'safeguarding'] as const),
});

/** The entries of a directory that a path shows, grouped in the path's kind order. */
export function crisisEntriesFor(directory: CrisisDirectory, path: SafetyPathId): readonly CrisisEntry[] {
  return safetyPathKinds[path].flatMap((kind) => directory.entries.filter((entry) => entry.kind === kind));
}
