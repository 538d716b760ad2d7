import { isRecord } from '../base/parse-values.js';

/** Why this tab may no longer write the draft: it opened second (`alreadyOpen`), or another tab took over (`takenOver`). */
export interface TabConflict {
  readonly reason: 'alreadyOpen' | 'takenOver';
}

/** How the lock talks to other tabs, and how long it listens before it owns the draft. */
export interface TabLockOptions {
  /** Milliseconds to wait for an older tab to answer before owning the draft: default 150. */
  readonly settleMs?: number;
  /** Makes the channel; defaults to `BroadcastChannel`. Returning undefined (or throwing) makes the lock a no-op that always owns. */
  readonly createChannel?: (name: string) => BroadcastChannel | undefined;
}

type Phase = 'pending' | 'owner' | 'conflict' | 'closed';
type MessageType = 'hello' | 'here' | 'takeover' | 'bye' | 'discard';

// Who a tab is in the protocol. Of two tabs the winner has taken over more recently (higher epoch), else
// announced itself first, else has the smaller id: both tabs compute the same winner from the same messages.
interface Rank {
  readonly tab: string;
  readonly at: number;
  readonly epoch: number;
}

interface Message extends Rank {
  readonly type: MessageType;
}

const messageTypes: readonly string[] = ['hello', 'here', 'takeover', 'bye', 'discard'];

/**
 * Detects the same draft open in a second tab (same origin, same store id) over a BroadcastChannel. A new
 * lock announces itself; an older tab that owns the draft answers, and the newer one gets `onConflict` and
 * must not save until the user chooses: `takeOver()` to continue here (the other tab then gets
 * `onConflict` with `takenOver`), or leave. Without BroadcastChannel the lock always owns and does nothing.
 */
export class TabLock {
  readonly storeId: string;
  /** Called when this tab stops (or never starts) owning the draft. */
  onConflict: ((conflict: TabConflict) => void) | null = null;
  /** Called when the tab that owns the draft closes the lock, so this one can offer to take over. */
  onOwnerLeft: (() => void) | null = null;
  /** Called when another tab deleted the draft (the user discarded the conversation there). */
  onDiscarded: (() => void) | null = null;
  /** Resolves once it is known whether this tab owns the draft: true when it does. */
  readonly ready: Promise<boolean>;
  private phase: Phase = 'pending';
  private rank: Rank;
  private highestEpoch = 0;
  private ownerTab: string | undefined;
  private readonly channel: BroadcastChannel | undefined;
  private readonly settleMs: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private settle: (owner: boolean) => void = () => undefined;
  private readonly onPageShow = (event: PageTransitionEvent) => {
    // Back from the back/forward cache: another tab may own the draft by now, so ask again, as a newcomer.
    if (event.persisted && this.phase !== 'closed') this.announce();
  };

  constructor(storeId: string, options: TabLockOptions = {}) {
    this.storeId = String(storeId);
    this.settleMs = Math.max(0, options.settleMs ?? 150);
    this.rank = { tab: newTabId(), at: Date.now(), epoch: 0 };
    this.ready = new Promise<boolean>((resolve) => (this.settle = resolve));
    this.channel = openChannel(options.createChannel ?? defaultChannel, `wcg-drafts:${this.storeId}`);
    if (!this.channel) {
      this.become('owner');
      return;
    }
    this.channel.onmessage = (event: MessageEvent) => this.receive(event.data);
    globalThis.addEventListener?.('pageshow', this.onPageShow as EventListener);
    this.announce();
  }

  /** True while this tab may save the draft. False until `ready`, and after a conflict until `takeOver()`. */
  get isOwner(): boolean {
    return this.phase === 'owner';
  }

  /** Makes this tab the owner, after the user chose to continue here; the other tab is told at once. */
  takeOver(): void {
    if (this.phase === 'closed') return;
    this.highestEpoch += 1;
    this.rank = { ...this.rank, epoch: this.highestEpoch };
    this.become('owner');
    this.post('takeover');
  }

