import { CryptoUnavailableError } from './crypto.js';
import type { Draft } from './draft.js';

/**
 * Why a draft could not be saved, loaded or wiped: storage is missing or refused (`unavailable`), full
 * (`quota`), forbidden by the browser (`security`), the stored draft is unreadable (`corrupt`), or the
 * host's `draftKey` gave no usable key (`key`).
 */
export type StorageFaultKind = 'unavailable' | 'quota' | 'corrupt' | 'security' | 'key';

/** A storage problem, reported instead of thrown; the element carries on in memory. Never holds content. */
export interface StorageFault {
  readonly kind: StorageFaultKind;
}

/** The answer of `save()` and `wipe()`. */
export type StoreResult = { ok: true } | { ok: false; fault: StorageFault };

/**
 * The answer of `load()`: the stored draft exactly as saved (`null` when there is none, or it expired),
 * still to be checked with `parseDraft`, since it may come from an older version of the guide.
 */
export type LoadResult = { ok: true; draft: unknown } | { ok: false; fault: StorageFault };

/** Somewhere a conversation's draft is kept between reloads. No method ever throws or rejects. */
export interface DraftStore {
  /** The id this store keeps its draft under (one per element instance or `name`). */
  readonly storeId: string;
  /** Keeps `draft`, replacing the one kept before, and restarts its expiry. */
  save(draft: Draft): Promise<StoreResult>;
  /** The kept draft, or null when there is none or it has expired (an expired one is deleted). */
  load(): Promise<LoadResult>;
  /** Deletes the kept draft (and, for the session store, its key). */
  wipe(): Promise<StoreResult>;
  /** Lets go of any open connection; a later call opens it again. */
  close(): void;
}

/** Options shared by the stores: how long a draft lives, and the clock (injected in tests). */
export interface DraftStoreOptions {
  /** Hours a draft lives after its last save: default 8, kept within 1 to 24. */
  readonly expiryHours?: number;
  /** The time now, in milliseconds since 1970; defaults to `Date.now`. */
  readonly now?: () => number;
}

/** The default life of a draft, in hours: a shift, on a shared ward computer. */
export const defaultExpiryHours = 8;

/** `hours` kept within 1 to 24, or the default when it is not a number. */
export function clampExpiryHours(hours: unknown): number {
  if (typeof hours !== 'number' || Number.isNaN(hours)) return defaultExpiryHours;
  return Math.min(24, Math.max(1, hours));
}

/** A store's fault for a thrown value: the DOMException name decides; anything unknown is `unavailable`. */
export function faultOf(error: unknown): StorageFault {
  if (error instanceof CryptoUnavailableError) return { kind: 'unavailable' };
  let name = '';
  try {
    name = typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name) : '';
  } catch {
    // An error whose name cannot be read is still a fault, just not a known one.
  }
  if (name === 'DraftKeyError') return { kind: 'key' };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return { kind: 'quota' };
  if (name === 'SecurityError') return { kind: 'security' };
  // OperationError is what AES-GCM gives for data, an IV or a tag that was changed.
  if (name === 'OperationError' || name === 'CorruptDraftError') return { kind: 'corrupt' };
  return { kind: 'unavailable' };
}

/** A draft that cannot be kept or read back: not JSON, a stored record of the wrong shape, or one without its key. */
export class CorruptDraftError extends Error {
  constructor() {
    super('The stored draft could not be read');
    this.name = 'CorruptDraftError';
  }
}

/** The host's `draftKey` rejected, or gave something that is not an AES-GCM key for encrypting and decrypting. */
export class DraftKeyError extends Error {
  constructor() {
    super('The draft key from the page could not be used');
    this.name = 'DraftKeyError';
  }
}
