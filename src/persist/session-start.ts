import { keyStoreName, storeIdFor } from './crypto.js';
import { draftStoreName, openDraftDatabase, pageIndexedDB, type IndexedDBSource } from './idb.js';
import { isExpired, isStoredDraft } from './session-store.js';

/** Where the start-up work finds IndexedDB, WebCrypto and the time (the page's own unless a test says otherwise). */
export interface SessionStartOptions {
  readonly indexedDB?: IndexedDBSource;
  readonly crypto?: Crypto;
  readonly now?: () => number;
  readonly openTimeoutMs?: number;
}

/**
 * The store id of the conversation the host names `draftId`: a keyed hash, so that the host's id is never
 * written to this device. Rejects when IndexedDB or WebCrypto is missing or refuses.
 */
export async function sessionStoreId(draftId: string, options: SessionStartOptions = {}): Promise<string> {
  const db = await openDraftDatabase(options.indexedDB ?? pageIndexedDB, options.openTimeoutMs);
  try {
    return await storeIdFor(db, draftId, options.crypto);
  } finally {
    db.close();
  }
}

// Only what the guide named itself (a 64-digit hex store id) is swept; anything else in the database was
// put there by something else (an older guide's upgrade clears those), and is left alone.
function isStoreId(id: IDBValidKey): boolean {
  return typeof id === 'string' && /^[0-9a-f]{64}$/.test(id);
}

/**
 * Deletes every kept draft that has expired, whichever conversation it belongs to, with its key, and every
 * key left without a draft (but the naming key): a shared ward computer keeps nothing past its time even
 * when that conversation's page is never opened again. Rejects when IndexedDB refuses.
 */
export async function sweepExpiredDrafts(options: SessionStartOptions = {}): Promise<void> {
  const now = (options.now ?? Date.now)();
  const db = await openDraftDatabase(options.indexedDB ?? pageIndexedDB, options.openTimeoutMs);
  try {
    // Not `transact`: it commits as soon as the work is queued, and the deletes here are queued only once
    // the reads have answered.
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction([draftStoreName, keyStoreName], 'readwrite');
      const drafts = tx.objectStore(draftStoreName);
      const keys = tx.objectStore(keyStoreName);
      const draftIds = drafts.getAllKeys();
      const records = drafts.getAll();
      const keyIds = keys.getAllKeys();
      keyIds.onsuccess = () => {
        const live = new Set<IDBValidKey>();
        draftIds.result.forEach((id, i) => {
          const record: unknown = records.result[i];
          if (!isStoreId(id) || (isStoredDraft(record) && !isExpired(record, now))) live.add(id);
          else {
            drafts.delete(id);
            keys.delete(id);
          }
        });
        for (const id of keyIds.result) if (isStoreId(id) && !live.has(id)) keys.delete(id);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new DOMException('The sweep failed', 'UnknownError'));
      tx.onabort = () => reject(tx.error ?? new DOMException('The sweep was aborted', 'AbortError'));
    });
  } finally {
    db.close();
  }
}