  /** Tells every other tab with this draft open that the user deleted it, so they let go of it too. */
  tellDiscarded(): void {
    if (this.phase !== 'closed') this.post('discard');
  }

  /** Stops listening; an owner tells the others it has left. Call it when the element is disconnected. */
  close(): void {
    if (this.phase === 'closed') return;
    if (this.phase === 'owner') this.post('bye');
    this.become('closed');
    clearTimeout(this.timer);
    globalThis.removeEventListener?.('pageshow', this.onPageShow as EventListener);
    this.channel?.close();
  }

  private announce(): void {
    this.phase = 'pending';
    this.rank = { ...this.rank, at: Date.now() };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.phase === 'pending' && this.become('owner'), this.settleMs);
    this.post('hello');
  }

  private receive(data: unknown): void {
    const message = readMessage(data);
    if (!message || this.phase === 'closed' || message.tab === this.rank.tab) return;
    this.highestEpoch = Math.max(this.highestEpoch, message.epoch);
    if (message.type === 'discard') {
      this.onDiscarded?.();
    } else if (message.type === 'hello') {
      // An owner always answers a newcomer. Of two tabs still waiting, the better-ranked answers and the
      // other gives way at once: it may have opened too late to hear the winner's own hello.
      if (this.phase === 'owner' || (this.phase === 'pending' && beats(this.rank, message))) this.post('here');
      else if (this.phase === 'pending') this.lose('alreadyOpen', message.tab);
    } else if (message.type === 'here') {
      // A waiting tab always gives way. Two owners (a channel slower than the settle time) can also meet
      // here; the rank decides, the same way in both.
      if (this.phase === 'pending' || (this.phase === 'owner' && beats(message, this.rank))) this.lose('alreadyOpen', message.tab);
      else if (this.phase === 'conflict') this.ownerTab = message.tab;
    } else if (message.type === 'takeover') {
      if (this.phase === 'pending' || this.phase === 'owner') this.lose('takenOver', message.tab);
      else this.ownerTab = message.tab;
    } else if (message.tab === this.ownerTab && this.phase === 'conflict') {
      this.ownerTab = undefined;
      this.onOwnerLeft?.();
    }
  }

  private lose(reason: TabConflict['reason'], owner: string): void {
    this.ownerTab = owner;
    clearTimeout(this.timer);
    this.become('conflict');
    this.onConflict?.({ reason });
  }

  private become(phase: Phase): void {
    this.phase = phase;
    this.settle(phase === 'owner');
  }

  private post(type: MessageType): void {
    try {
      this.channel?.postMessage({ type, ...this.rank } satisfies Message);
    } catch {
      // A closed channel: this tab is going away, and a silent tab is simply not an owner to the others.
    }
  }
}

function beats(a: Rank, b: Rank): boolean {
  if (a.epoch !== b.epoch) return a.epoch > b.epoch;
  if (a.at !== b.at) return a.at < b.at;
  return a.tab < b.tab;
}

// Messages come from any script of this origin: anything not of the expected shape is ignored.
function readMessage(data: unknown): Message | undefined {
  if (!isRecord(data)) return undefined;
  const { type, tab, at, epoch } = data as Partial<Record<keyof Message, unknown>>;
  if (typeof type !== 'string' || !messageTypes.includes(type) || typeof tab !== 'string' || tab.length > 100) return undefined;
  if (typeof at !== 'number' || !Number.isFinite(at) || typeof epoch !== 'number' || !Number.isSafeInteger(epoch) || epoch < 0) return undefined;
  return { type: type as MessageType, tab, at, epoch };
}

function defaultChannel(name: string): BroadcastChannel | undefined {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined;
}

function openChannel(create: (name: string) => BroadcastChannel | undefined, name: string): BroadcastChannel | undefined {
  try {
    return create(name) ?? undefined;
  } catch {
    // Some sandboxed frames refuse BroadcastChannel; the lock then owns, as with no second tab.
    return undefined;
  }
}

function newTabId(): string {
  // Only needs to differ between tabs, not be secret; randomUUID is missing on http: pages.
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
