import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the focus controller needs from its element. */
export interface ScreenFocusOptions {
  /** Names the screen showing; a new name means a new screen. Empty while nothing is showing. */
  key(): string;
  /** Called before a new screen renders, to clear what belonged to the old one. */
  leaving?(): void;
  /** The element to focus once the new screen has rendered: its heading, or the reply. */
  target(): HTMLElement | null;
  /**
   * Says the new screen's name in a live region, where focus alone does not (practice's reply). Left out where the
   * focused heading says it: a screen reader reads what takes focus, and saying it twice is noise.
   */
  announce?(text: string): void;
}

/**
 * Moves focus to each new screen's heading (or, in practice, to the reply after an answer), and announces it once:
 * every stage, topic and the safety steps of the live conversation, every screen of practice. The first screen
 * takes no focus: the page has only just loaded, and focus stays where it is.
 */
export class ScreenFocusController implements ReactiveController {
  private lastKey = '';
  private moved = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ScreenFocusOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const key = this.options.key();
    if (key === this.lastKey) return;
    this.moved = this.lastKey !== '' && key !== '';
    this.lastKey = key;
    if (this.moved) this.options.leaving?.();
  }

  hostUpdated(): void {
    if (!this.moved) return;
    this.moved = false;
    void this.focus();
  }

  private async focus(): Promise<void> {
    // Announcing changes state, which must wait until this update has finished.
    await this.host.updateComplete;
    const target = this.options.target();
    target?.focus();
    if (!this.options.announce) return;
    const label = target?.querySelector(':is(h1, h2, h3, h4, h5, h6)') ?? target;
    this.options.announce(label?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  }
}
