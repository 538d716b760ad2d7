import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ParseIssue } from '../../src/content/trust-config.js';
import { emit } from '../../src/events/events.js';
import type { ConversationContext } from '../../src/model/conversation.js';
import { conversationDigest } from '../../src/persist/crypto.js';
import { createDraft, parseDraft, type RecoveredText } from '../../src/persist/draft.js';
import { clampExpiryHours, faultOf, type DraftStore, type StorageFaultKind } from '../../src/persist/draft-store.js';
import * as session from '../../src/persist/session.js';
import type { SessionDraftStore } from '../../src/persist/session-store.js';
import type { TabLock } from '../../src/persist/tab-lock.js';

/** Where drafts go: nowhere, this device's encrypted store, or the host page through `wcg-draft` events. */
export type PersistMode = 'none' | 'session' | 'host';

/** The host's key for session drafts: an AES-GCM key, or a function that returns a promise of one. */
export type DraftKeySource = CryptoKey | (() => Promise<CryptoKey>);

/** How drafts are to be kept: where, for which conversation, under whose key, for how long. */
export interface DraftOptions {
  readonly mode: PersistMode;
  /** The host's own id for this conversation (`draft-id`); without one, no draft is kept or restored. */
  readonly draftId: string;
  /** The host's key (`draftKey`), for `session`; without one, a key is kept on this device. */
  readonly draftKey?: DraftKeySource | undefined;
  readonly expiryHours: unknown;
}

/**
 * Why no draft is being kept, as the notice says it: a storage fault, no `draft-id` (`noDraftId`), or the
 * conversation deleted in another tab (`discardedElsewhere`).
 */
export type DraftsOff = StorageFaultKind | 'noDraftId' | 'discardedElsewhere';

/** The element that owns the drafts. */
export type DraftHost = ReactiveControllerHost & HTMLElement;

/** What the drafts ask of the conversation. */
export interface DraftHooks {
  /** The conversation as it stands, or undefined before it starts. */
  current(): ConversationContext | undefined;
  /** Replaces the running conversation with a checked, restored one. */
  restore(context: ConversationContext): void;
  /** Throws the conversation away and starts again (it was deleted in another tab). */
  startAfresh(): void;
}

// The host is handed a draft after a short pause in the typing, not one for every keystroke.
const hostDelayMs = 300;

/**
 * Keeps a draft of the conversation as it goes (docs/design.md, "Elements (public API)", `persist`), restores it on reload, and reports
 * what went wrong without ever losing typed text: an unusable draft's text is offered as recovered notes.
 */
export class Drafts implements ReactiveController {
  /** When the kept draft will be deleted, shown to the user; null when nothing is kept. */
  keptUntil: Date | null = null;
  /** Why the conversation carries on in memory only, or null while drafts are kept (or not asked for). */
  fault: DraftsOff | null = null;
  /** Where drafts are kept, once started. */
  mode: PersistMode = 'none';
  /** True when session drafts are encrypted under the host's `draftKey`. */
  hostKey = false;
  /** True when the same draft is open in another tab, so this one does not save. */
  conflict = false;
  /** Text found in a draft that could not be restored, for the user to copy back. */
  recovered: RecoveredText[] = [];
  /** What was wrong with that draft (paths only, never content). */
  errors: ParseIssue[] = [];

  private store?: DraftStore;
  // The draft-id of the conversation whose copy the user asked not to keep (`stopKeeping`), until they ask again.
  private stoppedFor: string | undefined;
  private draftId = '';
  // Counts starts and stops, so that a start still waiting when the next one begins gives way.
  private runs = 0;
  // The digest of the host's draft-id, carried in every draft and checked on every restore.
  private conversation: string | undefined;
  private lock?: TabLock;
  private timer?: ReturnType<typeof setTimeout>;
  private expiryHours = 8;
  // A host draft waiting for the pause is handed over at once when the page is left (a reload, a closing
  // tab). Listened for only then, so an idle page stays fit for the back/forward cache.
  private readonly onLeave = (event: Event): void => {
    if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
    void this.saveNow();
  };

