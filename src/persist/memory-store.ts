import type { Draft } from './draft.js';
import { clampExpiryHours, type DraftStore, type DraftStoreOptions, type LoadResult, type StoreResult } from './draft-store.js';

const hour = 3_600_000;

/**
 * A draft kept in this page's memory only, with the session store's interface and expiry: the fallback
 * when storage fails, and a stand-in in tests. Gone on reload. Keeps a JSON copy, so a later change to the
 * saved object does not change the draft, and `load()` returns a fresh copy each time.
 */
export class MemoryDraftStore implements DraftStore {
  readonly storeId: string;
  private readonly lifeMs: number;
  private readonly now: () => number;
  private kept: { json: string; expiresAt: number } | undefined;

  constructor(storeId: string, options: DraftStoreOptions = {}) {
    this.storeId = String(storeId);
    this.lifeMs = clampExpiryHours(options.expiryHours) * hour;
    this.now = options.now ?? Date.now;
  }

  /** Keeps a copy of `draft`, replacing the last one; its expiry restarts. */
  save(draft: Draft): Promise<StoreResult> {
    try {
      this.kept = { json: JSON.stringify(draft), expiresAt: this.now() + this.lifeMs };
      return Promise.resolve({ ok: true });
    } catch {
      // Only a draft that is not JSON (a cycle, a BigInt) gets here; the last good copy is kept.
      return Promise.resolve({ ok: false, fault: { kind: 'corrupt' } });
    }
  }

  /** A copy of the kept draft, or null when none is kept or it expired (then it is dropped). */
  load(): Promise<LoadResult> {
    const kept = this.kept;
    if (!kept) return Promise.resolve({ ok: true, draft: null });
    const now = this.now();
    if (kept.expiresAt <= now || kept.expiresAt > now + 24 * hour) {
      this.kept = undefined;
      return Promise.resolve({ ok: true, draft: null });
    }
    return Promise.resolve({ ok: true, draft: JSON.parse(kept.json) as unknown });
  }

  /** Drops the kept draft. */
  wipe(): Promise<StoreResult> {
    this.kept = undefined;
    return Promise.resolve({ ok: true });
  }

  /** Nothing to close: kept for the shared interface. */
  close(): void {}
}
