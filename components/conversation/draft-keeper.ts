import type { ParseIssue } from '../../src/content/trust-config.js';
import { emit } from '../../src/events/events.js';
import type { RecoveredText } from '../../src/persist/recover.js';
import type { DraftHooks, DraftHost, DraftOptions, Drafts, DraftsOff, PersistMode } from './drafts.js';

/** The drafts file (src/elements/drafts.ts). */
type DraftsFile = typeof import('../../src/elements/drafts.js');

/** What the draft notice and the recovered-text panel show of the drafts, and the two things they can do. */
export type DraftsView = Pick<Drafts, 'fault' | 'conflict' | 'mode' | 'stopped' | 'keptUntil' | 'hostKey' | 'recovered' | 'errors' | 'takeOver' | 'dismissRecovered'>;

/** The drafts as shown before any are kept: none asked for, their file still coming, or it could not be had. */
class NoDrafts implements DraftsView {
  fault: DraftsOff | null = null;
  readonly conflict = false;
  mode: PersistMode = 'none';
  readonly stopped = false;
  readonly keptUntil = null;
  readonly hostKey = false;
  readonly recovered: RecoveredText[] = [];
  errors: ParseIssue[] = [];

  constructor(private readonly host: DraftHost) {}

  takeOver(): void {}

  dismissRecovered(): void {
    this.errors = [];
    this.host.requestUpdate();
  }
}

/**
 * Keeps drafts through the drafts file (src/elements/drafts.ts: the draft format, its checks and the session store),
 * fetched the first time the conversation is asked to keep drafts (`persist`), so a page that keeps none never
 * downloads it. Until then, and if it cannot be fetched, nothing is kept and the conversation carries on in memory,
 * as it does after any storage fault.
 */
export class DraftKeeper {
  private drafts: Drafts | undefined;
  private file: Promise<DraftsFile> | undefined;
  private readonly none: NoDrafts;
  // Counts starts, so that one still waiting for the file when the next begins gives way.
  private starts = 0;

  /** @param load Fetches the drafts file (replaced in tests). */
  constructor(private readonly host: DraftHost, private readonly hooks: DraftHooks, private readonly load: () => Promise<DraftsFile> = () => import('../../src/elements/drafts.js')) {
    this.none = new NoDrafts(host);
  }

  /** What to show of the drafts. */
  get view(): DraftsView {
    return this.drafts ?? this.none;
  }

  /** Starts keeping drafts as `options` say (Drafts.start), fetching the drafts file first when it is not here yet. */
  async start(options: DraftOptions, { restore = true } = {}): Promise<void> {
    const run = ++this.starts;
    if (!this.drafts) {
      this.none.mode = options.mode;
      this.none.fault = null;
      if (options.mode === 'none') return;
      let file: DraftsFile;
      try {
        file = await (this.file ??= this.load());
      } catch {
        // Asked again by the next start (new config, a reconnected element, a reload).
        this.file = undefined;
        if (run !== this.starts) return;
        this.none.fault = 'unavailable';
        this.host.requestUpdate();
        return;
      }
      if (run !== this.starts || !this.host.isConnected) return;
      this.drafts ??= new file.Drafts(this.host, this.hooks);
    }
    await this.drafts.start(options, { restore });
  }

  /** The conversation changed: keep it (Drafts.changed). */
  changed(): void {
    this.drafts?.changed();
  }

  /** Deletes the kept draft (Drafts.wipe); with none kept, there is nothing to delete. */
  async wipe(options: { tellOtherTabs?: boolean } = {}): Promise<void> {
    await this.drafts?.wipe(options);
  }

  /** Keeps no copy on this device from now on (Drafts.stopKeeping). */
  async stopKeeping(): Promise<void> {
    await this.drafts?.stopKeeping();
  }

  /** Keeps a copy again (Drafts.keepAgain). */
  keepAgain(): void {
    this.drafts?.keepAgain();
  }

  /** Checks a draft from the host and restores it (Drafts.restore). Returns success. */
  restore(draft: unknown): boolean {
    if (this.drafts) return this.drafts.restore(draft);
    // No drafts kept (no `persist`), or their file could not be fetched: no draft can be shown to belong here.
    const error = this.none.fault
      ? { path: 'persist', message: 'could not be used, so no draft can be restored: the file that keeps drafts could not be downloaded. Reload the page to try again' }
      : { path: 'draft-id', message: 'is not set, so no draft can be restored: set draft-id to this conversation\'s own id' };
    this.none.errors = [error];
    emit(this.host, 'wcg-error', { errors: [error] });
    this.host.requestUpdate();
    return false;
  }
}
