import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { baseStyles } from '../shared/base.styles.js';
import { headingTag } from '../shared/heading.js';
import { errorSummaryStyles } from './error-summary.styles.js';

/** One problem in an error summary: the id of the field it is about, and its message (already translated). */
export interface ErrorSummaryItem {
  target: string;
  text: string;
}

/** Detail of `wcg-error-summary-select`: the id of the field whose link was chosen. */
export interface ErrorSummarySelectDetail {
  target: string;
}

/**
 * The GOV.UK error summary: a box at the top of the page headed "There is a problem", listing each
 * problem as a link to its field. As in GOV.UK Frontend, its content is an alert and the page calls
 * `focus()` when it appears, so a screen reader reads the heading and the list at once, wherever focus was.
 *
 * Fields usually sit in the same shadow root as the summary (the parent element's), where a plain
 * `#id` link cannot reach them from inside this element's own shadow root. So choosing a link fires
 * `wcg-error-summary-select` and then, unless a listener called `preventDefault()`, focuses the element
 * with that id in the summary's own root (the parent's shadow root, or the document) and scrolls its
 * label into view. A parent whose fields are elsewhere cancels the event and focuses them itself.
 *
 * @event wcg-error-summary-select - A link was chosen. `detail: { target }`. Bubbles inside the parent's
 *   shadow root only (not composed); cancelable.
 * @csspart summary - The box, which takes focus.
 * @csspart heading - The heading.
 * @csspart list - The list of links.
 */
export class WcgErrorSummary extends LitElement {
  static override styles = [baseStyles, errorSummaryStyles];

  static override properties = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    errors: { attribute: false },
  };

  private get box(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.summary') ?? null;
  }

  /** The heading text, already translated, e.g. "There is a problem". */
  heading = '';

  /** The level of its heading: one below the heading of the page or stage it sits in (default 3, under a stage's h2). */
  headingLevel = 3;

  /** The problems, in the order their fields appear on the page. Nothing is shown while it is empty. */
  errors: readonly ErrorSummaryItem[] = [];

  private select(event: MouseEvent, target: string): void {
    // The href only makes sense in the parent's tree, so the link is followed by hand.
    event.preventDefault();
    const detail: ErrorSummarySelectDetail = { target };
    const selected = new CustomEvent('wcg-error-summary-select', { bubbles: true, composed: false, cancelable: true, detail });
    if (!this.dispatchEvent(selected)) return;
    const field = (this.getRootNode() as Document | ShadowRoot).getElementById(target);
    if (!(field instanceof HTMLElement)) return;
    // As in GOV.UK: bring the question into view, not just the box, so the label is not hidden above it.
    const label = 'labels' in field ? (field as HTMLInputElement).labels?.[0] : undefined;
    (label ?? field).scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
  }

  /** Moves focus to the summary box, so a screen reader reads it. Call it after the errors appear. */
  override focus(options?: FocusOptions): void {
    this.box?.focus(options);
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.errors.length) return nothing;
    const h = headingTag(this.headingLevel);
    return staticHtml`
      <div class="summary" part="summary" tabindex="-1">
        <div role="alert">
          <${h} id="heading" part="heading">${this.heading}</${h}>
          <ul part="list">
            ${this.errors.map(
              (error) => html`<li><a href="#${error.target}" @click=${(event: MouseEvent) => this.select(event, error.target)}>${error.text}</a></li>`,
            )}
          </ul>
        </div>
      </div>
    `;
  }
}
