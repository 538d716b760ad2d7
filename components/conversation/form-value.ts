import { ContextProvider } from '@lit/context';
import { LitElement, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { disabledContext } from '../../src/context/lit-context-keys.js';
import type { AgreedRecord } from '../../src/record/record.types.js';

/**
 * The restore state the browser is given once a conversation has ended. Browsers write restore state into
 * their session-restore files on disk, so it is a fixed marker that says only "this one was completed and
 * sent", never the record.
 */
export const submittedState = 'wcg-completed';

/** What the form value needs from its element: `required`, and where its stage heading is. */
export type FormValueHost = ReactiveControllerHost & HTMLElement & { readonly required: boolean; readonly renderRoot: HTMLElement | DocumentFragment };

/** Why the element is invalid: `required` and no conversation held yet, or a sent conversation came back. */
export type ValidityProblem = 'required' | 'submitted';

/** The two messages a host form can show for the element. */
export interface ValidityMessages {
  /** `required` and no conversation held yet. */
  required: string;
  /** The browser brought back a conversation already completed and sent (Back after submitting). */
  submitted: string;
}

/**
 * The conversation's part in a host `<form>`, through ElementInternals: the agreed record as JSON once the
 * conversation has ended (empty before), `required` validity, reset and state restore as for a native
 * control. Where a browser has no ElementInternals the element still works; it just does not join forms.
 */
export class FormValue implements ReactiveController {
  private readonly internals?: ElementInternals;
  private readonly disabledProvider: ContextProvider<typeof disabledContext, FormValueHost>;
  private value = '';
  private restoredSubmitted = false;

  /**
   * `messages` gives the validity messages in the element's language (or, until its text has loaded, in en-GB).
   * Validity is set as the element connects, so `required` holds before anything has loaded, and again after every
   * render, so it always matches the value and anchors on the heading on screen.
   */
  constructor(private readonly host: FormValueHost, private readonly messages: () => ValidityMessages) {
    host.addController(this);
    this.disabledProvider = new ContextProvider(host, { context: disabledContext, initialValue: false });
    // attachInternals exists in every engine we test; older ones get no form value rather than an error.
    this.internals = typeof host.attachInternals === 'function' ? host.attachInternals() : undefined;
  }

  hostConnected(): void {
    // Empty, as an empty native field submits, until a record exists; and invalid at once when `required`, so a
    // host form cannot be sent while the config or the text is still loading.
    this.publish();
    this.refreshValidity();
  }

  hostUpdated(): void {
    this.refreshValidity();
  }

  /** The form the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  /** The current validity, as for a native control. */
  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }

  /** The browser's message for the current validity. */
  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }

  /** True while the host has disabled the element, as a disabled `<fieldset>` around it does. */
  get disabled(): boolean {
    return this.disabledProvider.value;
  }

  /**
   * The host disabled or enabled the element (`formDisabledCallback`). Every control inside follows, through
   * `disabledContext`; nothing typed changes.
   */
  setDisabled(disabled: boolean): void {
    this.disabledProvider.setValue(disabled);
    this.host.requestUpdate();
  }

  /** The JSON of the record once set; empty before. */
  get json(): string {
    return this.value;
  }

  /** True after the browser brought back a conversation that was completed and sent, until `forgetSubmitted()`. */
  get submittedBefore(): boolean {
    return this.restoredSubmitted;
  }

  /** Why the control is invalid now, or null while it is valid. */
  get problem(): ValidityProblem | null {
    if (this.value) return null;
    if (this.restoredSubmitted) return 'submitted';
    return this.host.required ? 'required' : null;
  }

  /** Sets (or clears, with null) the record the form submits. The browser keeps only a marker to restore. */
  setRecord(record: AgreedRecord | null): void {
    this.value = record ? JSON.stringify(record) : '';
    // A new conversation held to the end stands for itself, not for the one sent before.
    if (record) this.restoredSubmitted = false;
    this.publish();
    // At once, so a host that submits its form on `wcg-complete` finds it valid; and after the next render.
    this.refreshValidity();
    this.host.requestUpdate();
  }

  /**
   * Takes back the state the browser restored (Back after sending the form), or the marker when the page came back
   * whole from the back-forward cache after the form sent the record. The value is emptied (the record itself was
   * never kept for a restore, and was already sent), and the control stays invalid until `forgetSubmitted()`.
   */
  restore(state: unknown): void {
    if (state !== submittedState) return;
    this.restoredSubmitted = true;
    this.setRecord(null);
  }

  /** Starting again: the conversation sent before is no longer what this control stands for. */
  forgetSubmitted(): void {
    this.restoredSubmitted = false;
    this.publish();
    this.refreshValidity();
    this.host.requestUpdate();
  }

  // Gives the browser the value, and as restore state only the marker, and only once a conversation has ended.
  private publish(): void {
    this.internals?.setFormValue(this.value, this.value || this.restoredSubmitted ? submittedState : '');
  }

  // Sets validity from the state now, in the element's language, anchored on the stage heading when there is one.
  // Marks the control invalid after a sent conversation came back (so a host form is not sent again empty), or
  // while `required` and no record exists; valid otherwise. The message is in the element's language, and the
  // browser points at the stage heading when there is one.
  private refreshValidity(): void {
    if (!this.internals) return;
    const problem = this.problem;
    if (!problem) return this.internals.setValidity({});
    const anchor = this.host.renderRoot?.querySelector<HTMLElement>('#stage-heading') ?? undefined;
    const flags = problem === 'submitted' ? { customError: true } : { valueMissing: true };
    this.internals.setValidity(flags, this.messages()[problem], anchor);
  }

  /** Checks validity, as `input.checkValidity()`: `invalid` fires on the element when it is invalid. */
  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? true;
  }

  /** Checks validity and lets the browser show its message, as `input.reportValidity()`. */
  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? true;
  }
}

/**
 * An element that takes part in a host `<form>` as a native control does. What it stands for is kept by its
 * `formValue`; this class gives it the control's API over that.
 */
export abstract class FormControlElement extends LitElement {
  /** Joins a host `<form>`: the agreed record is submitted under `name`. */
  static formAssociated = true;

  protected abstract readonly formValue: FormValue;

  /** The host form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.formValue.form;
  }

  /** The agreed record as JSON once the conversation has ended; empty before. */
  get value(): string {
    return this.formValue.json;
  }

  /** Validity as for a native control (`required`). */
  get validity(): ValidityState | undefined {
    return this.formValue.validity;
  }

  /** The message shown when the element is invalid. */
  get validationMessage(): string {
    return this.formValue.validationMessage;
  }

  /** As `input.checkValidity()`: when invalid, `invalid` fires, and the guide shows its message without taking focus. */
  checkValidity(): boolean {
    return this.formValue.checkValidity();
  }

  /** As `input.reportValidity()`. */
  reportValidity(): boolean {
    return this.formValue.reportValidity();
  }

  /**
   * A disabled `<fieldset>` around the element disables it, as it does a native field: its own buttons and fields are disabled
   * too, and enabled again with it, keeping what was typed. The safety steps stay open to the manager.
   */
  formDisabledCallback(disabled: boolean): void {
    this.formValue.setDisabled(disabled);
  }

  /**
   * The browser restores the form's state (Back after sending it): only a marker that a conversation was completed
   * and sent, never its text. The guide then says so, and the form cannot be sent again empty until a new conversation is held (or reset).
   */
  formStateRestoreCallback(state: unknown): void {
    this.formValue.restore(state);
  }
}
