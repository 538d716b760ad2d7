import type { IssueLog } from '../base/parse-messages.js';
import type { Field } from '../base/parse-values.js';
import { indexPath, joinPath } from '../base/parse-messages.js';
import { initialContext } from '../machine/conversation.context.js';
import { actionOwners, adjustmentStatuses, recordSections, reviewStatuses, safetyPaths, type ActionReview, type Adjustment, type ConversationContext, type Outcome, type PlanAction, type PlanError, type PreviousAction, type RecordSection } from '../model/conversation.js';
import { isIsoDate } from '../base/calendar.js';
import { stageIds } from '../model/stages.js';
import { draftLimits } from './draft-limits.js';
import { bool, count, expected, id, listOf, mapOf, nullable, objectOf, oneOf, text, type Reader, type Readers } from './draft-readers.js';

/**
 * The conversation as a draft stores it: the whole context but the script version, which the draft holds
 * beside it, and the private notes, which are never written anywhere (they start empty on restore).
 */
export type DraftState = Omit<ConversationContext, 'scriptVersion' | 'notes'>;

const L = draftLimits;
const outcomes = ['completed', 'declined'] as const satisfies readonly Outcome[];

const isoDate: Reader<string> = (f, log) => {
  const value = typeof f.value === 'string' && isIsoDate(f.value) ? f.value : undefined;
  return value ?? expected(f, log, 'a date written YYYY-MM-DD');
};

const previousAction = objectOf<PreviousAction>({ id, text: text(L.text), owner: oneOf(actionOwners), due: text(L.date) });
const action = objectOf<PlanAction>({ id, text: text(L.text), owner: oneOf(actionOwners), due: text(L.date) });
const adjustment = objectOf<Adjustment>({ id, text: text(L.text), status: oneOf(adjustmentStatuses), reason: text(L.text) });
const review = objectOf<ActionReview>({ status: nullable(oneOf(reviewStatuses)), note: text(L.text) });
const planError = objectOf<PlanError>({ field: text(300), key: text(200) });
const noConsent = initialContext().consent;
// A section added to the record later is simply not yet consented to in an older draft.
const consent = objectOf<Record<RecordSection, boolean>>(
  Object.fromEntries(recordSections.map((s) => [s, bool])) as Readers<Record<RecordSection, boolean>>,
  noConsent,
);

/** The reader of each field of the state, typed so that a field added to the context must be read here too. */
const stateReaders: Readers<DraftState> = {
  stage: oneOf(stageIds),
  today: isoDate,
  availableTopics: listOf(L.topics, id),
  previousActions: listOf(L.actions, previousAction),
  reviews: mapOf(L.actions, review),
  prepareChecks: mapOf(L.checks, bool),
  chosenTopics: listOf(L.topics, id),
  skippedTopics: listOf(L.topics, id),
  topicIndex: count(0, L.topics),
  agreed: mapOf(L.sections, text(L.text)),
  actions: listOf(L.actions, action),
  adjustments: listOf(L.adjustments, adjustment),
  services: listOf(L.services, id),
  reviewDate: text(L.date),
  planErrors: listOf(L.planErrors, planError),
  consent,
  returnToAgree: bool,
  safetyPath: nullable(oneOf(safetyPaths)),
  safetyOpened: bool,
  evaluationConsent: bool,
  outcome: nullable(oneOf(outcomes)),
  nextId: count(1, Number.MAX_SAFE_INTEGER),
};

/**
 * Reads the `state` of a draft: every field checked, a missing field started empty (with a warning),
 * then the links between fields checked. Undefined when anything was wrong.
 */
export function readState(f: Field, log: IssueLog, scriptVersion: string): DraftState | undefined {
  // Only the fields in stateReaders are read, so the fallback's scriptVersion, and any `notes` a draft
  // written elsewhere may hold, are never copied in.
  const state = objectOf<DraftState>(stateReaders, initialContext({ scriptVersion }))(f, log);
  if (!state) return undefined;
  const before = log.errors.length;
  checkLinks(state, f.path, log);
  return log.errors.length === before ? state : undefined;
}

// The machine keeps these links true; a draft that breaks them was changed outside the guide.
// Counters are mended (nothing typed depends on them); repeated ids are not, since edits go by id.
function checkLinks(state: DraftState, path: string, log: IssueLog): void {
  // A conversation ends, and its record is made, only in the live conversation: a draft that says it has
  // ended (the guide never saves one) would put a record in the host's form that nobody agreed to.
  if (state.outcome !== null) log.error(joinPath(path, 'outcome'), 'says the conversation has ended; only a conversation in progress can be restored');
  else if (state.stage === 'complete') log.error(joinPath(path, 'stage'), 'is the end of the conversation; only a conversation in progress can be restored');
  uniqueIds(state.previousActions, joinPath(path, 'previousActions'), log);
  uniqueIds(state.actions, joinPath(path, 'actions'), log);
  uniqueIds(state.adjustments, joinPath(path, 'adjustments'), log);
  uniqueWords(state.availableTopics, joinPath(path, 'availableTopics'), log);
  uniqueWords(state.chosenTopics, joinPath(path, 'chosenTopics'), log);
  state.chosenTopics.forEach((topic, i) => {
    if (!state.availableTopics.includes(topic)) log.error(indexPath(joinPath(path, 'chosenTopics'), i), 'is not one of availableTopics');
  });
  const lastTopic = Math.max(0, state.chosenTopics.length - 1);
  if (state.topicIndex > lastTopic) {
    log.warn(joinPath(path, 'topicIndex'), `is past the last chosen topic, so it was set to ${lastTopic}`);
    state.topicIndex = lastTopic;
  }
  // Ids are `a<n>` and `j<n>`; nextId must be past every one of them, or a new action would share an id.
  const highest = Math.max(0, ...[...state.actions, ...state.adjustments].map((item) => Number(/^[aj](\d{1,15})$/.exec(item.id)?.[1] ?? 0)));
  if (state.nextId <= highest) {
    log.warn(joinPath(path, 'nextId'), `is not past the ids in use, so it was set to ${highest + 1}`);
    state.nextId = highest + 1;
  }
}

function uniqueIds(items: readonly { id: string }[], path: string, log: IssueLog): void {
  uniqueWords(items.map((item) => item.id), path, log, (i) => joinPath(indexPath(path, i), 'id'));
}

function uniqueWords(words: readonly string[], path: string, log: IssueLog, at = (i: number) => indexPath(path, i)): void {
  const first = new Map<string, number>();
  words.forEach((word, i) => {
    const earlier = first.get(word);
    if (earlier === undefined) first.set(word, i);
    else log.error(at(i), `repeats ${indexPath(path, earlier)}`);
  });
}
