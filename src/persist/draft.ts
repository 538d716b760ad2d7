import { IssueLog } from '../base/parse-messages.js';
import { isRecord, readOwn, type Field } from '../base/parse-values.js';
import type { ParseIssue } from '../content/trust-config.js';
import { defaultScriptVersion } from '../machine/conversation.context.js';
import type { ConversationContext } from '../model/conversation.js';
import { expected, fieldOf, id, kindOf } from './draft-readers.js';
import { readState, type DraftState } from './draft-state.js';
import { recoverTexts, type RecoveredText } from './recover.js';

export type { DraftState } from './draft-state.js';
export { draftLimits } from './draft-limits.js';
export type { RecoveredText } from './recover.js';

/**
 * The version of the draft format this guide writes and reads. Version 2 carries the conversation it belongs
 * to and never the private notes; a version 1 draft is not restored, only its text offered back.
 */
export const draftSchemaVersion = 2;

/** A saved conversation in progress: JSON-serialisable and versioned, so a later guide can read or rescue it. */
export interface Draft {
  readonly schemaVersion: typeof draftSchemaVersion;
  /** The script the conversation was following. */
  readonly scriptVersion: string;
  /** When the draft was made, as an ISO date and time. */
  readonly savedAt: string;
  /** A one-way digest of the host's `draft-id`: a draft is only ever restored into that conversation. */
  readonly conversation: string;
  readonly state: DraftState;
}

/** A draft read back: the context to restore, whether it came from another script version, and when it was saved. */
export interface RestoredDraft {
  readonly context: ConversationContext;
  /** True when the draft followed another script version and was carried over to the current one. */
  readonly migrated: boolean;
  /** When the draft was made (ISO), or null when the draft did not say. */
  readonly savedAt: string | null;
}

/**
 * What `parseDraft` returns, never throwing: the context, or every error with the text the user typed
 * that could still be found, so the element can offer it back. Messages and paths never hold typed text.
 */
export type DraftParseResult =
  | { ok: true; value: RestoredDraft; warnings: ParseIssue[] }
  | { ok: false; errors: ParseIssue[]; warnings: ParseIssue[]; recovered: RecoveredText[] };

/**
 * The draft of a conversation at `now`, for the conversation `conversation` (see `conversationDigest`): a
 * deep copy, sharing nothing with `context`, without the private notes.
 */
export function createDraft(context: ConversationContext, now: Date | number = new Date(), conversation = ''): Draft {
  // Private notes are never written anywhere: not in a draft, wherever it is kept.
  const { scriptVersion, notes: _private, ...state } = context;
  const at = new Date(now);
  return {
    schemaVersion: draftSchemaVersion,
    scriptVersion,
    savedAt: (Number.isFinite(at.getTime()) ? at : new Date()).toISOString(),
    conversation,
    // The context is JSON by design (conversation.types.ts), so a JSON copy is exact.
    state: JSON.parse(JSON.stringify(state)) as DraftState,
  };
}

/**
 * Checks a draft (an object, or its JSON text, from IndexedDB, the host or anywhere else) and returns the
 * context to restore. A draft of another script version with the same shape is carried over
 * (`migrated: true`). A draft that cannot be read, or of an unknown `schemaVersion`, gives its errors and
 * every piece of typed text found in it. Never throws, whatever `input` is; never returns or changes the
 * input's own objects.
 */
export function parseDraft(input: unknown, currentScriptVersion: string = defaultScriptVersion, conversation?: string): DraftParseResult {
  const log = new IssueLog('draft');
  let value: RestoredDraft | undefined;
  try {
    // A host that keeps drafts as JSON text may hand back the text itself.
    if (typeof input === 'string') input = fromJson(input);
    // Another conversation's draft is refused before anything of it is read, and none of its text is
    // offered back: it belongs to someone else.
    if (conversation !== undefined && !belongsTo(input, conversation)) {
      log.error('conversation', 'belongs to another conversation (another draft-id), so it was not restored');
      return { ok: false, errors: log.errors, warnings: [], recovered: [] };
    }
    value = readDraft({ value: input, path: '' }, log, currentScriptVersion);
  } catch {
    // Every read is guarded, so this is a last line of defence, not a path any input should reach.
    log.error('', 'could not be read because of an unexpected problem');
  }
  if (log.errors.length === 0 && value) return { ok: true, value, warnings: log.warnings };
  if (log.errors.length === 0) log.error('', 'could not be read');
  return { ok: false, errors: log.errors, warnings: log.warnings, recovered: recoverTexts(input) };
}

function readDraft(root: Field, log: IssueLog, currentScriptVersion: string): RestoredDraft | undefined {
  if (!isRecord(root.value)) return expected(root, log, 'a saved draft { schemaVersion, scriptVersion, savedAt, conversation, state }');
  const version = fieldOf(root, 'schemaVersion');
  if (version.value !== draftSchemaVersion) {
    const got = typeof version.value === 'number' && Number.isFinite(version.value) ? String(version.value) : kindOf(version.value);
    // The shape of any other version is unknown, so nothing more of it is read: its text is recovered instead.
    return void log.error(version.path, `expected ${draftSchemaVersion}, the only draft version this guide can read, got ${got}`);
  }
  const scriptVersion = id(fieldOf(root, 'scriptVersion'), log);
  const savedAt = readSavedAt(fieldOf(root, 'savedAt'), log);
  const migrated = scriptVersion !== undefined && scriptVersion !== currentScriptVersion;
  const stateField = fieldOf(root, 'state');
  if (!isRecord(stateField.value)) return expected(stateField, log, 'the conversation { stage, notes, … }');
  const state = readState(stateField, log, currentScriptVersion);
  if (!state || scriptVersion === undefined) return undefined;
  if (migrated) log.warn('scriptVersion', 'the draft followed another version of the script; it was carried over to the current one');
  return { context: { scriptVersion: currentScriptVersion, ...state, notes: {} }, migrated, savedAt };
}

// A draft of this format names its conversation; an older one, or something else, names none and is
// not refused here, since its version check refuses it and only offers its text back.
function belongsTo(input: unknown, conversation: string): boolean {
  if (!isRecord(input) || readOwn(input, 'schemaVersion') !== draftSchemaVersion) return true;
  return readOwn(input, 'conversation') === conversation;
}

// When the draft was made only informs the user ("saved at 10:32"), so a bad date is a warning.
function readSavedAt(f: Field, log: IssueLog): string | null {
  const value = f.value;
  if (typeof value === 'string' && value.length <= 40 && /^\d{4}-\d{2}-\d{2}T/.test(value) && Number.isFinite(Date.parse(value))) return value;
  log.warn(f.path, `expected an ISO date and time, got ${kindOf(value)}; it was left out`);
  return null;
}

// JSON text as its value; text that is not JSON stays text, so it is reported, and recovered, as it is.
function fromJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