  constructor(private readonly host: DraftHost, private readonly hooks: DraftHooks) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /**
   * Starts keeping drafts as `config` say, restoring this conversation's kept draft first; with
   * `restore: false` (the conversation is already under way) the conversation as it stands is kept instead.
   * Without a `draftId` nothing is kept: a draft must belong to exactly one conversation.
   */
  async start(config: DraftOptions, { restore = true } = {}): Promise<void> {
    this.stop();
    const run = this.runs;
    // Each step below waits; an element removed or restarted meanwhile has stopped this run.
    const stale = () => run !== this.runs;
    const { mode, draftId, draftKey } = config;
    this.mode = mode;
    this.draftId = draftId;
    // New config for the same conversation keeps the user's choice; another conversation is kept as asked.
    if (this.stoppedFor !== draftId) this.stoppedFor = undefined;
    this.fault = null;
    this.conversation = undefined;
    this.hostKey = mode === 'session' && draftKey !== undefined && draftKey !== null;
    this.expiryHours = clampExpiryHours(config.expiryHours);
    if (mode === 'none') return;
    if (!draftId) {
      this.setFault('noDraftId');
      emit(this.host, 'wcg-error', { errors: [{ path: 'draft-id', message: `persist="${mode}" keeps a draft only for a conversation the page names: set draft-id to this conversation's own id (for example the appraisal's id). No draft is kept until then.` }] });
      return;
    }
    let storeId: string;
    try {
      const conversation = await conversationDigest(draftId);
      if (stale()) return;
      this.conversation = conversation;
      if (mode !== 'session') return;
      // Expired drafts of any conversation go first: a shared computer keeps nothing past its time.
      await session.sweepExpiredDrafts().catch(() => undefined);
      storeId = await session.sessionStoreId(draftId);
    } catch (error) {
      return stale() ? undefined : this.setFault(faultOf(error).kind);
    }
    if (stale()) return;
    const store = new session.SessionDraftStore(storeId, { expiryHours: this.expiryHours, ...(this.hostKey ? { key: keyAsker(draftKey!) } : {}) });
    const lock = new session.TabLock(storeId);
    this.store = store;
    this.lock = lock;
    lock.onConflict = () => {
      this.conflict = true;
      this.host.requestUpdate();
    };
    lock.onDiscarded = () => this.discardedElsewhere();
    await lock.ready;
    if (stale()) return;
    if (!restore) return this.changed();
    const loaded = await store.load();
    if (stale()) return;
    if (!loaded.ok) return this.setFault(loaded.fault.kind);
    // Saving the restored draft again restarts its expiry and shows the user where it is kept.
    if (loaded.draft !== null && this.restore(loaded.draft)) this.changed();
  }

  /** Stops saving and lets go of storage; the kept draft stays for the next load. */
  stop(): void {
    this.runs++;
    this.cancelSave();
    this.store?.close();
    this.lock?.close();
    this.store = undefined;
    this.lock = undefined;
  }

