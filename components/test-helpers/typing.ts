// Typing in tests: a field ends up as a person leaves it, and the element hears the event it listens for.
// Events are made in the field's own window, so a field on a page in an iframe works too.

/** Puts `text` in a text field as a person ends up with it: the value set, then `input` fired. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const win = field.ownerDocument.defaultView!;
  field.value = text;
  field.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
}

/** Types `text` into the text area of a `<wcg-note-field>`. */
export function typeNote(field: Element, text: string): void {
  const textarea = field.shadowRoot?.querySelector('textarea');
  if (!textarea) throw new Error('no text area in the note field');
  typeInto(textarea, text);
}

/** The three boxes of a date, in the order they are filled in. */
export const dateBoxes = ['day', 'month', 'year'] as const;

/**
 * Types a date into the Day, Month and Year boxes of the date input `id` (the boxes `${id}-day`, `${id}-month`
 * and `${id}-year` in `root`), each focused first and then typed in, as a person tabbing through them would.
 * An empty string empties a box. Focus is left in the Year box.
 */
export function typeDate(root: DocumentFragment | Document, id: string, day: string, month: string, year: string): void {
  const texts = { day, month, year };
  for (const part of dateBoxes) {
    const box = root.getElementById(`${id}-${part}`) as HTMLInputElement | null;
    if (!box) throw new Error(`no ${part} box for "${id}"`);
    box.focus();
    typeInto(box, texts[part]);
  }
}

/** The day, month and year of a date written YYYY-MM-DD, as a person types them: `2027-06-05` is 5, 6 and 2027. */
export function datePartsOf(isoDate: string): [string, string, string] {
  const [year, month, day] = isoDate.split('-');
  return [String(Number(day)), String(Number(month)), year];
}
