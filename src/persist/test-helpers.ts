import { expect } from '@open-wc/testing';
import { initialContext } from '../machine/conversation.context.js';
import type { ConversationContext } from '../model/conversation.js';
import type { ParseIssue } from '../content/trust-config.js';
import { keyStoreName } from './crypto.js';
import { createDraft, type DraftParseResult } from './draft.js';
import { SessionDraftStore, type SessionDraftStoreOptions } from './session-store.js';
import { draftDatabaseName, draftStoreName, openDraftDatabase, pageIndexedDB, transact } from './idb.js';

/** The date every persistence test treats as today. */
export const testToday = '2026-11-26';

/**
 * A conversation in the plan stage with every field filled; `mark` is put in every piece of typed text,
 * so a test can search for it in errors, storage bytes and recovered text.
 */
export function filledContext(mark = 'TYPED'): ConversationContext {
  return {
    ...initialContext({ topics: ['workload', 'sleepEnergy', 'mood'], today: testToday, previousActions: [{ id: 'p1', text: 'Earlier walk', owner: 'staff', due: '2026-10-01' }] }),
    stage: 'plan',
    reviews: { p1: { status: 'inProgress', note: `${mark} review note` } },
    prepareChecks: { privateRoom: true, paidTime: false },
    chosenTopics: ['sleepEnergy', 'workload'],
    skippedTopics: ['workload'],
    topicIndex: 1,
    notes: { checkIn: `${mark} private check-in note`, 'topic.sleepEnergy': `  ${mark} spaced note  ` },
    agreed: { checkIn: `${mark} agreed wording`, 'whatHelps.keepsWell': `${mark} keeps well` },
    actions: [
      { id: 'a1', text: `${mark} walk at lunch`, owner: 'staff', due: '2026-12-01' },
      { id: 'a3', text: `${mark} rota talk`, owner: 'both', due: `${mark} next week` },
    ],
    adjustments: [{ id: 'j2', text: `${mark} later shifts`, status: 'notPossible', reason: `${mark} rota rules` }],
    services: ['eap'],
    reviewDate: '2027-02-01',
    planErrors: [{ field: 'actions.a3.due', key: 'plan.errors.dateInvalid' }],
    consent: { ...initialContext().consent, summary: true, actions: true },
    returnToAgree: true,
    safetyPath: 'suicide',
    safetyOpened: true,
    outcome: null,
    nextId: 4,
  };
}

/** The context a draft of `context` restores: the same, but for the private notes, which are never kept. */
export function restorable(context: ConversationContext): ConversationContext {
  return { ...context, notes: {} };
}

/** When every test draft was saved. */
export const draftTime = new Date('2026-11-26T10:32:00.000Z');

/** A draft as it comes back from storage or the host: JSON, sharing nothing with the context. */
export function storedDraft(context: ConversationContext = filledContext()): Record<string, unknown> & { state: Record<string, unknown> } {
  return JSON.parse(JSON.stringify(createDraft(context, draftTime)));
}

/** The restored context, after checking the draft was accepted (listing the errors when it was not). */
export function expectRestored(result: DraftParseResult): ConversationContext {
  if (!result.ok) expect.fail(`draft refused: ${issueText(result.errors)}`);
  return result.value.context;
}

/** The refusal, after checking the draft was refused. */
export function expectRefused(result: DraftParseResult): Extract<DraftParseResult, { ok: false }> {
  if (result.ok) expect.fail('draft accepted');
  return result;
}

/** Every issue as one line, for searching. */
export function issueText(issues: readonly ParseIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}

/**
 * Watches localStorage and sessionStorage through a test: call before it, and the returned check after.
 * Fails when either was written, by method or by property, or holds anything now that it did not before.
 */
export function watchWebStorage(): () => void {
  const before = [snapshot(localStorage), snapshot(sessionStorage)];
  const proto = Storage.prototype;
  const originals = { setItem: proto.setItem, removeItem: proto.removeItem, clear: proto.clear };
  let writes = 0;
  proto.setItem = function (...args) { writes++; return originals.setItem.apply(this, args); };
  proto.removeItem = function (...args) { writes++; return originals.removeItem.apply(this, args); };
  proto.clear = function () { writes++; return originals.clear.apply(this); };
  return () => {
    Object.assign(proto, originals);
    expect(writes, 'writes to web storage').to.equal(0);
    expect([snapshot(localStorage), snapshot(sessionStorage)]).to.deep.equal(before);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  };
}

function snapshot(storage: Storage): [string, string | null][] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i)!).map((key) => [key, storage.getItem(key)]);
}

/** The raw records of one store id, read with the plain IndexedDB API (none of the store's own code). */
export async function readRaw(storeId: string): Promise<{ draft: unknown; key: unknown }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(draftDatabaseName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction([draftStoreName, keyStoreName], 'readonly');
      const draft = tx.objectStore(draftStoreName).get(storeId);
      const key = tx.objectStore(keyStoreName).get(storeId);
      tx.oncomplete = () => resolve({ draft: draft.result as unknown, key: key.result as unknown });
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Puts `record` in the drafts store under `storeId`, as something other than the store would. */
export async function writeRaw(storeId: string, record: unknown): Promise<void> {
  const db = await openDraftDatabase(pageIndexedDB);
  try {
    await transact(db, [draftStoreName], 'readwrite', (tx) => {
      tx.objectStore(draftStoreName).put(record, storeId);
      return () => undefined;
    });
  } finally {
    db.close();
  }
}

/** A test clock and a maker of draft stores that read it; every store made is wiped after each test. */
export interface SessionStoreFixture {
  /** Milliseconds since 1970 that the stores take as now; set it to move time. */
  clock: number;
  makeStore(options?: SessionDraftStoreOptions, storeId?: string): SessionDraftStore;
}

/**
 * Call inside a `describe`: starts each test at `start` with a watch on web storage, and after it wipes and
 * closes every store it made and fails if anything was written to localStorage or sessionStorage.
 */
export function useSessionStores(start: number): SessionStoreFixture {
  const stores: SessionDraftStore[] = [];
  let checkWebStorage: () => void;
  const fixture: SessionStoreFixture = {
    clock: start,
    makeStore(options = {}, storeId = `test-${crypto.randomUUID()}`) {
      const store = new SessionDraftStore(storeId, { now: () => fixture.clock, ...options });
      stores.push(store);
      return store;
    },
  };
  beforeEach(() => {
    fixture.clock = start;
    checkWebStorage = watchWebStorage();
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) {
      await new SessionDraftStore(store.storeId).wipe();
      store.close();
    }
    checkWebStorage();
  });
  return fixture;
}