  /**
   * The conversation changed. A session draft is saved at once (the store lets a newer save replace one
   * still waiting its turn), so a reload or a closing tab a moment after typing finds it on disk: nothing
   * done as the page goes away can wait for WebCrypto. The host is handed its draft after a short pause.
   */
  changed(): void {
    if (this.mode === 'session') {
      void this.save();
    } else if (this.mode === 'host') {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.saveNow(), hostDelayMs);
      this.watchLeaving(true);
    }
  }

  /**
   * The conversation ended or was discarded: delete the kept draft. With `tellOtherTabs` (discarded by the
   * user), other tabs with this conversation open throw it away too, so none can bring it back.
   */
  async wipe({ tellOtherTabs = false } = {}): Promise<void> {
    this.cancelSave();
    this.keptUntil = null;
    if (tellOtherTabs) this.lock?.tellDiscarded();
    if (this.store) await this.store.wipe();
    this.host.requestUpdate();
  }

  /** True after `stopKeeping()`: no copy of this conversation is kept on this device until `keepAgain()` or a reload. */
  get stopped(): boolean {
    return this.stoppedFor !== undefined;
  }

  /**
   * Deletes the copy kept on this device and keeps none of this conversation from now on: the conversation carries
   * on in memory, and a reload starts afresh. Other tabs are not told: nothing of theirs is thrown away.
   */
  async stopKeeping(): Promise<void> {
    this.stoppedFor = this.draftId;
    this.host.requestUpdate();
    await this.wipe();
  }

  /** Keeps a copy on this device again after `stopKeeping()`, from the conversation as it stands. */
  keepAgain(): void {
    this.stoppedFor = undefined;
    this.changed();
    this.host.requestUpdate();
  }

  /** Continues in this tab although another has the same draft open; that tab stops saving. */
  takeOver(): void {
    this.lock?.takeOver();
    this.conflict = false;
    this.changed();
    this.host.requestUpdate();
  }

  /** Checks a draft and restores it; an unusable one becomes errors and recovered text. Returns success. */
  restore(draft: unknown): boolean {
    if (this.conversation === undefined) {
      // Without the host's id no draft can be shown to belong to this conversation, so none is restored.
      this.errors = [{ path: 'draft-id', message: 'is not set, so no draft can be restored: set draft-id to this conversation\'s own id'}];
      emit(this.host, 'wcg-error', { errors: [{ path: 'draft-id', message: this.errors[0]!.message }] });
      this.host.requestUpdate();
      return false;
    }
    const result = parseDraft(draft, undefined, this.conversation);
    if (result.ok) {
      this.hooks.restore(result.value.context);
      this.errors = [];
      this.host.requestUpdate();
      return true;
    }
    this.errors = result.errors;
    this.recovered = result.recovered;
    emit(this.host, 'wcg-error', { errors: result.errors.map(({ path, message }) => ({ path, message })) });
    this.host.requestUpdate();
    return false;
  }

  /** Hides the recovered notes once the user has copied what they need. */
  dismissRecovered(): void {
    this.recovered = [];
    this.errors = [];
    this.host.requestUpdate();
  }

  private saveNow(): Promise<void> {
    this.cancelSave();
    return this.save();
  }

  private cancelSave(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.watchLeaving(false);
  }

  // beforeunload comes first; pagehide and a hidden page cover a browser that skips it (mobile, a
  // discarded tab).
  private watchLeaving(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('beforeunload', this.onLeave);
    window[method]('pagehide', this.onLeave);
    document[method]('visibilitychange', this.onLeave);
  }

  private async save(): Promise<void> {
    const context = this.hooks.current();
    if (!context || context.outcome !== null || this.stopped) return;
    const draft = createDraft(context, new Date(), this.conversation);
    if (this.mode === 'host') {
      emit(this.host, 'wcg-draft', { draft });
      return;
    }
    if (!this.store || this.conflict || !this.lock?.isOwner) return;
    const saved = await this.store.save(draft);
    if (!saved.ok) return this.setFault(saved.fault.kind);
    this.keptUntil = new Date(Date.now() + this.expiryHours * 3_600_000);
    this.host.requestUpdate();
  }

  private setFault(kind: DraftsOff): void {
    this.fault = kind;
    this.stop();
    this.host.requestUpdate();
  }

  // Another tab deleted this conversation's draft: what this tab shows of it goes too, and this tab keeps
  // nothing more, so "continue here" can never bring the deleted conversation back.
  private discardedElsewhere(): void {
    this.conflict = false;
    this.keptUntil = null;
    this.hooks.startAfresh();
    this.setFault('discardedElsewhere');
  }
}

// The host's key asked for on every use: a function is called each time (the portal's session may end).
function keyAsker(source: DraftKeySource): () => Promise<CryptoKey> {
  return typeof source === 'function' ? () => Promise.resolve().then(source) : () => Promise.resolve(source);
}
