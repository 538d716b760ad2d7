import { isRecord } from '../base/parse-values.js';
import { CryptoUnavailableError, decrypt, encrypt, getOrCreateKey, isAesKey, isHostKey, ivLength, keyStoreName, subtleOf } from './crypto.js';
import type { Draft } from './draft.js';
import {
  CorruptDraftError, DraftKeyError, clampExpiryHours, faultOf,
  type DraftStore, type DraftStoreOptions, type LoadResult, type StorageFault, type StoreResult,
} from './draft-store.js';
import { draftStoreName, openDraftDatabase, pageIndexedDB, transact, type IndexedDBSource } from './idb.js';

/** Where the session store finds IndexedDB and WebCrypto (the page's own unless a test says otherwise). */
export interface SessionDraftStoreOptions extends DraftStoreOptions {
  /** IndexedDB to use; a source that returns undefined or throws makes every call fail as `unavailable`. */
  readonly indexedDB?: IndexedDBSource;
  /** WebCrypto to use; without `subtle` (an http: page) every call fails as `unavailable`. */
  readonly crypto?: () => Crypto | undefined;
  /** How long to wait for IndexedDB to open before giving up: default 5 seconds. */
  readonly openTimeoutMs?: number;
  /**
   * The host's key (`draftKey`): drafts are encrypted under it and no key is kept on this device. Asked for
   * on every save and load, never stored; a rejection or an unusable key is a `key` fault.
   */
  readonly key?: () => Promise<CryptoKey>;
}

/** What is kept in IndexedDB per store id: never the draft itself, only its ciphertext. */
export interface StoredDraft {
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly data: ArrayBuffer;
  /** When it stops being offered, in milliseconds since 1970. */
  readonly expiresAt: number;
}

const hour = 3_600_000;
// No record can be meant to live longer than the longest expiry; one that does was saved under a
// clock that has since gone back, or was edited, and is treated as expired.
const longestLife = 24 * hour;

/** True when a stored record is past its expiry at `now`, or claims to live longer than any draft may. */
export function isExpired(record: StoredDraft, now: number): boolean {
  return record.expiresAt <= now || record.expiresAt > now + longestLife;
}

/**
 * What the encryption binds to the ciphertext (AES-GCM additional data): the store id and the expiry, so that
 * neither a draft moved under another conversation's id nor one whose expiry was pushed back can be decrypted.
 */
export function boundText(storeId: string, expiresAt: number): string {
  return `wcg-draft/2|${storeId}|${expiresAt}`;
}

/**
 * `persist="session"`: the draft encrypted (AES-GCM-256, under the host's key or a non-extractable key kept
 * beside it) in IndexedDB database `wcg-drafts`, expiring `expiryHours` after its last save; the store id
 * and expiry are bound into the encryption. Nothing is ever put in localStorage or
 * sessionStorage. Every fault is returned as `{ ok: false, fault }`, never thrown; calls run one at a
 * time in the order made, so a `wipe()` is never undone by a `save()` still in flight.
 */
export class SessionDraftStore implements DraftStore {
  readonly storeId: string;
  private readonly lifeMs: number;
  private readonly now: () => number;
  private readonly idb: IndexedDBSource;
  private readonly cryptoSource: () => Crypto | undefined;
  private readonly openTimeoutMs: number;
  private readonly hostKey: (() => Promise<CryptoKey>) | undefined;
  private db: Promise<IDBDatabase> | undefined;
  // The key of the last save or load, kept so that a save is one encryption and one write: short enough
  // to finish while a page that is being reloaded or closed still runs.
  private key: CryptoKey | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  // Counts the saves and wipes asked for, so that a save overtaken by a newer one is skipped.
  private asked = 0;

  constructor(storeId: string, options: SessionDraftStoreOptions = {}) {
    this.storeId = String(storeId);
    this.lifeMs = clampExpiryHours(options.expiryHours) * hour;
    this.now = options.now ?? Date.now;
    this.idb = options.indexedDB ?? pageIndexedDB;
    this.cryptoSource = options.crypto ?? (() => globalThis.crypto);
    this.openTimeoutMs = options.openTimeoutMs ?? 5000;
    this.hostKey = options.key;
  }

  /**
   * Encrypts the draft and keeps it, replacing the last one; its expiry restarts. A key made here is
   * written beside the draft every time, so the pair in IndexedDB always matches, whichever tab or store
   * wrote last; under the host's key, no key is written and any kept one is deleted.
   */
  save(draft: Draft): Promise<StoreResult> {
    const turn = ++this.asked;
    return this.serial(async (queued): Promise<StoreResult> => {
      // A newer save or a wipe was asked for while this one waited: it stands for this one.
      if (turn !== this.asked) return { ok: true };
      const source = this.webCrypto();
      const plaintext = toJson(draft);
      const hostKey = await this.askHostKey();
      const db = await this.open();
      const key = hostKey ?? this.key ?? (await getOrCreateKey(db, this.storeId, source));
      const expiresAt = this.now() + this.lifeMs;
      const { iv, data } = await encrypt(key, plaintext, source, boundText(this.storeId, expiresAt));
      if (turn !== this.asked) return { ok: true };
      const record: StoredDraft = { iv, data, expiresAt };
      const written = transact(db, [draftStoreName, keyStoreName], 'readwrite', (tx) => {
        tx.objectStore(draftStoreName).put(record, this.storeId);
        if (hostKey) tx.objectStore(keyStoreName).delete(this.storeId);
        else tx.objectStore(keyStoreName).put(key, this.storeId);
        return () => undefined;
      });
      if (!hostKey) this.key = key;
      // IndexedDB runs transactions on the same stores in the order they were made: the next call may
      // start now, without waiting for this write to be confirmed.
      queued();
      await written;
      return { ok: true };
    });
  }

