import type { AgreedRecord } from '../../src/record/record.types.js';

/**
 * The conversation's part in a host `<form>`, through ElementInternals: the agreed record as JSON once the
 * conversation has ended (empty before), `required` validity, reset and state restore as for a native
 * control. Where a browser has no ElementInternals the element still works; it just does not join forms.
 */
export class FormValue {
  private readonly internals?: ElementInternals;
  private value = '';

  constructor(host: HTMLElement) {
    // attachInternals exists in every engine we test; older ones get no form value rather than an error.
    this.internals = typeof host.attachInternals === 'function' ? host.attachInternals() : undefined;
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

  /** The JSON of the record once set; empty before. */
  get json(): string {
    return this.value;
  }

  /** Sets (or clears, with null) the record the form submits. */
  setRecord(record: AgreedRecord | null): void {
    this.value = record ? JSON.stringify(record) : '';
    this.internals?.setFormValue(this.value, this.value);
  }

  /** Takes back a value the browser restored (history navigation, autofill). Only a JSON object is taken. */
  restore(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      const parsed: unknown = JSON.parse(state);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        this.value = state;
        this.internals?.setFormValue(state, state);
      }
    } catch {
      // A value that is not JSON was not ours: leave the form value empty.
    }
  }

  /** Marks the control invalid with `message` while `required` and no record exists; valid otherwise. */
  updateValidity(required: boolean, message: string, anchor?: HTMLElement | null): void {
    if (!this.internals) return;
    if (required && !this.value) this.internals.setValidity({ valueMissing: true }, message, anchor ?? undefined);
    else this.internals.setValidity({});
  }

  /** Checks validity without showing anything, as `input.checkValidity()`. */
  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? true;
  }

  /** Checks validity and lets the browser show its message, as `input.reportValidity()`. */
  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? true;
  }
}
