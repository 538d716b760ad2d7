import type { TFunction } from 'i18next';
import { html, nothing, type HTMLTemplateResult, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ValidityProblem } from './form-value.js';
import { marked } from '../shared/marked-text.js';

/** What the submit error needs from its element: its shadow root, where the heading and the message are. */
export type SubmitErrorHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The GOV.UK error message for a host form sent before the conversation has an outcome (WCAG 3.3.1). The browser
 * fires `invalid` on the element when it stops the form (and when the host checks its validity): the guide then
 * shows the message at its top until the conversation has an outcome.
 *
 * Focus moves to the message only when the browser reported the problem on this element, which it does by
 * focusing the element's validity anchor, the stage heading. So an earlier field of the host that is also
 * invalid keeps focus, and so does a host with `novalidate` that checks validity and focuses its own error
 * summary. Nothing about the event is prevented or stopped: the host's own listeners and validation work as before.
 */
export class SubmitError implements ReactiveController {
  private shown = false;

  constructor(private readonly host: SubmitErrorHost, private readonly problem: () => ValidityProblem | null) {
    host.addController(this);
    host.addEventListener('invalid', this.onInvalid);
  }

  /** The problem the message states, or null while none shows. */
  get current(): ValidityProblem | null {
    return this.shown ? this.problem() : null;
  }

  hostUpdate(): void {
    // Once the conversation has an outcome the message has done its job; a new problem (starting again) waits
    // for the next time the form is sent.
    if (this.shown && !this.problem()) this.shown = false;
  }

  private readonly onInvalid = (): void => {
    const before = this.root().activeElement;
    this.shown = true;
    this.host.requestUpdate();
    // The browser focuses the control it reports only after every `invalid` event of the form, and a person's
    // click runs microtasks between listeners: so look once the task that sent the form is over.
    setTimeout(() => void this.takeFocus(before));
  };

  private async takeFocus(before: Element | null): Promise<void> {
    await this.host.updateComplete;
    const root = this.root();
    const heading = root.querySelector('#stage-heading');
    const message = root.querySelector<HTMLElement>('[part="submit-error"]');
    if (!message || !heading || root.activeElement !== heading || before === heading) return;
    // As the GOV.UK error summary: bring it to the top of the view, then focus it so a screen reader reads it.
    message.scrollIntoView({ block: 'start' });
    message.focus({ preventScroll: true });
  }

  private root(): ShadowRoot | Document {
    const root = this.host.renderRoot;
    return root instanceof ShadowRoot ? root : document;
  }
}

/** The message itself: "Error:" for screen readers, then what to do before the form can be sent. */
export function submitErrorMessage(t: TFunction, problem: ValidityProblem | null): HTMLTemplateResult | typeof nothing {
  if (!problem) return nothing;
  return html`<p class="submit-error" part="submit-error" tabindex="-1">
    <span class="visually-hidden">${marked(t, 'validation.errorPrefix')}</span> ${marked(t, `validation.${problem}`)}
  </p>`;
}