  /**
   * The kept draft, decrypted; null when none is kept or it has expired (it is then deleted). A record
   * that cannot be decrypted is deleted and reported as `corrupt`.
   */
  load(): Promise<LoadResult> {
    return this.serial(async (): Promise<LoadResult> => {
      const source = this.webCrypto();
      const hostKey = await this.askHostKey();
      const db = await this.open();
      const [record, keptKey] = await transact(db, [draftStoreName, keyStoreName], 'readonly', (tx) => {
        const r = tx.objectStore(draftStoreName).get(this.storeId);
        const k = tx.objectStore(keyStoreName).get(this.storeId);
        return () => [r.result as unknown, k.result as unknown] as const;
      });
      if (record === undefined) return { ok: true, draft: null };
      if (isStoredDraft(record) && isExpired(record, this.now())) {
        await this.remove(db);
        return { ok: true, draft: null };
      }
      const key = hostKey ?? keptKey;
      try {
        if (!isStoredDraft(record) || !(hostKey ? isHostKey(key) : isAesKey(key))) throw new CorruptDraftError();
        const text = await decrypt(key as CryptoKey, record, source, boundText(this.storeId, record.expiresAt));
        if (!hostKey) this.key = key as CryptoKey;
        return { ok: true, draft: JSON.parse(text) as unknown };
      } catch (error) {
        // A TextDecoder or JSON error after a successful decrypt is just as corrupt as a failed tag.
        const fault = error instanceof TypeError || error instanceof SyntaxError ? { kind: 'corrupt' as const } : faultOf(error);
        if (fault.kind === 'corrupt') await this.remove(db).catch(() => undefined);
        return { ok: false, fault };
      }
    });
  }

  /** Deletes the kept draft and its key: what is left on disk can no longer be decrypted by this page. */
  wipe(): Promise<StoreResult> {
    this.asked++;
    return this.serial(async (): Promise<StoreResult> => {
      await this.remove(await this.open());
      return { ok: true };
    });
  }

  /** Closes the database connection once the calls already made have finished; a later call reopens it. */
  close(): void {
    const pending = this.db;
    this.db = undefined;
    this.key = undefined;
    void this.queue.then(() => pending?.then((db) => db.close(), () => undefined));
  }

  // The host's key, asked for each time (the portal may sign out); undefined when the host gives none.
  private async askHostKey(): Promise<CryptoKey | undefined> {
    if (!this.hostKey) return undefined;
    let key: unknown;
    try {
      key = await this.hostKey();
    } catch {
      throw new DraftKeyError();
    }
    if (!isHostKey(key)) throw new DraftKeyError();
    return key;
  }

  // The injected WebCrypto: missing means missing here, never a quiet fall back to the page's own.
  private webCrypto(): Crypto {
    const source = this.cryptoSource();
    if (!source) throw new CryptoUnavailableError();
    subtleOf(source);
    return source;
  }

  private remove(db: IDBDatabase): Promise<void> {
    this.key = undefined;
    return transact(db, [draftStoreName, keyStoreName], 'readwrite', (tx) => {
      tx.objectStore(draftStoreName).delete(this.storeId);
      tx.objectStore(keyStoreName).delete(this.storeId);
      return () => undefined;
    });
  }

  private open(): Promise<IDBDatabase> {
    if (this.db) return this.db;
    const opening = openDraftDatabase(this.idb, this.openTimeoutMs);
    this.db = opening;
    const forget = () => {
      if (this.db === opening) this.db = undefined;
    };
    opening.then((db) => {
      // The browser may close the connection (storage cleared, another tab upgrading): open anew next time.
      db.onclose = forget;
      db.onversionchange = () => {
        db.close();
        forget();
      };
    }, forget);
    return opening;
  }

  // Runs one call after the last has finished, or has queued its write (`queued`), turning anything
  // thrown into a fault.
  private serial<T>(work: (queued: () => void) => Promise<T>): Promise<T | { ok: false; fault: StorageFault }> {
    let release: () => void = () => undefined;
    const turnEnds = new Promise<void>((resolve) => (release = resolve));
    const run = async () => {
      try {
        return await work(release);
      } catch (error) {
        const fault = faultOf(error);
        // After a refusal the connection may be unusable; the next call opens a new one.
        if (fault.kind === 'unavailable' || fault.kind === 'security') this.close();
        return { ok: false as const, fault };
      } finally {
        release();
      }
    };
    const result = this.queue.then(run, run);
    this.queue = turnEnds;
    return result;
  }
}

/** True for a record of the shape `save()` writes. */
export function isStoredDraft(value: unknown): value is StoredDraft {
  if (!isRecord(value)) return false;
  const { iv, data, expiresAt } = value as Partial<StoredDraft>;
  return iv instanceof Uint8Array && iv.byteLength === ivLength && data instanceof ArrayBuffer && typeof expiresAt === 'number' && Number.isFinite(expiresAt);
}

// A draft that is not JSON (a cycle, a BigInt) cannot be kept: reported as a corrupt draft, never thrown.
function toJson(draft: Draft): string {
  try {
    return JSON.stringify(draft);
  } catch {
    throw new CorruptDraftError();
  }
}
