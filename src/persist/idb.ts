import { keyStoreName } from './crypto.js';

/** The IndexedDB database every session store shares. */
export const draftDatabaseName = 'wcg-drafts';

/** The object store of encrypted drafts, one record per store id: `{ iv, data, expiresAt }`. */
export const draftStoreName = 'drafts';

// Version 2 names drafts by a keyed hash and binds their id and expiry into the encryption; the drafts of
// version 1 (named by the page's path or the element's name, private notes inside) are deleted on upgrade.
const databaseVersion = 2;

/** Where IndexedDB comes from: the page's own by default; tests pass one that is missing, throws or fails. */
export type IndexedDBSource = () => IDBFactory | undefined;

/** The page's `indexedDB`, read only when asked for (reading it throws in some sandboxed frames). */
export const pageIndexedDB: IndexedDBSource = () => globalThis.indexedDB;

/**
 * Opens the drafts database, making its two object stores the first time. Rejects when IndexedDB is
 * missing, refuses, is blocked by an old connection, or does not answer within `timeoutMs`.
 */
export function openDraftDatabase(source: IndexedDBSource, timeoutMs = 5000): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const factory = source();
    if (!factory || typeof factory.open !== 'function') throw new DOMException('IndexedDB is not available', 'NotSupportedError');
    const request = factory.open(draftDatabaseName, databaseVersion);
    let settled = false;
    const finish = (error: unknown, db?: IDBDatabase) => {
      // An open that succeeds after it was given up on (blocked, then unblocked) is closed at once.
      if (settled) return db?.close();
      settled = true;
      clearTimeout(timer);
      if (db) resolve(db);
      else reject(error);
    };
    const timer = setTimeout(() => finish(new DOMException('IndexedDB did not answer', 'TimeoutError')), timeoutMs);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of [draftStoreName, keyStoreName]) {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
        else request.transaction?.objectStore(name).clear();
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer version of the guide in another tab must be able to upgrade: let go rather than block it.
      db.onversionchange = () => db.close();
      finish(undefined, db);
    };
    request.onerror = () => finish(request.error ?? new DOMException('IndexedDB refused', 'UnknownError'));
    request.onblocked = () => finish(new DOMException('IndexedDB is blocked by another connection', 'InvalidStateError'));
  });
}

/**
 * Runs `work` in one transaction and resolves with what its returned getter gives once the transaction
 * has committed; rejects with the first error, including one thrown while the work was being queued.
 */
export function transact<T>(db: IDBDatabase, names: string[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(names, mode);
    let result: () => T;
    try {
      result = work(tx);
    } catch (error) {
      abort(tx);
      throw error;
    }
    // Every request is queued by now: committing at once lets the write finish even if the page goes
    // away before the browser would have committed on its own (a reload right after typing).
    if (mode === 'readwrite') tx.commit?.();
    tx.oncomplete = () => resolve(result());
    tx.onerror = () => reject(tx.error ?? new DOMException('The transaction failed', 'UnknownError'));
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
  });
}

/** The value of a request once its transaction completes (read it from the getter `transact` is given). */
export function resultOf<T>(request: IDBRequest<T>): () => T {
  return () => request.result;
}

function abort(tx: IDBTransaction): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing left to undo.
  }
}
