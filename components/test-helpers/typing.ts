// Typing in tests: a field ends up as a person leaves it, and the element hears the event it listens for.
// Events are made in the field's own window, so a field on a page in an iframe works too.

/**
 * Puts `text` in a text field as a person ends up with it: the value set, then `input` fired; a date field
 * fires `change` instead, as a date picker does.
 */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const win = field.ownerDocument.defaultView!;
  field.value = text;
  const init = { bubbles: true, composed: true };
  field.dispatchEvent(field.type === 'date' ? new win.Event('change', init) : new win.InputEvent('input', init));
}

/** Types `text` into the text area of a `<wcg-note-field>`. */
export function typeNote(field: Element, text: string): void {
  const textarea = field.shadowRoot?.querySelector('textarea');
  if (!textarea) throw new Error('no text area in the note field');
  typeInto(textarea, text);
}
