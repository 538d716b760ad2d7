import { readList, type Fields } from '../base/parse-helpers.js';
import { IssueLog, joinPath } from '../base/parse-messages.js';
import { compact, isList, unreadable, type Field } from '../base/parse-values.js';
import type { ParseResult } from '../content/trust-config.js';
import { nations, serviceCategories } from '../content/types.js';
import { actionOwners, adjustmentStatuses, recordSections, reviewStatuses, whatHelpsQuestions, type PreviousAction, type RecordSection } from '../model/conversation.js';
import { given, kind, readChoice, readDate, readGroup, readItemId, readItems, readLanguage, readText, recordLimits, serviceId, topicId } from './record-readers.js';
import type { AgreedRecord, RecordAction, RecordAdjustment, RecordReviewItem, RecordService, RecordTopic } from './record.types.js';

// A stored record comes back from the host's database, a form field or a hand edit. It holds the staff
// member's own words, so no message here ever repeats a value: only where it is and what was expected.

export { recordLimits };

const L = recordLimits;
const topLevelKeys = [
  'schemaVersion', 'scriptVersion', 'outcome', 'date', 'nation', 'language', 'staffLanguage', 'sections', ...recordSections,
] as const;

function readReviewItem(f: Fields, log: IssueLog): RecordReviewItem | undefined {
  const id = readItemId(f.at('id'), log);
  const text = readText(f.at('text'), log, L.text, true);
  // A review not yet answered is stored as null; an absent status means the same.
  const status = readChoice(f.at('status'), log, reviewStatuses, false) ?? null;
  const note = readText(f.at('note'), log, L.text);
  return id !== undefined && text !== undefined ? compact({ id, text, status, note }) : undefined;
}

function readTopic(f: Fields, log: IssueLog): RecordTopic | undefined {
  const id = readItemId(f.at('id'), log, topicId);
  const agreed = readText(f.at('agreed'), log, L.text);
  return id !== undefined ? compact({ id, agreed }) : undefined;
}

function readAction(f: Fields, log: IssueLog): RecordAction | undefined {
  const id = readItemId(f.at('id'), log);
  const text = readText(f.at('text'), log, L.text, true);
  const owner = readChoice(f.at('owner'), log, actionOwners);
  const due = readDate(f.at('due'), log);
  return id !== undefined && text !== undefined && owner !== undefined ? compact({ id, text, owner, due }) : undefined;
}

function readAdjustment(f: Fields, log: IssueLog): RecordAdjustment | undefined {
  const id = readItemId(f.at('id'), log);
  const text = readText(f.at('text'), log, L.text, true);
  const status = readChoice(f.at('status'), log, adjustmentStatuses);
  const reason = readText(f.at('reason'), log, L.text);
  if (status === 'notPossible' && reason === undefined) {
    log.warn(joinPath(f.path, 'reason'), 'is missing: an adjustment that is not possible is recorded with the reason why');
  }
  return id !== undefined && text !== undefined && status !== undefined ? compact({ id, text, status, reason }) : undefined;
}

function readService(f: Fields, log: IssueLog): RecordService | undefined {
  const id = readItemId(f.at('id'), log, serviceId);
  const category = readChoice(f.at('category'), log, serviceCategories);
  const name = readText(f.at('name'), log, L.name, true);
  return id !== undefined && category !== undefined && name !== undefined ? { id, category, name } : undefined;
}

function readWhatHelps(f: Field, log: IssueLog): AgreedRecord['whatHelps'] {
  const group = readGroup(f, log, whatHelpsQuestions, 'a group { … } of answers, by question', false);
  if (!group) return undefined;
  const answers = compact(Object.fromEntries(whatHelpsQuestions.map((q) => [q, readText(group.at(q), log, L.text)])));
  return Object.keys(answers).length ? answers : undefined;
}

// Every section's content as read, before it is matched with the sections consented to.
function readSections(f: Fields, log: IssueLog): Partial<AgreedRecord> {
  return {
    review: readItems(f.at('review'), log, { max: L.review, keys: ['id', 'text', 'status', 'note'], what: 'review items', read: readReviewItem }),
    summary: readText(f.at('summary'), log, L.text),
    topics: readItems(f.at('topics'), log, { max: L.topics, keys: ['id', 'agreed'], what: 'topics', read: readTopic }),
    whatHelps: readWhatHelps(f.at('whatHelps'), log),
    actions: readItems(f.at('actions'), log, { max: L.actions, keys: ['id', 'text', 'owner', 'due'], what: 'actions', read: readAction }),
    adjustments: readItems(f.at('adjustments'), log, { max: L.adjustments, keys: ['id', 'text', 'status', 'reason'], what: 'adjustments', read: readAdjustment }),
    services: readItems(f.at('services'), log, { max: L.services, keys: ['id', 'category', 'name'], what: 'services', read: readService }),
    reviewDate: readDate(f.at('reviewDate'), log),
  };
}

