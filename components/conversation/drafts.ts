import type { ReactiveControllerHost } from 'lit';
import type { ParseIssue } from '../../src/content/trust-config.js';
import { emit } from '../../src/events/events.js';
import type { ConversationContext } from '../../src/machine/conversation.types.js';
import { createDraft, parseDraft, type RecoveredText } from '../../src/persist/draft.js';
import { clampExpiryHours, type DraftStore, type StorageFaultKind } from '../../src/persist/draft-store.js';
import { SessionDraftStore } from '../../src/persist/session-store.js';
import { TabLock } from '../../src/persist/tab-lock.js';

/** Where drafts go: nowhere, this device's encrypted store, or the host page through `wcg-draft` events. */
export type PersistMode = 'none' | 'session' | 'host';

/** What the drafts need from the element that owns them. */
export interface DraftHost extends ReactiveControllerHost, HTMLElement {
  /** The conversation as it stands, or undefined before it starts. */
  currentContext(): ConversationContext | undefined;
  /** Replaces the running conversation with a checked, restored one. */
  restoreContext(context: ConversationContext): void;
}

// Saving after every keystroke would be wasteful; a short pause still keeps what was typed.
const saveDelayMs = 300;

/**
 * Keeps a draft of the conversation as it goes (DESIGN.md, `persist`), restores it on reload, and reports
 * what went wrong without ever losing typed text: an unusable draft's text is offered as recovered notes.
 */
export class Drafts {
  /** When the kept draft will be deleted, shown to the user; null when nothing is kept. */
  keptUntil: Date | null = null;
  /** The storage problem that made the conversation carry on in memory only. */
  fault: StorageFaultKind | null = null;
  /** True when the same draft is open in another tab, so this one does not save. */
  conflict = false;
  /** Text found in a draft that could not be restored, for the user to copy back. */
  recovered: RecoveredText[] = [];
  /** What was wrong with that draft (paths only, never content). */
  errors: ParseIssue[] = [];

  private mode: PersistMode = 'none';
  private store?: DraftStore;
  private lock?: TabLock;
  private timer?: ReturnType<typeof setTimeout>;
  private expiryHours = 8;
  // A reload or a closing tab must not lose what was typed in the last moment before it: while a save is
  // waiting, leaving the page saves at once. Listened for only then, so an idle page stays fit for the
  // back/forward cache.
  private readonly onLeave = (event: Event): void => {
    if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
    void this.saveNow();
  };

  constructor(private readonly host: DraftHost) {}

  /**
   * Starts keeping drafts in `mode` under `storeId`, restoring any kept draft first; with `restore: false` (the
   * conversation is already under way) the conversation as it stands is kept instead.
   */
  async start(mode: PersistMode, storeId: string, expiryHours: unknown, { restore = true } = {}): Promise<void> {
    this.stop();
    this.mode = mode;
    this.expiryHours = clampExpiryHours(expiryHours);
    if (mode !== 'session') return;
    this.store = new SessionDraftStore(storeId, { expiryHours: this.expiryHours });
    this.lock = new TabLock(storeId);
    this.lock.onConflict = () => {
      this.conflict = true;
      this.host.requestUpdate();
    };
    await this.lock.ready;
    if (!restore) return this.changed();
    const loaded = await this.store.load();
    if (!loaded.ok) return this.setFault(loaded.fault.kind);
    // Saving the restored draft again restarts its expiry and shows the user where it is kept.
    if (loaded.draft !== null && this.restore(loaded.draft)) this.changed();
  }

  /** Stops saving and lets go of storage; the kept draft stays for the next load. */
  stop(): void {
    this.cancelSave();
    this.store?.close();
    this.lock?.close();
    this.store = undefined;
    this.lock = undefined;
  }

  /** The conversation changed: save soon. */
  changed(): void {
    if (this.mode === 'none') return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.saveNow(), saveDelayMs);
    this.watchLeaving(true);
  }

  /** The conversation ended or was discarded: delete the kept draft. */
  async wipe(): Promise<void> {
    this.cancelSave();
    this.keptUntil = null;
    if (this.store) await this.store.wipe();
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
    const result = parseDraft(draft);
    if (result.ok) {
      this.host.restoreContext(result.value.context);
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

  // beforeunload comes first, while the page still runs for a while; pagehide and a hidden page cover a
  // browser that skips it (mobile, a discarded tab).
  private watchLeaving(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('beforeunload', this.onLeave);
    window[method]('pagehide', this.onLeave);
    document[method]('visibilitychange', this.onLeave);
  }

  private async save(): Promise<void> {
    const context = this.host.currentContext();
    if (!context || context.outcome !== null) return;
    const draft = createDraft(context);
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

  private setFault(kind: StorageFaultKind): void {
    this.fault = kind;
    this.stop();
    this.host.requestUpdate();
  }
}
