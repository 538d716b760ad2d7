import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StageId } from '../../src/model/stages.js';

/** Fetches and registers the element of a stage; gives nothing (not a promise) when it is registered already. */
export type StageLoader = (stage: StageId) => Promise<void> | undefined;

// Until the registering entry says otherwise, every stage's element is taken to be registered (src/define-all.ts).
let loader: StageLoader = () => undefined;

/** Sets how a stage's element is fetched: src/define.ts does, for the stages that are files of their own. */
export function useStageLoader(load: StageLoader): void {
  loader = load;
}

/** Runs `work` when the browser is idle, or soon where it cannot say. */
const whenIdle = (work: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 5000 });
  else setTimeout(work, 200);
};

/**
 * Runs `work` once the frame showing the first stage has been painted (two animation frames), or after a second
 * where the page gets no frames (a tab in the background), so that nothing fetched ahead delays that frame.
 */
const afterPaint = (work: () => void): void => {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(() => requestAnimationFrame(once));
  setTimeout(once, 1000);
};

/**
 * The stages' own files, for one conversation: which stage's element is ready to show, which is being fetched, and
 * which could not be. A stage that is not ready shows a line instead of its body (everything typed stays in the
 * machine); one that failed offers to try again.
 */
export class StageFiles implements ReactiveController {
  private readonly ready = new Set<StageId>();
  private readonly failed = new Set<StageId>();
  private readonly pending = new Map<StageId, Promise<void>>();
  // Stages the screen has asked for: a failed fetch of one of these is shown, even one begun ahead of time.
  private readonly asked = new Set<StageId>();
  private connected = false;

  /**
   * @param laterText Nothing when the later stages' text is there; else a promise of it (src/i18n/i18n.ts,
   *   `laterText`). Every stage but the first waits for it.
   */
  constructor(private readonly host: ReactiveControllerHost, private readonly laterText: () => Promise<void> | undefined = () => undefined) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
  }

  /** How the stage's element stands: `ready`, `loading` or `failed`. Asks for it when it is not ready. */
  status(stage: StageId): 'ready' | 'loading' | 'failed' {
    if (this.ready.has(stage)) return 'ready';
    if (this.failed.has(stage)) return 'failed';
    void this.ensure(stage);
    return this.ready.has(stage) ? 'ready' : 'loading';
  }

  /**
   * Fetches the stage's element if it is not registered; resolves once it is ready or has failed. A fetch ahead of
   * time (`quiet`) that fails is not shown: the stage asks again when it is reached.
   */
  ensure(stage: StageId, { quiet = false } = {}): Promise<void> {
    if (this.ready.has(stage)) return Promise.resolve();
    if (!quiet) this.asked.add(stage);
    const known = this.pending.get(stage);
    if (known) return known;
    const parts = [loader(stage), stage === 'prepare' ? undefined : this.laterText()].filter((part) => part !== undefined);
    const fetching = parts.length ? Promise.all(parts) : undefined;
    if (!fetching) {
      this.ready.add(stage);
      return Promise.resolve();
    }
    const load = fetching.then(
      () => {
        this.ready.add(stage);
      },
      () => {
        if (this.asked.has(stage)) this.failed.add(stage);
      },
    ).finally(() => {
      this.pending.delete(stage);
      if (this.connected) this.host.requestUpdate();
    });
    this.pending.set(stage, load);
    return load;
  }

  /** Tries a stage that failed again. */
  retry(stage: StageId): void {
    this.failed.delete(stage);
    void this.ensure(stage);
    this.host.requestUpdate();
  }

  /**
   * Fetches every stage's element and text in idle time once the first stage is on screen, so that moving on never
   * waits for a download; `alsoWhenIdle` is other work done ahead then.
   */
  prefetch(stages: readonly StageId[], alsoWhenIdle: () => void = () => undefined): void {
    afterPaint(() => whenIdle(() => {
      for (const stage of stages) void this.ensure(stage, { quiet: true });
      alsoWhenIdle();
    }));
  }
}