// The sections listed, each once; duplicates are dropped with a warning.
function readSectionList(f: Field, log: IssueLog): RecordSection[] | undefined {
  if (!given(f, log, true, 'a list [ … ] of sections')) return undefined;
  if (!isList(f.value)) return void log.error(f.path, `expected a list [ … ] of sections, got ${kind(f.value)}`);
  const listed = new Set<RecordSection>();
  readList(f, log, { max: recordSections.length * 2 }, (entry) => {
    const section = readChoice(entry, log, recordSections);
    if (section !== undefined && listed.has(section)) log.warn(entry.path, 'repeats a section listed before, so it was ignored');
    if (section !== undefined) listed.add(section);
    return section;
  });
  return recordSections.filter((s) => listed.has(s));
}

// Content is kept only when its section is listed (the list is the record of consent), and a section
// is listed only when it has content. A declined conversation records nothing else at all.
function matchSections(f: Fields, log: IssueLog, listed: readonly RecordSection[], content: Partial<AgreedRecord>, declined: boolean) {
  const sections: RecordSection[] = [];
  const kept: Partial<AgreedRecord> = {};
  for (const section of recordSections) {
    const value = content[section];
    const path = joinPath(f.path, section);
    if (value !== undefined && declined) log.warn(path, 'was ignored: a declined conversation records nothing but its outcome');
    else if (value !== undefined && !listed.includes(section)) log.warn(path, 'was ignored: it is not listed in sections, so there is no consent to keep it');
    else if (value === undefined && listed.includes(section) && !declined) log.warn(joinPath(f.path, 'sections'), `lists ${section} but the record has nothing for it, so it was dropped`);
    else if (value !== undefined) {
      sections.push(section);
      Object.assign(kept, { [section]: value });
    }
  }
  if (declined && listed.length) log.warn(joinPath(f.path, 'sections'), 'was emptied: a declined conversation records nothing but its outcome');
  return { sections, kept };
}

function readAgreedRecord(root: Field, log: IssueLog): AgreedRecord | undefined {
  const f = readGroup(root, log, topLevelKeys, 'a record { … }');
  if (!f) return undefined;
  const version = f.at('schemaVersion');
  if (given(version, log, true, 'the number 1') && version.value !== 1) {
    log.error(version.path, `expected the number 1, the only version so far, got ${typeof version.value === 'number' ? 'another number' : kind(version.value)}`);
  }
  const scriptVersion = readText(f.at('scriptVersion'), log, L.scriptVersion, true);
  const outcome = readChoice(f.at('outcome'), log, ['completed', 'declined'] as const);
  const date = readDate(f.at('date'), log, true);
  const nation = readChoice(f.at('nation'), log, nations);
  const language = readLanguage(f.at('language'), log, true);
  const staffLanguage = readLanguage(f.at('staffLanguage'), log);
  const listed = readSectionList(f.at('sections'), log);
  const content = readSections(f, log);
  if (log.errors.length || !scriptVersion || !outcome || !date || !nation || !language || !listed) return undefined;
  const { sections, kept } = matchSections(f, log, listed, content, outcome === 'declined');
  return compact({ schemaVersion: 1 as const, scriptVersion, outcome, date, nation, language, staffLanguage, sections, ...kept });
}

// The record's JSON text, as a form field or a database column holds it.
function fromJson(text: string, log: IssueLog): unknown {
  try {
    return JSON.parse(text);
  } catch {
    log.error('', 'expected a record, or its JSON text; the text given is not valid JSON');
    return unreadable;
  }
}

/**
 * Checks a stored agreed record (the object, or its JSON text) and returns a fresh, normalised copy, or
 * every problem with its path in plain words. Messages say what was expected, never what was written:
 * records hold the staff member's own words. Never throws, whatever `input` is.
 */
export function parseRecord(input: unknown): ParseResult<AgreedRecord> {
  const log = new IssueLog('record');
  let value: AgreedRecord | undefined;
  try {
    const root = typeof input === 'string' ? fromJson(input, log) : input;
    if (root !== unreadable) value = readAgreedRecord({ value: root, path: '' }, log);
  } catch {
    // Every read is guarded, so this is a last line of defence, not a path any input should reach.
    log.error('', 'could not be read because of an unexpected problem');
  }
  return log.result(value);
}

/** The actions of a stored record, for the next conversation to open by reviewing them. */
export function previousActionsFrom(record: AgreedRecord): PreviousAction[] {
  if (record.outcome !== 'completed' || !record.sections.includes('actions')) return [];
  return (record.actions ?? []).map((a) => ({ id: a.id, text: a.text, owner: a.owner, due: a.due ?? '' }));
}
