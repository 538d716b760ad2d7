import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the watch needs from its element's form value: the form it belongs to, what it holds, and what to do. */
export interface SentFormControl {
  /** The form the element belongs to now, if any. */
  form(): HTMLFormElement | null;
  /** The value the element gives its form now (the record's JSON, or empty). */
  value(): string;
  /** The page came back from the back-forward cache after the form was sent holding that value, which it still holds. */
  shownAgain(): void;
}

/**
 * The browser's back-forward cache. After a host form is sent, Back may show the page exactly as it was left, the
 * guide at its end still holding the record as its value, instead of a new page given the form's restore state
 * (`formStateRestoreCallback`). The form could then send the same record again without a word. So the watch notes
 * the value each time the element's form gives it away (`formdata`), and when the page is shown again from the
 * cache (`pageshow` with `persisted`) still holding that value, tells the element, which then behaves as after a
 * form-state restore.
 *
 * `formdata` rather than `submit`: it fires only for a submission that goes ahead (a cancelled `submit` has none),
 * and also for `form.submit()` and a host that sends `new FormData(form)` itself, neither of which fires `submit`.
 */
export class SentFormWatch implements ReactiveController {
  private root?: Node;
  private sentValue = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly control: SentFormControl) {
    host.addController(this);
  }

  hostConnected(): void {
    // `formdata` does not leave the tree the form is in, which is the element's own (a form owner is in the same tree).
    this.root = this.host.getRootNode();
    this.root.addEventListener('formdata', this.onFormData, { capture: true });
    window.addEventListener('pageshow', this.onPageShow);
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('formdata', this.onFormData, { capture: true });
    window.removeEventListener('pageshow', this.onPageShow);
    this.root = undefined;
  }

  private readonly onFormData = (event: Event): void => {
    if (event.target === this.control.form()) this.sentValue = this.control.value();
  };

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    const sent = this.sentValue;
    this.sentValue = '';
    if (event.persisted && sent && this.control.value() === sent) this.control.shownAgain();
  };
}
